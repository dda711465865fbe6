import Foundation

/// Opens a release file by what it holds: a zip archive is read as an OpenDocument
/// spreadsheet, a `.csv` file as CSV; anything else is refused, naming the file.
enum ReleaseFile {
    static func open(_ url: URL, limits: ODSDocument.Limits) throws -> any RowSource {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw ImportError.inputNotFound(url.path) }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        try? handle.close()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try ODSDocument(url: url, limits: limits) }
        switch url.pathExtension.lowercased() {
        case "csv":
            return CSVDocument(url: url, limits: limits)
        case "ods":
            throw ImportError.notSpreadsheet(url.path, "not a zip archive" + hint(head))
        default:
            throw ImportError.unknownFormat(url.path)
        }
    }

    /// What the first bytes of a file that should be a zip archive look like.
    private static func hint(_ head: Data) -> String {
        if head.isEmpty { return " (the file is empty)" }
        let text = String(decoding: head, as: UTF8.self)
        let printable = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || "\n\r\t".unicodeScalars.contains($0) }
        if printable && text.contains(",") { return " (it is text with commas: a CSV file? name it .csv)" }
        if printable { return " (it is plain text)" }
        return ""
    }
}
