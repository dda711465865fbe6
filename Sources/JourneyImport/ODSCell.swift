/// One cell of a spreadsheet row as an ODS file stores it: its displayed text and, for typed
/// cells, the typed value (`office:value`, `office:date-value`, `office:boolean-value`).
public struct ODSCell: Hashable, Sendable {
    /// The cell's paragraphs (`text:p`) joined by newlines, as the spreadsheet displays it.
    public var text: String
    /// `office:value-type`: `string`, `float`, `date`, ... (nil for an untyped cell).
    public var valueType: String?
    /// The typed value: the date for a date cell (`2019-11-25T00:00:00`), the number for a
    /// numeric cell; nil for text cells.
    public var value: String?

    public init(text: String, valueType: String? = nil, value: String? = nil) {
        self.text = text
        self.valueType = valueType
        self.value = value
    }

    /// An empty cell.
    public static let empty = ODSCell(text: "")

    /// Whether the cell shows nothing: no typed value, and no text but white space.
    public var isEmpty: Bool {
        value == nil && text.allSatisfy(\.isWhitespace)
    }

    /// The text with surrounding white space removed and inner runs of white space
    /// (including line breaks) collapsed to one space.
    public var trimmedText: String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
