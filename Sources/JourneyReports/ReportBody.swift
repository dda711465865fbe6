import Foundation

/// Reads what advisors look for first in a report's body: the lead inspector and the list of
/// what must improve. Page furniture (running heads and feet, page numbers) is passed over.
enum ReportBody {
    /// Headings of the list of improvements, across frameworks and years, most specific first.
    static let improvementHeadings = [
        "what needs to improve in this area", "what needs to improve", "areas for priority action",
        "areas for improvement", "recommendations",
    ]

    /// "Lead inspector: Jan Edwards, Her Majesty's Inspector"; in letters, the signature.
    static func leadInspector(_ pages: [[String]]) -> String? {
        let lines = pages.joined().map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, line) in lines.enumerated() {
            guard let found = FlatText.capture(#"^lead inspector\s*:\s*(.*)$"#, in: line) else { continue }
            let rest = found[1].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return FlatText.collapse(rest) }
            return lines[(index + 1)...].first { !$0.isEmpty }.map { FlatText.collapse($0) }
        }
        guard let signed = lines.lastIndex(where: { FlatText.key($0) == "yours sincerely" }) else { return nil }
        let after = lines[(signed + 1)...].filter { !$0.isEmpty }.prefix(2)
        guard let name = after.first else { return nil }
        let role = after.dropFirst().first.flatMap { $0.localizedCaseInsensitiveContains("inspector") ? $0 : nil }
        return FlatText.collapse([name, role].compactMap { $0 }.joined(separator: ", "))
    }

    /// The heading and the items of the first list of improvements, items joined across lines
    /// and pages, bullets and numbers dropped.
    static func improvements(_ pages: [[String]]) -> (heading: String, items: [String])? {
        let furniture = Self.furniture(pages)
        let lines = pages.enumerated().filter { !isContentsPage($0.element) }
            .flatMap { $0.element }.filter { !furniture.contains($0.trimmingCharacters(in: .whitespaces)) }
        guard let start = lines.firstIndex(where: { line in
            let key = FlatText.key(line)
            return line.first?.isWhitespace == false && improvementHeadings.contains(key)
        }) else { return nil }
        var items: [String] = []
        for line in lines[(start + 1)...] {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || isPageNumber(text) { continue }
            if let item = itemText(text) {
                items.append(item)
            } else if line.first?.isWhitespace == true || (items.last.map { !endsSentence($0) } ?? false), !items.isEmpty {
                items[items.count - 1] += " " + text
            } else {
                break
            }
        }
        let heading = FlatText.collapse(lines[start].trimmingCharacters(in: .whitespaces))
        return items.isEmpty ? nil : (heading, items.map { FlatText.collapse($0) })
    }

    /// The text of a line that starts an item (a bullet or a number), without its marker.
    private static func itemText(_ text: String) -> String? {
        if let first = text.first, "◼■▪•●◦○–-*\u{F0B7}\u{F0A7}".contains(first) {
            return text.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        if let found = FlatText.capture(#"^\(?\d{1,3}[.)]\s+(.+)$"#, in: text) { return found[1] }
        return nil
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".;:".contains(last)
    }

    static func isPageNumber(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A table of contents: its first line says so.
    static func isContentsPage(_ page: [String]) -> Bool {
        page.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { FlatText.key($0) == "contents" } ?? false
    }

    /// Lines that recur on at least half the pages (at least three): running heads and feet.
    static func furniture(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            for line in Set(page.map { $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
                counts[line, default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= max(3, pages.count / 2) }.keys)
    }
}
