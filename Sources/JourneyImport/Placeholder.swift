/// Cell texts that stand for "no value here": Ofsted's own wordings, the Government
/// Statistical Service's shorthand (bare and bracketed), dashes and dots, cells of spaces,
/// and cells that hold only a footnote marker. docs/import.md lists them all.
enum Placeholder {
    /// Placeholders compared after lower-casing and collapsing white space.
    static let texts: Set<String> = [
        // Ofsted's wordings.
        "no full inspection", "not yet inspected", "not inspected", "not applicable", "not available",
        "n/a", "na", "n.a.",
        // Dashes and dots.
        "-", "--", "–", "—", ".", "..", "...", "…",
        // GSS shorthand: not available, confidential, not applicable, low reliability,
        // no cases, rounds to zero; and the symbols explore-education-statistics retired.
        "x", "c", "z", "u", "w", "low", "[x]", "[c]", "[z]", "[u]", "[w]", "[low]", ":", "~",
    ]

    /// Why a cell is a placeholder, for the warning; nil when it holds a value.
    static func reason(_ rawText: String) -> String? {
        if !rawText.isEmpty && rawText.allSatisfy(\.isWhitespace) { return "a cell of spaces" }
        let text = collapsed(rawText)
        if texts.contains(text.lowercased()) { return "placeholder '\(text)'" }
        if !text.isEmpty && Footnote.strip(text).isEmpty { return "only a footnote marker '\(text)'" }
        return nil
    }

    /// The text with runs of white space made one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Footnote markers that releases put after a value or alone in a cell: `[note 3]`, `[3]`,
/// `(3)`, `note 3`, `*`, `†`, `‡`, superscript digits.
enum Footnote {
    private static let symbols: Set<Character> = ["*", "†", "‡", "§", "¶", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// The text without the footnote markers at its end (and the white space before them).
    static func strip(_ text: String) -> String {
        var rest = Substring(text)
        while true {
            while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
            if let last = rest.last, symbols.contains(last) {
                rest = rest.dropLast()
            } else if let length = trailingMarker(rest) {
                rest = rest.dropLast(length)
            } else {
                return String(rest)
            }
        }
    }

    /// The length in characters of a `[note 3]`, `[3]`, `(3)` or `note 3` ending `text`, if any.
    private static func trailingMarker(_ text: Substring) -> Int? {
        for (open, close) in [("[", "]"), ("(", ")")] as [(Character, Character)] where text.last == close {
            guard let start = text.lastIndex(of: open) else { continue }
            if isNoteNumber(text[text.index(after: start)..<text.index(before: text.endIndex)]) {
                return text.distance(from: start, to: text.endIndex)
            }
        }
        let digits = text.reversed().prefix(while: \.isNumber).count
        guard digits > 0 else { return nil }
        let beforeDigits = text.dropLast(digits)
        let word = beforeDigits.reversed().drop(while: { $0 == " " }).prefix(4)
        guard String(word.reversed()).lowercased() == "note" else { return nil }
        let length = digits + (beforeDigits.count - beforeDigits.reversed().drop(while: { $0 == " " }).count) + 4
        let start = text.dropLast(length)
        return start.isEmpty || start.last?.isWhitespace == true ? length : nil
    }

    /// "3", "note 3", "note3", "notes 3 and 4".
    private static func isNoteNumber(_ text: Substring) -> Bool {
        var words = text.lowercased().split { $0 == " " || $0 == "," }
        if words.first == "note" || words.first == "notes" { words.removeFirst() }
        if let first = words.first, first.hasPrefix("note") { words[0] = first.dropFirst(4) }
        words.removeAll { $0 == "and" }
        return !words.isEmpty && words.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
