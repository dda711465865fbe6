import Foundation
import ZIPFoundation

/// Builds small ODS files for tests: a zip with `mimetype`, `META-INF/manifest.xml` and a
/// `content.xml` written from sheets of rows.
struct ODSFixture {
    /// One cell of a fixture row.
    enum Cell {
        case text(String)
        /// A date cell: typed value (`2019-11-25`) and the text shown (`25/11/2019`).
        case date(String, shown: String)
        /// An empty cell repeated `count` times.
        case empty(Int)
        /// Raw XML, for repeats and odd markup.
        case raw(String)
    }

    struct Sheet {
        var name: String
        /// Row XML fragments; see ``row(_:)`` and ``rawRow(_:)``.
        var rows: [String]
    }

    var sheets: [Sheet]

    /// A row of cells (text cells that look like `dd/mm/yyyy` stay text, like day-first strings).
    static func row(_ cells: [Cell], repeated: Int = 1) -> String {
        let repeatAttribute = repeated > 1 ? " table:number-rows-repeated=\"\(repeated)\"" : ""
        return "<table:table-row\(repeatAttribute)>" + cells.map(xml).joined() + "</table:table-row>"
    }

    /// A row of text cells; an empty string is an empty cell.
    static func row(_ texts: [String]) -> String {
        row(texts.map { $0.isEmpty ? .empty(1) : .text($0) })
    }

    static func xml(_ cell: Cell) -> String {
        switch cell {
        case .text(let text):
            return "<table:table-cell office:value-type=\"string\"><text:p>\(escape(text))</text:p></table:table-cell>"
        case .date(let value, let shown):
            return "<table:table-cell office:value-type=\"date\" office:date-value=\"\(value)T00:00:00\">"
                + "<text:p>\(shown)</text:p></table:table-cell>"
        case .empty(let count):
            return count > 1 ? "<table:table-cell table:number-columns-repeated=\"\(count)\"/>" : "<table:table-cell/>"
        case .raw(let xml):
            return xml
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    var contentXML: String {
        let tables = sheets.map { sheet in
            "<table:table table:name=\"\(ODSFixture.escape(sheet.name))\">" + sheet.rows.joined()
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
                + "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
            <office:body><office:spreadsheet>\(tables.joined())</office:spreadsheet></office:body>\
            </office:document-content>
            """
    }

    /// Writes the spreadsheet to `url`.
    func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
            <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """
        for (path, text) in [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                             ("META-INF/manifest.xml", manifest), ("content.xml", contentXML)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: path == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// A Cover sheet naming the release, as the 2025 release words it.
    static func cover(title: String, published: String, shown: String) -> Sheet {
        Sheet(name: "Cover", rows: [
            row([title]), row(["Section", "Detail"]),
            row([.text("Published on:"), .date(published, shown: shown)]),
        ])
    }
}
