import Foundation
import JourneyModel

/// Reads one release: its title and publication date (from its Cover sheet, or as given for
/// a file without one), then every council table, found by its header row wherever it is: a
/// row with a "Local authority name" header. A table runs to the next blank row or header
/// row. Tables about other things, and sheets without a council table, are passed over and
/// listed; a council table with no column the importer can use is skipped with a warning.
final class ReleaseReader {
    /// Where the reader is: in a table, or between tables.
    private enum State {
        case outside
        case reading(TableLayout)
        /// In a council table that cannot be read: its rows are counted as skipped.
        case skipping
        /// In a table about something else.
        case passingOver
    }

    private let source: any RowSource
    private let given: ReleaseDetails
    private let progress: (ImportProgress) -> Void
    private var cover = CoverSheet()
    private var state = State.outside
    private var sheet: String?
    private var sheetHasTable = false
    private var reading: ReleaseReading

    /// `given` holds the title and publication date for a file that does not say (a CSV file).
    init(source: any RowSource, given: ReleaseDetails = .init(),
         progress: @escaping (ImportProgress) -> Void = { _ in }) {
        self.source = source
        self.given = given
        self.progress = progress
        reading = ReleaseReading(release: ReleaseInfo(title: "", published: CalendarDay(ordinal: 0), file: source.file))
    }

    var file: String { source.file }

    /// Reads the whole release.
    func read() throws -> ReleaseReading {
        let dropped = try source.read { item in
            switch item {
            case .sheet(let name): startSheet(name)
            case .row(let row): take(row)
            }
        }
        startSheet(nil)
        reading.warnings += dropped.map {
            ImportWarning(.readerLimit, at: CellPlace(file: file, sheet: $0.sheet, row: $0.row), $0.message)
        }
        guard !reading.tables.isEmpty else {
            let sheets = reading.sheetsWithoutTables.isEmpty ? []
                : ["sheets without a council table: " + reading.sheetsWithoutTables.map { "'\($0)'" }.joined(separator: ", ")]
            throw ImportError.noCouncilTable(file: file, details: reading.warnings.filter { $0.kind == .skippedTable }
                .map(\.description) + reading.otherTables + sheets)
        }
        reading.release = try releaseInfo()
        for index in reading.observations.indices { reading.observations[index].citation.release = reading.release }
        for index in reading.mentions.indices { reading.mentions[index].citation.release = reading.release }
        return reading
    }

    /// The release's title and publication date: the Cover sheet's, else those given; a CSV
    /// file's title defaults to its name.
    private func releaseInfo() throws -> ReleaseInfo {
        let isCSV = source is CSVDocument
        let fallbackTitle = isCSV ? (file as NSString).deletingPathExtension : nil
        guard let title = cover.title ?? given.title ?? fallbackTitle else {
            throw ImportError.noReleaseInfo(file: file, missing: "title")
        }
        guard let published = cover.published ?? given.published else {
            throw ImportError.noReleaseInfo(file: file, missing: "publication date ('Published on:')")
        }
        return ReleaseInfo(title: title, published: published, asAt: cover.asAt, file: file)
    }

    private func startSheet(_ name: String?) {
        if let sheet, !sheetHasTable, !sheet.isEmpty { reading.sheetsWithoutTables.append(sheet) }
        sheet = name
        sheetHasTable = false
        state = .outside
    }

    private func take(_ row: ODSRow) {
        if row.number % 250 == 0 { progress(.reading(file: file, sheet: row.sheet, row: row.number)) }
        if CoverSheet.isCover(row.sheet) { cover.take(row) }
        if TableLayout.isHeaderRow(row) {
            startTable(row)
            return
        }
        if row.isBlank {
            state = .outside
            return
        }
        switch state {
        case .outside, .passingOver:
            return
        case .skipping:
            reading.rowsRead += 1
            reading.rowsSkipped += 1
        case .reading(let layout):
            takeData(row, in: layout)
        }
    }

    private func startTable(_ row: ODSRow) {
        sheetHasTable = true
        let place = row.sheet.isEmpty ? "row \(row.number)" : "sheet '\(row.sheet)', row \(row.number)"
        switch TableLayout.find(headerRow: row, file: file) {
        case .table(let layout):
            reading.warnings += layout.warnings
            reading.tables.append(row.sheet.isEmpty ? "row \(row.number)" : "'\(row.sheet)' (row \(row.number))")
            state = .reading(layout)
        case .passedOver(let reason):
            reading.otherTables.append("\(place): \(reason)")
            state = .passingOver
        case .skipped(let warnings):
            reading.warnings += warnings
            state = .skipping
        }
    }

    private func takeData(_ row: ODSRow, in layout: TableLayout) {
        if layout.isAboveCouncilLevel(row) {
            reading.rowsAboveCouncils += 1
            return
        }
        reading.rowsRead += 1
        let result = layout.read(row, release: reading.release)
        reading.warnings += result.warnings
        if result.skipped { reading.rowsSkipped += 1 }
        guard let council = result.council else { return }
        reading.mentions.append((council, Observation.Citation(release: reading.release, sheet: layout.citedSheet,
                                                               row: row.number)))
        reading.observations += result.observations
    }
}
