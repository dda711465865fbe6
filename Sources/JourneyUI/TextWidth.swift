import JourneyModel

/// Display widths of graphemes in terminal columns, as a modern terminal (xterm, tmux; `wcwidth` as
/// ncursesw uses it) draws them.
///
/// Rules, per grapheme (`Character`):
/// - A grapheme takes the width of its base, its first scalar. Combining and enclosing marks, format
///   characters (ZWJ, ZWNJ, ZWSP, bidi marks), variation selectors, Hangul medial and final jamo and
///   control characters are zero-width, so they add nothing: "e" + U+0301 is 1 column.
/// - East Asian Wide and Fullwidth characters (CJK, Hangul, kana, fullwidth forms, the CJK extension
///   planes 2 and 3; Unicode 17 `EastAsianWidth.txt`) and emoji with default emoji presentation are 2.
/// - An emoji ZWJ sequence or modifier sequence is one grapheme and takes its base's width, 2.
/// - A flag (a pair of regional indicators) is 2; a lone regional indicator is 1, as `wcwidth` has it.
/// - A text-default emoji followed by VS16 (U+FE0F), such as "⚠️" or a keycap "1️⃣", is 2.
/// - East Asian Ambiguous characters ("…", "é", Greek, Cyrillic) are 1, as in a non-CJK locale.
/// - A grapheme whose first scalar is zero-width (a lone combining mark or ZWJ, a control) is 0.
///   Untrusted text should have been through ``Sanitizer`` first, so controls do not reach here.
public enum TextWidth {
    /// Columns a grapheme takes: 0, 1 or 2.
    public static func of(_ grapheme: Character) -> Int {
        if let ascii = grapheme.asciiValue { return (0x20...0x7E).contains(ascii) ? 1 : 0 }
        let scalars = grapheme.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if isRegionalIndicator(base) {
            return scalars.count(where: isRegionalIndicator) >= 2 ? 2 : 1
        }
        if base.properties.isEmoji, scalars.contains(emojiPresentationSelector) { return 2 }
        return width(of: base)
    }

    /// Columns a string takes: the sum of its graphemes' widths.
    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        if isSimple(text) { return text.unicodeScalars.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether the text is printable ASCII only (space to tilde): one column a byte, nothing to
    /// sanitise. Most of what the screen shows; checked in one tight pass over the bytes.
    static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte &- 0x20 > 0x5E { return false }
            return true
        }
    }

    /// Whether every scalar of the text is a grapheme of its own, one column wide: printable
    /// ASCII, Latin, general punctuation, arrows, mathematical operators, box drawing and
    /// geometric shapes (less the two with emoji presentation), the check mark. None of them
    /// joins a neighbour (no marks, joiners, selectors, prepended signs, jamo or regional
    /// indicators), so such text can be measured, cut and drawn scalar by scalar, without
    /// grapheme breaking or property lookups: the screen's rules, dots and dashes.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isSimple)
    }

    /// Whether a scalar is one of those ``isSimple(_:)-(String)`` allows.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x25FC, 0x2713:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that, followed by `ellipsis`, fits in `width` columns.
    ///
    /// Text that already fits is returned unchanged. A grapheme is never split. If even the
    /// ellipsis does not fit, the text is cut without one. A width of 0 or less gives "".
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let marker = of(ellipsis) <= width ? ellipsis : ""
        let budget = width - of(marker)
        if isSimple(text) { return String(text.unicodeScalars.prefix(budget)) + marker }
        var kept = ""
        var used = 0
        for grapheme in text {
            let glyphWidth = of(grapheme)
            if used + glyphWidth > budget { break }
            kept.append(grapheme)
            used += glyphWidth
        }
        return kept + marker
    }

    // MARK: - Scalars

    /// VS16, which asks for the emoji (wide) presentation of the character before it.
    private static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"

    /// The `wcwidth` of one scalar: 0, 1 or 2.
    private static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if scalar.isControlCharacter { return 0 }
        if value < 0x300 { return 1 }  // Latin-1 and Latin Extended: no marks, and U+00AD is 1.
        if isZeroWidth(scalar) { return 0 }
        if isRegionalIndicator(scalar) { return 1 }
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            return !prependedConcatenationMarks.contains(scalar.value)
        default:
            return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }

    /// Format characters that are drawn as visible signs (Arabic number signs and the like); an
    /// array, searched only for format characters.
    private static let prependedConcatenationMarks: [UInt32] = [
        0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2,
        0x110BD, 0x110CD,
    ]

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Whether a scalar is East Asian Wide or Fullwidth (emoji are found by their property instead).
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        let first = wideRanges.partitionPoint { $0.upperBound >= value }
        return first < wideRanges.count && wideRanges[first].lowerBound <= value
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode 17 `EastAsianWidth.txt`, less the
    /// emoji with default emoji presentation, sorted for binary search.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Choseong (leading jamo)
        0x2329...0x232A,  // angle brackets
        0x2630...0x2637, 0x268A...0x268F,  // trigrams, monograms and digrams
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,  // CJK and Kangxi radicals
        0x2FF0...0x3029, 0x3030...0x303E,  // ideographic description, CJK symbols and punctuation
        0x3041...0x3096, 0x309B...0x30FF,  // Hiragana, Katakana
        0x3105...0x312F, 0x3131...0x3163, 0x3165...0x318E,  // Bopomofo, Hangul compatibility jamo
        0x3190...0x31E5, 0x31EF...0x321E, 0x3220...0x3247,  // Kanbun, strokes, enclosed CJK
        0x3250...0xA48C, 0xA490...0xA4C6,  // enclosed CJK, CJK Ext A, CJK Unified Ideographs, Yi
        0xA960...0xA97C,  // Hangul jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,  // vertical and small forms
        0xFF01...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE3, 0x16FF2...0x16FF6,  // ideographic symbols
        0x17000...0x18CD5, 0x18CFF...0x18D1E, 0x18D80...0x18DF2,  // Tangut, Khitan
        0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,  // Kana extended B
        0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155,  // kana supplement
        0x1B164...0x1B167, 0x1B170...0x1B2FB,  // small kana, Nushu
        0x1D300...0x1D356, 0x1D360...0x1D376,  // Tai Xuan Jing, counting rods
        0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219, 0x1F21B...0x1F22E,  // enclosed ideographs
        0x1F230...0x1F231, 0x1F237...0x1F237, 0x1F23B...0x1F23B, 0x1F240...0x1F248, 0x1F260...0x1F265,
        0x20000...0x2FFFD,  // plane 2: CJK extensions B to F, I, compatibility supplement
        0x30000...0x3FFFD,  // plane 3: CJK extensions G, H, J
    ]
}
