import Foundation
import JourneyModel

/// Reads one release: its Cover sheet for the title and publication date, then every
/// council table, found by its header row (the row with a "Local authority name" header).
/// A table runs from its header row to the next blank row; sheets without a council table
/// (notes, provider lists, time series) are passed over.
final class ReleaseReader {
    private let url: URL
    private let limits: ODSDocument.Limits
    private let progress: (ImportProgress) -> Void
    private var cover = CoverSheet()
    private var table: TableLayout?
    private var sheet = ""
    private var reading: ReleaseReading

    init(url: URL, limits: ODSDocument.Limits = .init(), progress: @escaping (ImportProgress) -> Void = { _ in }) {
        self.url = url
        self.limits = limits
        self.progress = progress
        let placeholder = ReleaseInfo(title: "", published: CalendarDay(ordinal: 0), file: url.lastPathComponent)
        reading = ReleaseReading(release: placeholder, mentions: [], observations: [], warnings: [])
    }

    var file: String { url.lastPathComponent }

    /// Reads the whole release.
    func read() throws -> ReleaseReading {
        let document = try ODSDocument(url: url, limits: limits)
        let warnings = try document.read { item in
            switch item {
            case .sheet(let name):
                sheet = name
                table = nil
            case .row(let row):
                try take(row)
            }
        }
        reading.warnings += warnings.map { "\(file): \($0)" }
        guard let title = cover.title else { throw ImportError.noReleaseInfo(file: file, missing: "title") }
        guard let published = cover.published else {
            throw ImportError.noReleaseInfo(file: file, missing: "publication date ('Published on:')")
        }
        let release = ReleaseInfo(title: title, published: published, asAt: cover.asAt, file: file)
        reading.release = release
        for index in reading.observations.indices { reading.observations[index].citation.release = release }
        for index in reading.mentions.indices { reading.mentions[index].citation.release = release }
        return reading
    }

    private func take(_ row: ODSRow) throws {
        if row.number % 250 == 0 { progress(.reading(file: file, sheet: row.sheet, row: row.number)) }
        if CoverSheet.isCover(row.sheet) { cover.take(row) }
        if let current = table {
            if row.isBlank { table = nil } else { try takeData(row, in: current) }
            return
        }
        guard row.cells.contains(where: { HeaderCatalogue.isNameHeader($0.trimmedText) }) else { return }
        table = try TableLayout(headerRow: row, file: file)
    }

    private func takeData(_ row: ODSRow, in layout: TableLayout) throws {
        guard let council = layout.council(in: row) else {
            reading.warnings.append("\(file): sheet '\(row.sheet)', row \(row.number): no council name; row skipped")
            return
        }
        let observations = try layout.observations(in: row, council: council, release: reading.release)
        reading.mentions.append((council, Observation.Citation(release: reading.release, sheet: row.sheet, row: row.number)))
        reading.observations += observations
    }
}
