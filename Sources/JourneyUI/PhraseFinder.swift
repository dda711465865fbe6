import Foundation

/// Finds a phrase in text grapheme by grapheme, as the letter reader's search and quotes need.
///
/// Case and accents are ignored, as in the whole-file search (``Council/search(_:)``), so a
/// hit found there is found again in the letter. Any whitespace (a line break included)
/// matches any whitespace, so a phrase split across two lines of a letter is still found.
/// Offsets count graphemes.
struct PhraseFinder: Sendable {
    private let wanted: [String]

    init(phrase: String) {
        wanted = phrase.map(PhraseFinder.key)
    }

    /// Every occurrence, left to right, not overlapping; none for an empty phrase.
    func occurrences(in text: String) -> [Range<Int>] {
        guard !wanted.isEmpty else { return [] }
        let keys = text.map(PhraseFinder.key)
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

    private static func key(_ character: Character) -> String {
        if character.isWhitespace { return " " }
        if character.isASCII { return character.lowercased() }
        return String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
