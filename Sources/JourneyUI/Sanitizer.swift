/// Turns untrusted text (from data files, letters, imports) into text that is safe to draw in a
/// terminal cell grid and to print to a pipe: nothing in the result can be interpreted by a terminal.
///
/// Rules, applied to every Unicode scalar:
/// - C0 controls U+0000–U+001F and DEL become caret notation, as `less` and `cat -v` show them:
///   NUL `^@`, BEL `^G`, CR `^M`, ESC `^[`, DEL `^?`.
/// - C1 controls U+0080–U+009F (including the 8-bit CSI U+009B, OSC U+009D and ST U+009C) become
///   `<U+009B>`, and so do the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
///   U+2066–U+2069), so that text cannot reorder itself or what follows it.
/// - Tab becomes spaces up to the next multiple of ``tabStop`` columns from the start of the line.
/// - Line feed becomes `^J` in ``sanitize(_:)``. ``sanitizeMultiline(_:)`` and ``lines(_:)`` keep it,
///   and also take CR LF as one line break; a CR on its own is still `^M`.
/// - Everything else is kept as it is. Invalid UTF-8 should be decoded with
///   `String(decoding:as: UTF8.self)`, which gives U+FFFD for each bad sequence; that is kept too.
///
/// Escape sequences are defanged, not parsed: a terminal only acts on a sequence that starts with ESC
/// or a C1 control, and both always become placeholders, while the rest of the sequence is printable
/// text that stays. So every class of sequence shows where it was: a CSI `ESC [ 3 1 m` reads `^[[31m`,
/// an OSC `ESC ] 0 ; t BEL` reads `^[]0;t^G`, a DCS, SOS, PM or APC ending in ST reads `^[P…^[\`,
/// a two-byte sequence such as `ESC c` reads `^[c`, and an 8-bit CSI reads `<U+009B>31m`. Because
/// nothing is removed, a sequence that is never terminated hides no text at all: what follows it,
/// on the same line or later ones, is shown.
///
/// Placeholders are printable ASCII only, so sanitising twice gives the same text as sanitising once.
public enum Sanitizer {
    /// Tab stops are every this many columns.
    public static let tabStop = 8

    /// Sanitises text meant for a single line: a line feed becomes `^J`.
    public static func sanitize(_ text: String) -> String {
        render(text, keepingLineBreaks: false)
    }

    /// Sanitises text of several lines: LF and CR LF become `\n`, the only control left in the result.
    public static func sanitizeMultiline(_ text: String) -> String {
        render(text, keepingLineBreaks: true)
    }

    /// Sanitises text of several lines and splits it into lines (LF or CR LF), without terminators.
    public static func lines(_ text: String) -> [String] {
        // Split on the byte: once sanitised no CR is left, so every LF is a grapheme of its own
        // and the UTF-8 split is the same as a split by characters, without grapheme breaking.
        sanitizeMultiline(text).utf8
            .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Rendering

    private static func render(_ text: String, keepingLineBreaks: Bool) -> String {
        if keepingLineBreaks ? text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A })
            : TextWidth.isPrintableASCII(text) {
            return text
        }
        if hasNothingToChange(text, keepingLineBreaks: keepingLineBreaks) { return text }
        let scalars = text.unicodeScalars
        var builder = LineBuilder()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            if keepingLineBreaks, scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                builder.breakLine()
                next = scalars.index(after: next)
            } else if keepingLineBreaks, scalar == "\n" {
                builder.breakLine()
            } else if scalar == "\t" {
                builder.expandTab()
            } else if let placeholder = placeholder(for: scalar) {
                builder.append(placeholder)
            } else {
                builder.append(scalar)
            }
            index = next
        }
        return builder.text
    }

    /// Whether no scalar needs a stand-in, a tab expanded or a line break handled (a line feed is
    /// kept as it is only where line breaks are kept): most text with accents or typographic
    /// quotes, returned unchanged without building it again scalar by scalar.
    ///
    /// Read by UTF-8 byte (a lead byte is never a continuation byte, so every byte can be
    /// looked at): a control is a byte below 0x20, DEL, or a C1 (0xC2 then 0x80-0x9F); a
    /// bidirectional control is U+061C (0xD8 0x9C) or one of U+200E-U+2069's (lead byte 0xE2).
    static func hasNothingToChange(_ text: String, keepingLineBreaks: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices where !(0x20...0x7E).contains(bytes[index]) {
                switch bytes[index] {
                case 0x0A where keepingLineBreaks: continue
                case 0x00...0x1F, 0x7F: return false
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return false
                case 0xD8 where index + 1 < bytes.count && bytes[index + 1] == 0x9C: return false
                case 0xE2 where index + 2 < bytes.count && isBidiControl(bytes[index + 1], bytes[index + 2]): return false
                default: continue
                }
            }
            return true
        }
    }

    /// Whether the scalar encoded 0xE2 `second` `third` is a bidirectional control: U+200E,
    /// U+200F, U+202A-U+202E or U+2066-U+2069.
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: return third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)
        case 0x81: return (0xA6...0xA9).contains(third)
        default: return false
        }
    }

    /// The visible stand-in for a scalar a terminal could act on, or nil if the scalar is safe.
    private static func placeholder(for scalar: Unicode.Scalar) -> String? {
        if scalar.isControlCharacter { return scalar.isASCII ? caretNotation(scalar) : codePoint(scalar) }
        return !scalar.isASCII && scalar.properties.isBidiControl ? codePoint(scalar) : nil
    }

    /// `^@` for NUL to `^_` for U+001F, and `^?` for DEL: the control with bit 6 flipped.
    private static func caretNotation(_ scalar: Unicode.Scalar) -> String {
        "^" + String(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value) ^ 0x40))
    }

    /// `<U+XXXX>`, with at least four upper-case hex digits.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// Accumulates sanitised output, tracking the column so tabs can be expanded.
    private struct LineBuilder {
        /// Output up to the last tab stop or line break.
        private var settled = ""
        /// Output since then, whose width is measured when the next tab comes.
        private var segment = ""
        /// Columns taken on the current line by `settled`.
        private var column = 0

        var text: String { settled + segment }

        mutating func append(_ placeholder: String) {
            segment += placeholder
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            segment.unicodeScalars.append(scalar)
        }

        mutating func expandTab() {
            column += TextWidth.of(segment)
            let spaces = Sanitizer.tabStop - column % Sanitizer.tabStop
            settled += segment + String(repeating: " ", count: spaces)
            segment = ""
            column += spaces
        }

        mutating func breakLine() {
            settled += segment + "\n"
            segment = ""
            column = 0
        }
    }
}
