import Foundation
import ZIPFoundation

/// A second, deliberately simple way of reading a sheet, for checking the importer against:
/// plain string scanning of `content.xml`, no XML parser. Each cell reads as its date value
/// (`2019-11-25`) when it has one, else its text.
enum NaiveSheetReader {
    /// The rows of one sheet: 1-based row number and cell values (trailing empty cells dropped).
    static func rows(of sheet: String, in url: URL) throws -> [(number: Int, cells: [String])] {
        let archive = try Archive(url: url, accessMode: .read)
        guard let entry = archive["content.xml"] else { return [] }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let content = String(decoding: data, as: UTF8.self)
        guard let start = content.range(of: "<table:table table:name=\"\(sheet)\"") else { return [] }
        let rest = content[start.upperBound...]
        let body = rest[..<(rest.range(of: "</table:table>")?.lowerBound ?? rest.endIndex)]
        var rows: [(Int, [String])] = []
        var number = 1
        for piece in body.components(separatedBy: "<table:table-row").dropFirst() where piece.first == " " || piece.first == ">" {
            let repeats = Int(attribute("table:number-rows-repeated", in: piece) ?? "1") ?? 1
            let cells = cellsOf(piece)
            if !cells.isEmpty { rows.append((number, cells)) }
            number += repeats
        }
        return rows
    }

    private static func cellsOf(_ row: String) -> [String] {
        var cells: [String] = []
        for piece in row.components(separatedBy: "<table:table-cell").dropFirst() {
            let openTag = String(piece.prefix { $0 != ">" })
            let repeats = min(Int(attribute("table:number-columns-repeated", in: openTag) ?? "1") ?? 1, 100)
            var value = attribute("office:date-value", in: openTag).map { String($0.prefix(10)) } ?? ""
            if value.isEmpty, !openTag.hasSuffix("/") {
                let inner = piece.dropFirst(openTag.count + 1)
                let end = inner.range(of: "</table:table-cell>")?.lowerBound ?? inner.endIndex
                value = text(of: String(inner[..<end]))
            }
            cells += Array(repeating: value, count: repeats)
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// The text of a cell's XML: paragraphs joined by a space, tags dropped, entities decoded.
    private static func text(of xml: String) -> String {
        let paragraphs = xml.replacingOccurrences(of: "</text:p>", with: " ")
        let noTags = paragraphs.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        let decoded = noTags.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func attribute(_ name: String, in text: String) -> String? {
        guard let range = text.range(of: " \(name)=\"") else { return nil }
        let rest = text[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
