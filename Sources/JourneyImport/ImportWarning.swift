/// Something the import skipped or could not use, at its place in a release. An import with
/// warnings still writes what it could read; `--strict` makes any warning a failure.
public struct ImportWarning: Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, for the summary's count of warnings by kind.
    public enum Kind: String, CaseIterable, Comparable, Sendable {
        case placeholder = "placeholder"
        case unknownGrade = "unknown grade"
        case unknownDate = "unknown date"
        case unknownAreaCode = "unknown area code"
        case unknownType = "unknown inspection type"
        case misplacedGrade = "grade where none belongs"
        case unknownHeader = "unknown header"
        case skippedRow = "row skipped"
        case skippedInspection = "inspection skipped"
        case skippedTable = "table skipped"
        case readerLimit = "over a reader limit"

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    public var place: CellPlace
    /// The column's header as the release writes it, when the warning is about one cell.
    public var header: String?
    public var message: String

    public init(_ kind: Kind, at place: CellPlace, header: String? = nil, _ message: String) {
        self.kind = kind
        self.place = place
        self.header = header
        self.message = message
    }

    /// `FILE: sheet 'S', row R, column C ('Header'): message`.
    public var description: String {
        "\(place)" + (header.map { " ('\($0)')" } ?? "") + ": \(message)"
    }
}
