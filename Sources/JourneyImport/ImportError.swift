/// Why an import stopped. Each case maps to a sysexits-style exit code. Nothing is written
/// to the data root for any of them.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input file does not exist or cannot be read.
    case inputNotFound(String)
    /// The input is not an OpenDocument spreadsheet (not a zip, truncated, too large, ...).
    case notSpreadsheet(String, String)
    /// The input is not a CSV file the importer can read.
    case notCSV(String, String)
    /// The input is neither a spreadsheet nor a `.csv` file.
    case unknownFormat(String)
    /// `content.xml` is not well-formed XML.
    case malformedContent(file: String, line: Int, reason: String)
    /// No table in the release is a council table the importer can read.
    case noCouncilTable(file: String, details: [String])
    /// The release's title or publication date cannot be found.
    case noReleaseInfo(file: String, missing: String)
    /// `--strict` and the releases gave warnings: each is a failure.
    case strictWarnings([ImportWarning])
    /// The data root cannot be written.
    case cannotWrite(String, String)

    /// The exit code: 66 input not found, 65 data error, 73 cannot create output.
    public var exitCode: Int32 {
        switch self {
        case .inputNotFound: return 66
        case .notSpreadsheet, .notCSV, .unknownFormat, .malformedContent, .noCouncilTable, .noReleaseInfo,
             .strictWarnings:
            return 65
        case .cannotWrite: return 73
        }
    }

    /// The error's lines for standard error: one, or one per warning for `--strict`.
    public var lines: [String] {
        guard case .strictWarnings(let warnings) = self else { return [description] }
        return warnings.map(\.description) + [description]
    }

    public var description: String {
        switch self {
        case .inputNotFound(let path):
            return "\(path): no such file, or it cannot be read"
        case .notSpreadsheet(let path, let reason):
            return "\(path): not an OpenDocument spreadsheet: \(reason)"
        case .notCSV(let path, let reason):
            return "\(path): not a CSV file the importer can read: \(reason)"
        case .unknownFormat(let path):
            return "\(path): neither an OpenDocument spreadsheet (.ods) nor a CSV file (.csv)"
        case .malformedContent(let file, let line, let reason):
            return "\(file): content.xml line \(line): malformed XML: \(reason)"
        case .noCouncilTable(let file, let details):
            return "\(file): no council table it can read (a header row with 'Local authority name' and inspection "
                + "columns)" + (details.isEmpty ? "" : "; " + details.joined(separator: "; "))
        case .noReleaseInfo(let file, let missing):
            return "\(file): cannot find the release's \(missing): no 'Cover' sheet gives it; "
                + "give it with --title and --published"
        case .strictWarnings(let warnings):
            return "\(warnings.count) warning\(warnings.count == 1 ? "" : "s") with --strict; nothing written"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}

/// A place in a release: file, sheet (empty for a CSV file), row and (when known) column.
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

    /// `FILE: sheet 'S', row R, column C`, without the sheet for a CSV file (whose rows name
    /// no sheet, or the file itself as their sheet).
    public var description: String {
        let sheet = self.sheet.isEmpty || self.sheet == file ? "" : " sheet '\(self.sheet)',"
        let column = self.column.map { ", column \(ODSRow.columnName($0))" } ?? ""
        return "\(file):\(sheet) row \(row)\(column)"
    }
}
