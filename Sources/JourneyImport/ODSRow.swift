/// One row of a sheet, as streamed by ``ODSDocument``.
///
/// Trailing empty cells are never materialised, so a blank row has no cells.
public struct ODSRow: Hashable, Sendable {
    /// The sheet's name.
    public var sheet: String
    /// The 1-based row number, counting repeated rows, as a spreadsheet program shows it.
    public var number: Int
    /// The cells from column A up to the last non-empty one.
    public var cells: [ODSCell]

    public init(sheet: String, number: Int, cells: [ODSCell]) {
        self.sheet = sheet
        self.number = number
        self.cells = cells
    }

    /// The cell in a 0-based column, empty when the row stops before it.
    public subscript(column: Int) -> ODSCell {
        column >= 0 && column < cells.count ? cells[column] : .empty
    }

    /// Whether every cell is empty.
    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// A spreadsheet column name for a 0-based index: 0 is `A`, 25 `Z`, 26 `AA`.
    public static func columnName(_ index: Int) -> String {
        var name = ""
        var remaining = index + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            remaining = (remaining - 1) / 26
        }
        return name
    }
}
