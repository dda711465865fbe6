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
    /// Case and accents are ignored, and any whitespace (a line break included) matches any
    /// whitespace, so a phrase split across two lines is still found.
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

    /// Grapheme offsets of every occurrence of `phrase` in `text`, left to right, not overlapping.
    ///
    /// An empty phrase occurs nowhere.
    public func occurrences(of phrase: String, in text: String) -> [Range<Int>] {
        let wanted = phrase.map(key)
        let keys = text.map(key)
        guard !wanted.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + wanted.count <= keys.count {
            if keys[start..<(start + wanted.count)].elementsEqual(wanted) {
                found.append(start..<(start + wanted.count))
                start += wanted.count
            } else {
                start += 1
            }
        }
        return found
    }
}
