import JourneyModel

/// A problem found by `journey check`, as `--format json` gives it.
struct DiagnosticRecord: Encodable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
    }
}
