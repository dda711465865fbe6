import JourneyModel

/// Makes text from data files safe to put in a briefing: controls are shown, never kept.
///
/// The same rules as the browser's sanitiser: C0 controls and DEL become caret notation (`^[`,
/// `^J`, `^?`), C1 and bidirectional controls become `<U+009B>`, so that no byte of a data file
/// reaches a terminal (or a page) as a control or reorders the text around it. Line feeds are
/// kept only by ``lines(_:)``, which splits on them.
enum PlainText {
    /// One line of data text, its controls made visible.
    static func clean(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            result += visible(scalar)
        }
        return result
    }

    /// Several lines of data text (LF or CR LF), each cleaned.
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return clean(line)
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\t" { return "    " }
        if scalar.isControlCharacter {
            // Caret notation for C0 and DEL: the control with bit 6 flipped (`^[`, `^?`).
            guard scalar.isASCII else { return codePoint(scalar) }
            return "^" + String(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value) ^ 0x40))
        }
        return scalar.properties.isBidiControl ? codePoint(scalar) : String(scalar)
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
