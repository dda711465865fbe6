import JourneyModel

/// A council table found in a sheet: where its header row is and what each column means.
///
/// Two layouts exist: one row per inspection or visit (the "as at", "in year" and ILACS
/// history sheets), and one wide row per council with a group of columns for each
/// inspection (the 2009-20XX history sheets).
struct TableLayout: Sendable {
    var file: String
    var sheet: String
    var headerRow: Int
    /// Column index to meaning, for every non-empty header.
    var columns: [Int: ColumnMeaning]
    /// Column index to the header as written.
    var headers: [Int: String]

    /// Whether the table has one wide row per council.
    var isWide: Bool {
        columns.values.contains { if case .slot = $0 { return true } else { return false } }
    }

    /// Places every header of a header row; throws on the first it cannot place.
    init(headerRow row: ODSRow, file: String) throws {
        self.file = file
        sheet = row.sheet
        headerRow = row.number
        columns = [:]
        headers = [:]
        var used: [ColumnMeaning: Int] = [:]
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            let text = cell.trimmedText
            let place = CellPlace(file: file, sheet: sheet, row: headerRow, column: index)
            guard let meaning = HeaderCatalogue.place(text) else {
                throw ImportError.unplacedHeader(place, header: text, expected: HeaderCatalogue.suggestions(for: text))
            }
            if meaning != .ignored, let first = used[meaning] {
                throw ImportError.unplacedHeader(place, header: text, expected: [
                    "a header not already given in column \(ODSRow.columnName(first)) ('\(headers[first] ?? "")')",
                ])
            }
            used[meaning] = index
            columns[index] = meaning
            headers[index] = text
        }
        try checkComplete()
    }

    /// The columns a layout cannot do without.
    private func checkComplete() throws {
        let meanings = Set(columns.values)
        let place = CellPlace(file: file, sheet: sheet, row: headerRow)
        guard isWide else {
            if !meanings.contains(.start) { throw ImportError.missingHeader(place, expected: "Inspection date") }
            return
        }
        for (index, meaning) in columns where !meaning.isIdentity {
            guard case .slot(let slot, _) = meaning else {
                throw ImportError.unplacedHeader(CellPlace(file: file, sheet: sheet, row: headerRow, column: index),
                                                 header: headers[index] ?? "",
                                                 expected: ["a column of a history table, such as 'First SIF publication date'"])
            }
            if !meanings.contains(.slot(slot, .published)) && !meanings.contains(.slot(slot, .start)) {
                let name = [slot.variant, slot.framework.rawValue].filter { !$0.isEmpty }.joined(separator: " ")
                throw ImportError.missingHeader(place, expected: "\(name) publication date")
            }
        }
    }

    /// The column holding `meaning`.
    func column(_ meaning: ColumnMeaning) -> Int? {
        columns.first { $0.value == meaning }?.key
    }

    /// Where a cell of a data row is.
    func place(_ row: ODSRow, _ column: Int) -> CellPlace {
        CellPlace(file: file, sheet: sheet, row: row.number, column: column)
    }
}
