/// Splits a Markdown file into YAML front matter and text.
enum FrontMatter {
    /// The YAML between the opening and closing `---` lines, the text after, and the 1-based
    /// file line on which the text starts; nil when the file does not open with front matter.
    /// Lines may end in LF or CR LF; the text is returned exactly as in the file.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        // Lines by UTF-8 byte (LF is one byte, never part of another character); the parts are
        // ranges of the text itself, so nothing is split and joined again.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        func isFence(_ line: Substring.UTF8View) -> Bool {
            line.elementsEqual("---".utf8) || line.elementsEqual("---\r".utf8)
        }
        guard let first = lines.first, isFence(first),
              let close = lines.dropFirst().firstIndex(where: isFence) else { return nil }
        let part = { (from: Int, through: Int) -> String in
            from <= through ? String(decoding: text.utf8[lines[from].startIndex..<lines[through].endIndex], as: UTF8.self)
                : ""
        }
        return (part(1, close - 1), part(close + 1, lines.count - 1), close + 2)
    }
}
