/// Why an import stopped. Each case maps to a sysexits-style exit code.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input file does not exist or cannot be read.
    case inputNotFound(String)
    /// The input is not an OpenDocument spreadsheet.
    case notSpreadsheet(String, String)
    /// `content.xml` is not well-formed XML.
    case malformedContent(line: Int, reason: String)
    /// A header cell in a table's header row that the importer cannot place.
    case unplacedHeader(CellPlace, header: String, expected: [String])
    /// A table lacks a header it needs.
    case missingHeader(CellPlace, expected: String)
    /// A data cell whose value the importer does not recognise.
    case badValue(CellPlace, header: String, value: String, expected: String)
    /// The release's title or publication date cannot be found.
    case noReleaseInfo(file: String, missing: String)
    /// The data root cannot be written.
    case cannotWrite(String, String)

    /// The exit code: 66 input not found, 65 data error, 73 cannot create output.
    public var exitCode: Int32 {
        switch self {
        case .inputNotFound: return 66
        case .notSpreadsheet, .malformedContent, .unplacedHeader, .missingHeader, .badValue, .noReleaseInfo:
            return 65
        case .cannotWrite: return 73
        }
    }

    public var description: String {
        switch self {
        case .inputNotFound(let path):
            return "\(path): no such file, or it cannot be read"
        case .notSpreadsheet(let path, let reason):
            return "\(path): not an OpenDocument spreadsheet: \(reason)"
        case .malformedContent(let line, let reason):
            return "content.xml line \(line): malformed XML: \(reason)"
        case .unplacedHeader(let place, let header, let expected):
            return "\(place): cannot place header '\(header)'; expected one of: "
                + expected.map { "'\($0)'" }.joined(separator: ", ")
        case .missingHeader(let place, let expected):
            return "\(place): the header row has no '\(expected)' column"
        case .badValue(let place, let header, let value, let expected):
            return "\(place) ('\(header)'): unrecognised value '\(value)'; expected \(expected)"
        case .noReleaseInfo(let file, let missing):
            return "\(file): cannot find the release's \(missing) (looked for a 'Cover' sheet)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}

/// A place in a release: file, sheet, row and (when known) column.
public struct CellPlace: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var sheet: String
    public var row: Int
    /// 0-based column, nil for a whole row.
    public var column: Int?

    public init(file: String, sheet: String, row: Int, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    public var description: String {
        let column = self.column.map { ", column \(ODSRow.columnName($0))" } ?? ""
        return "\(file): sheet '\(sheet)', row \(row)\(column)"
    }
}
