import Foundation

/// How text is compared when looking for a phrase: grapheme by grapheme, after folding each.
///
/// Comparing whole graphemes means a match never starts or ends inside one (searching for `e`
/// does not find the `e` of a decomposed `é`), and offsets and lengths count graphemes.
/// Folding is per grapheme, so a grapheme that folds to several letters (`ß` to `ss`) matches
/// only a grapheme that folds the same way: `straße` does not find `STRASSE`.
public enum TextFolding: Sendable {
    /// Graphemes must be canonically equal.
    case exact
    /// Upper and lower case are the same (`ÉCOLE` finds `école`, not `ecole`).
    case caseInsensitive
    /// Case and accents are ignored (`ecole` and `ÉCOLE` both find `école`; `cafe` finds `CAFÉ`).
    case caseAndDiacriticInsensitive
    /// Case and accents are ignored, and a run of whitespace (line breaks included) matches any
    /// run of whitespace, so a phrase split across lines or spaced out in columns is still found.
    case loose

    /// The key a grapheme is compared by.
    func key(_ character: Character) -> String {
        switch self {
        case .loose:
            return character.isWhitespace ? " " : TextFolding.caseAndDiacriticInsensitive.key(character)
        case .exact:
            return String(character)
        case .caseInsensitive:
            return character.isASCII ? character.lowercased() : fold(character, [.caseInsensitive])
        case .caseAndDiacriticInsensitive:
            return character.isASCII
                ? character.lowercased() : fold(character, [.caseInsensitive, .diacriticInsensitive])
        }
    }

    private func fold(_ character: Character, _ options: String.CompareOptions) -> String {
        String(character).folding(options: options, locale: nil)
    }

    /// The text as a search compares it, for an index that narrows a search down: each
    /// grapheme's case- and accent-folded key, and every run of whitespace as one space.
    ///
    /// Whenever ``caseAndDiacriticInsensitive`` or ``loose`` finds a phrase in a text, the
    /// phrase's search key occurs in the text's (the converse need not hold).
    public static func searchKey(_ text: String) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        var previousWasSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            defer { previousWasSpace = isSpace }
            if isSpace {
                if !previousWasSpace { key.append(" ") }
            } else {
                key += TextFolding.caseAndDiacriticInsensitive.key(character)
            }
        }
        return key
    }

    /// Grapheme offsets of every occurrence of `phrase` in `text`, left to right, not overlapping.
    ///
    /// An empty phrase occurs nowhere. With ``loose``, a match's range runs from its first
    /// grapheme to its last in `text`, whatever whitespace runs it spans.
    public func occurrences(of phrase: String, in text: String) -> [Range<Int>] {
        let (wanted, _) = keys(of: phrase)
        let (keys, offsets) = keys(of: text)
        guard !wanted.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + wanted.count <= keys.count {
            if keys[start..<(start + wanted.count)].elementsEqual(wanted) {
                let last = start + wanted.count - 1
                found.append(offsets[start]..<(offsets[last] + 1))
                start += wanted.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// The keys of a text's graphemes and the offset of each in the text; ``loose`` keeps only
    /// the first of a run of whitespace.
    private func keys(of text: String) -> (keys: [String], offsets: [Int]) {
        var keys: [String] = []
        var offsets: [Int] = []
        keys.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count)
        var previousWasSpace = false
        for (offset, character) in text.enumerated() {
            if self == .loose {
                let isSpace = character.isWhitespace
                defer { previousWasSpace = isSpace }
                if isSpace && previousWasSpace { continue }
            }
            keys.append(key(character))
            offsets.append(offset)
        }
        return (keys, offsets)
    }
}
