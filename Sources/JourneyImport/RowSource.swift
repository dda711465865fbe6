/// A release's rows, streamed sheet by sheet: an ODS spreadsheet or a CSV file.
protocol RowSource {
    /// The file's name, for messages.
    var file: String { get }
    /// Streams every sheet and row to `visit`, in order, and returns what was dropped to stay
    /// within the reader's limits.
    func read(_ visit: (ODSDocument.Item) throws -> Void) throws -> [ODSDocument.Warning]
}

extension ODSDocument: RowSource {
    var file: String { url.lastPathComponent }
}
