/// Splits a Markdown file into YAML front matter and text.
enum FrontMatter {
    /// The YAML between the opening and closing `---` lines, the text after, and the 1-based
    /// file line on which the text starts; nil when the file does not open with front matter.
    /// Lines may end in LF or CR LF; the text is returned exactly as in the file.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring.UnicodeScalarView) -> Bool {
            String(String.UnicodeScalarView(line)) == "---" || String(String.UnicodeScalarView(line)) == "---\r"
        }
        guard let first = lines.first, isFence(first),
              let close = lines.dropFirst().firstIndex(where: isFence) else { return nil }
        let join = { (part: ArraySlice<Substring.UnicodeScalarView>) in
            part.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        }
        return (join(lines[1..<close]), join(lines[(close + 1)...]), close + 2)
    }
}
