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
    ///
    /// Graphemes are compared by token: the byte of a key that is one ASCII byte (`A` folds to
    /// `a`, `é` to `e`), else the number of the key among the phrase's own (a key the phrase
    /// does not hold can match nothing). So no string is made per grapheme. To find one phrase
    /// in many texts, make its ``Phrase`` once.
    public func occurrences(of phrase: String, in text: String) -> [Range<Int>] {
        Phrase(phrase, folding: self).occurrences(in: text)
    }

    /// A phrase made ready to be found in many texts: its tokens worked out once.
    public struct Phrase: Sendable {
        let folding: TextFolding
        /// The phrase's tokens.
        let wanted: [UInt32]
        /// The tokens of the phrase's keys that are not one ASCII byte.
        let keys: [String: UInt32]

        public init(_ phrase: String, folding: TextFolding) {
            var keys: [String: UInt32] = [:]
            wanted = folding.asciiTokens(of: phrase, wanted: [])?.tokens ?? folding.tokens(of: phrase) { key in
                if let known = keys[key] { return known }
                let token = TextFolding.firstKeyToken + UInt32(keys.count)
                keys[key] = token
                return token
            }.tokens
            self.keys = keys
            self.folding = folding
        }

        /// ``TextFolding/occurrences(of:in:)`` of this phrase in `text`.
        public func occurrences(in text: String) -> [Range<Int>] {
            guard let first = wanted.first else { return [] }
            if let found = folding.asciiOccurrences(of: wanted, in: text) { return found }
            let (tokens, offsets) = folding.asciiTokens(of: text, wanted: wanted)
                ?? folding.tokens(of: text) { keys[$0] ?? TextFolding.unmatchable }
            var found: [Range<Int>] = []
            var start = 0
            while start + wanted.count <= tokens.count {
                if tokens[start] == first && tokens[start..<(start + wanted.count)].elementsEqual(wanted) {
                    let last = start + wanted.count - 1
                    found.append(offsets[start]..<(offsets[last] + 1))
                    start += wanted.count
                } else {
                    start += 1
                }
            }
            return found
        }
    }

    /// Tokens from here on stand for keys that are not one ASCII byte.
    private static let firstKeyToken: UInt32 = 0x100
    /// The token of a key the phrase does not hold.
    private static let unmatchable = UInt32.max

    /// The tokens of a text's graphemes and the offset of each in the text; ``loose`` keeps
    /// only the first of a run of whitespace. `token(key)` numbers a key that is not one byte.
    private func tokens(of text: String, token: (String) -> UInt32) -> (tokens: [UInt32], offsets: [Int]) {
        var tokens: [UInt32] = []
        var offsets: [Int] = []
        tokens.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count)
        var previousWasSpace = false
        func add(_ value: UInt32, at offset: Int, isSpace: Bool) {
            defer { previousWasSpace = isSpace }
            if self == .loose && isSpace && previousWasSpace { return }
            tokens.append(value)
            offsets.append(offset)
        }
        func addGrapheme(_ character: Character, at offset: Int) {
            let isSpace = character.isWhitespace
            if let byte = character.asciiValue, character != "\r\n" {
                add(asciiToken(byte, isSpace: isSpace), at: offset, isSpace: isSpace)
            } else if self == .loose && isSpace {
                add(0x20, at: offset, isSpace: true)
            } else {
                // A key of one ASCII byte (`é` folds to `e`) is that byte's token.
                let key = key(character)
                let byte = key.utf8.count == 1 ? key.utf8.first.flatMap { $0 < 0x80 ? $0 : nil } : nil
                add(byte.map(UInt32.init) ?? token(key), at: offset, isSpace: isSpace)
            }
        }
        // An ASCII byte is a grapheme of its own unless a non-ASCII scalar (a combining mark,
        // say) follows it or it is the CR of a CR LF: only there are graphemes broken, so
        // printable ASCII (most of what is searched) is read byte by byte.
        let utf8 = text.utf8
        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte < 0x80 && byte != 0x0D && (next == utf8.endIndex || utf8[next] < 0x80) {
                let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                add(asciiToken(byte, isSpace: isSpace), at: offset, isSpace: isSpace)
                index = next
            } else {
                addGrapheme(text[index], at: offset)
                index = text.index(after: index)
            }
            offset += 1
        }
        return (tokens, offsets)
    }

    /// The tokens and offsets of a text that is all ASCII without a CR, where every byte is a
    /// grapheme of its own, read straight from its bytes (as ``tokens(of:token:)`` would read
    /// them, without walking the string's index); nil for any other text. When the phrase holds
    /// a key that is not one ASCII byte, such a text cannot match it and no tokens are made.
    private func asciiTokens(of text: String, wanted: [UInt32]) -> (tokens: [UInt32], offsets: [Int])? {
        var text = text
        return text.withUTF8 { bytes in
            guard Self.isASCIIWithoutCR(bytes) else { return nil }
            guard wanted.allSatisfy({ $0 < 0x80 }), mayHold(wanted, in: bytes) else { return ([], []) }
            var tokens: [UInt32] = []
            var offsets: [Int] = []
            tokens.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count)
            var previousWasSpace = false
            for (offset, byte) in bytes.enumerated() {
                let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                defer { previousWasSpace = isSpace }
                if self == .loose && isSpace && previousWasSpace { continue }
                tokens.append(asciiToken(byte, isSpace: isSpace))
                offsets.append(offset)
            }
            return (tokens, offsets)
        }
    }

    /// ``occurrences(of:in:)`` in text that is all ASCII without a CR, where every byte is a
    /// grapheme of its own, found byte by byte with no tokens made; nil for any other text, and
    /// for a ``loose`` phrase holding whitespace (a run of it in the text is one token there).
    private func asciiOccurrences(of wanted: [UInt32], in text: String) -> [Range<Int>]? {
        if self == .loose && wanted.contains(0x20) { return nil }
        var text = text
        return text.withUTF8 { bytes in
            guard Self.isASCIIWithoutCR(bytes) else { return nil }
            guard wanted.allSatisfy({ $0 < 0x80 }), wanted.count <= bytes.count else { return [] }
            // A byte's token, whitespace aside (no whitespace token is wanted where it differs).
            let folds = self != .exact
            func token(_ byte: UInt8) -> UInt8 { folds && (byte &- 0x41) < 26 ? byte | 0x20 : byte }
            let phrase = wanted.map { UInt8(truncatingIfNeeded: $0) }
            var found: [Range<Int>] = []
            var start = 0
            while start <= bytes.count - phrase.count {
                if token(bytes[start]) == phrase[0] {
                    var matched = 1
                    while matched < phrase.count && token(bytes[start + matched]) == phrase[matched] { matched += 1 }
                    if matched == phrase.count {
                        found.append(start..<(start + matched))
                        start += matched
                        continue
                    }
                }
                start += 1
            }
            return found
        }
    }

    /// Whether every byte is ASCII and none is a CR, eight bytes at a time: a byte with its high
    /// bit set is not ASCII, and a CR is a byte that its XOR with 0x0D makes zero.
    private static func isASCIIWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let crossed = word ^ 0x0D0D_0D0D_0D0D_0D0D
                let hasCR = (crossed &- 0x0101_0101_0101_0101) & ~crossed & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 != 0 || hasCR != 0 { return false }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 || bytes[index] == 0x0D { return false }
            index += 1
        }
        return true
    }

    /// Whether ASCII text without a CR may hold a phrase of ASCII tokens: whether it holds the
    /// phrase's first word (its tokens up to the first whitespace), byte by byte, with no array
    /// made. Within a word every token is one byte of the text, whitespace runs aside.
    private func mayHold(_ wanted: [UInt32], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = wanted.prefix { $0 != 0x20 && !(0x09...0x0D).contains($0) }
        guard let first = word.first else { return true }
        guard word.count <= bytes.count else { return false }
        func token(_ byte: UInt8) -> UInt32 {
            asciiToken(byte, isSpace: byte == 0x20 || (0x09...0x0D).contains(byte))
        }
        for start in 0...(bytes.count - word.count) where token(bytes[start]) == first {
            if word.indices.allSatisfy({ token(bytes[start + $0]) == word[$0] }) { return true }
        }
        return false
    }

    /// An ASCII grapheme's token: the byte ``key(_:)`` folds it to.
    private func asciiToken(_ byte: UInt8, isSpace: Bool) -> UInt32 {
        if self == .loose && isSpace { return 0x20 }
        if self != .exact && (0x41...0x5A).contains(byte) { return UInt32(byte) + 0x20 }
        return UInt32(byte)
    }
}
