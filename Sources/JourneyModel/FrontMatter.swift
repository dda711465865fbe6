/// Splits a Markdown file into YAML front matter and text.
enum FrontMatter {
    /// The YAML between the opening and closing `---` lines, the text after, and the 1-based
    /// file line on which the text starts; nil when the file does not open with front matter.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingCR == "---" else { return nil }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingCR == "---" }) else { return nil }
        let yaml = lines[lines.startIndex..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (yaml, body, close + 2)
    }
}

extension Substring {
    fileprivate var trimmingTrailingCR: Substring { hasSuffix("\r") ? dropLast() : self }
}
