/// The text part of a report's file (`reports/<id>.txt`): each page opens with a marker line,
/// `=== page 2 of 13 ===`, followed by the page's lines.
///
/// A line of the PDF's text that looks like a marker (after any leading backslashes) is stored
/// with one more leading backslash, so that no text can forge a page boundary; reading removes it.
public enum ReportFile {
    /// The marker line that opens a page.
    public static func marker(page: Int, of count: Int) -> String { "=== page \(page) of \(count) ===" }

    /// The text of pages as stored: markers, then each page's lines, escaped.
    public static func body(pages: [[String]]) -> String {
        var lines: [String] = []
        for (index, page) in pages.enumerated() {
            lines.append(marker(page: index + 1, of: pages.count))
            lines += page.map(escape)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A problem in the text, at a 1-based line of the file.
    public struct Problem: Hashable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Reads the stored text, starting at file line `bodyLine`; every problem is returned.
    ///
    /// - Parameter pageCount: the number of pages the front matter gives, which the markers must match.
    public static func parse(_ body: String, bodyLine: Int, pageCount: Int?) -> (text: ReportText, problems: [Problem]) {
        var pages: [ReportText.Page] = []
        var problems: [Problem] = []
        for (offset, line) in Letter.lines(of: body).enumerated() {
            let fileLine = bodyLine + offset
            if let (number, count) = markerNumbers(line) {
                if number != pages.count + 1 {
                    problems.append(Problem(line: fileLine, message: "page marker says page \(number); expected page \(pages.count + 1)"))
                }
                if let pageCount, count != pageCount {
                    problems.append(Problem(line: fileLine, message: "page marker says \(count) pages; the report has \(pageCount) ('pages')"))
                }
                pages.append(ReportText.Page(number: pages.count + 1, lines: [], firstFileLine: fileLine + 1))
            } else if pages.isEmpty {
                if !line.allSatisfy(\.isWhitespace) {
                    problems.append(Problem(line: fileLine, message: "text before the first page marker ('\(marker(page: 1, of: pageCount ?? 1))')"))
                }
            } else {
                pages[pages.count - 1].lines.append(unescape(line))
            }
        }
        trimFinalLine(&pages, body: body)
        if let pageCount, pages.count != pageCount {
            problems.append(Problem(line: bodyLine, message: "the text has \(pages.count) page\(pages.count == 1 ? "" : "s"); the report has \(pageCount) ('pages')"))
        }
        return (ReportText(pages: pages), problems)
    }

    /// The body ends with a line feed, which leaves an empty last line that is not text.
    private static func trimFinalLine(_ pages: inout [ReportText.Page], body: String) {
        guard body.hasSuffix("\n"), let last = pages.indices.last, pages[last].lines.last == "" else { return }
        pages[last].lines.removeLast()
    }

    /// Page number and count of a marker line; nil for any other line (an escaped one included).
    static func markerNumbers(_ line: String) -> (Int, Int)? {
        // Most lines are text: those not starting as a marker does are passed by at once.
        guard line.utf8.starts(with: "=== page ".utf8) else { return nil }
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count == 6, words[0] == "===", words[1] == "page", words[3] == "of", words[5] == "===",
              let number = Int(words[2]), let count = Int(words[4]), words[2].allSatisfy(\.isASCII),
              words[4].allSatisfy(\.isASCII), number > 0, count > 0 else { return nil }
        return (number, count)
    }

    /// Whether a line, once its leading backslashes are removed, is a marker.
    private static func isMarkerShaped(_ line: String) -> Bool {
        markerNumbers(String(line.drop { $0 == "\\" })) != nil
    }

    static func escape(_ line: String) -> String { isMarkerShaped(line) ? "\\" + line : line }

    static func unescape(_ line: String) -> String {
        line.hasPrefix("\\") && isMarkerShaped(line) ? String(line.dropFirst()) : line
    }
}
