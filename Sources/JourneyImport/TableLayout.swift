import JourneyModel

/// A council table found in a sheet: where its header row is and what each column means.
///
/// Two layouts exist: one row per inspection or visit (the "as at", "in year" and ILACS
/// history sheets, and explore-education-statistics' CSV files), and one wide row per
/// council with a group of columns for each inspection (the 2009-20XX history sheets).
struct TableLayout: Sendable {
    var file: String
    var sheet: String
    var headerRow: Int
    /// Column index to meaning, for every column the table reads.
    var columns: [Int: ColumnMeaning]
    /// Column index to the header as written.
    var headers: [Int: String]
    /// Headers it could not place, or placed twice: those columns are ignored.
    var warnings: [ImportWarning] = []

    /// What a header row turned out to start.
    enum Finding {
        /// A council table to read.
        case table(TableLayout)
        /// A table about something else (providers, settings): passed over, with why.
        case passedOver(String)
        /// A council table with no column the importer can use: reported and skipped, with
        /// the warnings about its headers.
        case skipped([ImportWarning])
    }

    /// Whether the table has one wide row per council.
    var isWide: Bool {
        columns.values.contains { if case .slot = $0 { return true } else { return false } }
    }

    /// Whether a row is a header row: see ``HeaderCatalogue/isHeaderRow(_:)``.
    static func isHeaderRow(_ row: ODSRow) -> Bool {
        HeaderCatalogue.isHeaderRow(row.cells)
    }

    /// Reads a header row: places every header, ignoring (with a warning) those it cannot
    /// place, and decides whether the table is one the importer can read.
    static func find(headerRow row: ODSRow, file: String) -> Finding {
        var layout = TableLayout(file: file, sheet: row.sheet, headerRow: row.number, columns: [:], headers: [:])
        layout.placeHeaders(row)
        if let other = layout.columns.filter({ $0.value == .otherSubject }).min(by: { $0.key < $1.key }) {
            return .passedOver("a table about providers or settings, not councils (column "
                               + "\(ODSRow.columnName(other.key)) '\(layout.headers[other.key] ?? "")')")
        }
        if layout.isWide { layout.dropUnusableSlots() }
        if let missing = layout.missingColumns {
            return .skipped(layout.warnings + [ImportWarning(.skippedTable,
                                                             at: CellPlace(file: file, sheet: row.sheet, row: row.number),
                                                             "a table with no \(missing); its rows are skipped")])
        }
        return .table(layout)
    }

    private mutating func placeHeaders(_ row: ODSRow) {
        var used: [ColumnMeaning: Int] = [:]
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            let text = cell.trimmedText
            headers[index] = text
            let place = CellPlace(file: file, sheet: sheet, row: headerRow, column: index)
            guard let meaning = HeaderCatalogue.place(text) else {
                let nearest = HeaderCatalogue.suggestions(for: text).map { "'\($0)'" }.joined(separator: ", ")
                warnings.append(ImportWarning(.unknownHeader, at: place, header: text,
                                              "header not recognised; column ignored (nearest known: \(nearest))"))
                continue
            }
            if meaning != .ignored, let first = used[meaning] {
                warnings.append(ImportWarning(.unknownHeader, at: place, header: text,
                                              "repeats column \(ODSRow.columnName(first)) ('\(headers[first] ?? "")'); "
                                                  + "column ignored"))
                continue
            }
            used[meaning] = index
            columns[index] = meaning
        }
    }

    /// In a wide table: ignores columns that belong to no inspection, and inspections without a date column.
    private mutating func dropUnusableSlots() {
        let meanings = Set(columns.values)
        for (index, meaning) in columns.sorted(by: { $0.key < $1.key }) where !meaning.isIdentity {
            let place = CellPlace(file: file, sheet: sheet, row: headerRow, column: index)
            guard case .slot(let slot, _) = meaning else {
                warnings.append(ImportWarning(.unknownHeader, at: place, header: headers[index],
                                              "not a column of a history table (such as 'First SIF publication date'); "
                                                  + "column ignored"))
                columns[index] = nil
                continue
            }
            if !meanings.contains(.slot(slot, .published)) && !meanings.contains(.slot(slot, .start)) {
                let name = [slot.variant, slot.framework.rawValue].filter { !$0.isEmpty }.joined(separator: " ")
                warnings.append(ImportWarning(.unknownHeader, at: place, header: headers[index],
                                              "no '\(name) publication date' column to date it; column ignored"))
                columns[index] = nil
            }
        }
    }

    /// What the table lacks to be read, or nil when it can be.
    private var missingColumns: String? {
        let meanings = Set(columns.values)
        if !meanings.contains(.name) { return "'Local authority name' column" }
        if isWide { return nil }
        if meanings.contains(.start) || meanings.contains(.published) { return nil }
        let hasEventColumns = meanings.contains { !$0.isIdentity }
        return hasEventColumns ? "inspection date or publication date column"
            : "inspection or visit columns it recognises (dates, types, judgements)"
    }

    /// The column holding `meaning`.
    func column(_ meaning: ColumnMeaning) -> Int? {
        columns.first { $0.value == meaning }?.key
    }

    /// The sheet a citation names: a CSV file, which has no sheets, is named by its file name
    /// (`imported.yaml` requires an `origin` sheet).
    var citedSheet: String {
        sheet.isEmpty ? file : sheet
    }

    /// Where a cell of a data row is.
    func place(_ row: ODSRow, _ column: Int) -> CellPlace {
        CellPlace(file: file, sheet: sheet, row: row.number, column: column)
    }
}
