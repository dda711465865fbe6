import Foundation

/// Text reduced for matching wordings: typographic quotes and spaces made plain, every run of
/// whitespace (line breaks included) one space.
enum FlatText {
    /// The lines joined and flattened.
    static func of(_ lines: [String]) -> String { flatten(lines.joined(separator: " ")) }

    static func flatten(_ text: String) -> String { collapse(text, plainQuotes: true) }

    /// Every run of whitespace one space, the text otherwise as written: for what is stored.
    static func collapse(_ text: String, plainQuotes: Bool = false) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(plainQuotes ? plain(character) : character)
        }
        return result
    }

    private static func plain(_ character: Character) -> Character {
        switch character {
        case "\u{2019}", "\u{2018}", "\u{02BC}": return "'"
        case "\u{201C}", "\u{201D}": return "\""
        default: return character
        }
    }

    /// The groups captured by the first match of `pattern` (case-insensitive), or nil.
    static func capture(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// Whether `pattern` (case-insensitive) occurs in `text`.
    static func contains(_ pattern: String, in text: String) -> Bool { capture(pattern, in: text) != nil }

    /// Lower case, quotes plain, punctuation other than hyphens and apostrophes dropped: for
    /// comparing labels whatever their line breaks and commas.
    static func key(_ text: String) -> String {
        let flat = flatten(text).lowercased()
        let kept = flat.map { $0.isLetter || $0.isNumber || $0 == "'" ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
