/// A briefing as GitHub-flavoured Markdown: headings, tables, the journey picture as the text
/// strip in a fenced block. Data text is escaped so that it reads as text, never as markup.
public enum BriefingMarkdown {
    /// The whole document, ending in a line feed.
    public static func render(_ briefing: Briefing) -> String {
        var lines = ["# Briefing: \(inline(briefing.councilName)) on \(briefing.day.text)", ""]
        if !briefing.councilLine.isEmpty { lines += [inline(briefing.councilLine), ""] }
        lines += ["Where \(inline(briefing.councilName)) stands on \(briefing.day.text)\(briefing.precisionNote), "
                  + "how it got there, what the advisor noted, and every source cited.", "",
                  "Data as at: \(inline(briefing.dataAsAt))", ""]
        if let caveat = briefing.caveat { lines += ["**Note:** \(inline(caveat))", ""] }
        lines += standing(briefing) + history(briefing) + review(briefing) + sources(briefing)
        return lines.flatMap(wrapped).joined(separator: "\n") + "\n"
    }

    /// Lines longer than ``width`` are wrapped at spaces (GitHub reads a line break inside a
    /// paragraph as a space), keeping a list item's or quote's indent; table rows, headings and
    /// the fenced picture stay whole, and a word longer than the width (an address) is not split.
    static func wrapped(_ line: String) -> [String] {
        guard line.count > width, !line.hasPrefix("|"), !line.hasPrefix("#"), !line.hasPrefix("```") else {
            return [line]
        }
        let indent = line.hasPrefix("> ") ? "> " : line.hasPrefix("- ") ? "  " : ""
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width, canStartLine(word) {
                lines.append(current)
                current = indent + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        return lines + [current]
    }

    /// Whether a word can begin a wrapped line without being read as markup: a bullet, a
    /// heading underline or a quote, or `1.` (the only number that starts a list inside a paragraph).
    private static func canStartLine(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return !"-+=*>".contains(first) && word != "1." && word != "1)"
    }

    /// The widest a line of prose is written: it reads in an 80-column pager.
    static let width = 78

    private static func standing(_ briefing: Briefing) -> [String] {
        var lines = ["## Where it stands on \(briefing.day.text)", "", "| Question | As the sources establish |",
                     "| --- | --- |"]
        for fact in briefing.facts {
            lines.append("| \(fact.label) | \(cell(fact.value)) |")
            lines += fact.details.map { "|  | \(cell($0)) |" }
        }
        lines.append("")
        if !briefing.judgements.isEmpty {
            lines += ["### Latest judgements", "", "| Judgement | Grade |", "| --- | --- |"]
            lines += briefing.judgements.map { "| \(cell($0.area)) | \(cell($0.grade)) (\($0.letter)) |" }
            lines.append("")
        }
        lines += ["### People in post", ""]
        if briefing.inPost.isEmpty {
            lines += ["The council file records nobody in post on this day.", ""]
        } else {
            lines += ["| Role | Name | Certainty |", "| --- | --- | --- |"]
            lines += briefing.inPost.map {
                "| \(cell($0.role)) | \(cell($0.name)) | \(cell($0.uncertainty.map { "possibly: \($0)" } ?? "in post")) |"
            }
            lines.append("")
        }
        return lines
    }

    private static func history(_ briefing: Briefing) -> [String] {
        var lines = ["## How it got there", "", "```text"] + TextStrip.lines(briefing.picture) + ["```", ""]
        if briefing.entries.isEmpty {
            lines += ["No events on record by this day.", ""]
        } else {
            lines += ["| Date | Event | Outcome | Review | Id |", "| --- | --- | --- | --- | --- |"]
            lines += briefing.entries.map {
                "| \(cell($0.dates)) | \(cell($0.event)) | \(cell($0.outcome)) | \(cell($0.review)) "
                    + "| `\(code($0.id))` |"
            }
            lines.append("")
        }
        if briefing.laterEvents > 0 {
            let count = briefing.laterEvents
            lines += ["\(count) later event\(count == 1 ? " is" : "s are") not in this briefing.", ""]
        }
        return lines
    }

    private static func review(_ briefing: Briefing) -> [String] {
        var lines = ["## What the advisor noted", ""]
        let reviewed = "\(briefing.reviewedCount) of \(briefing.entries.count) events marked reviewed."
        lines += briefing.flagged.isEmpty ? ["Nothing flagged. \(reviewed)", ""]
            : ["Flagged:", ""] + briefing.flagged.map { "- \(inline($0))" } + ["", reviewed, ""]
        guard !briefing.notes.isEmpty else { return lines + ["No notes recorded.", ""] }
        for note in briefing.notes {
            lines.append("### \(inline(note.about))\(note.orphaned ? " (orphaned: no longer in the council's data)" : "")")
            lines += ["", "*\(inline(note.author)), \(note.written)*", ""]
            lines += note.lines.map { $0.isEmpty ? ">" : "> \(inline($0))" }
            lines.append("")
        }
        return lines
    }

    private static func sources(_ briefing: Briefing) -> [String] {
        var lines = ["## Sources", ""]
        for group in briefing.sources {
            lines += ["**\(inline(group.heading))**", ""]
            lines += group.citations.map { "- \(inline($0.title))" + ($0.url.map { " — \(address($0))" } ?? "") }
            lines.append("")
        }
        lines.removeLast()
        return lines
    }

    /// Data text in running Markdown: every character that could start markup is escaped,
    /// except an underscore inside a word (`LA_inspections`), which GitHub never reads as emphasis.
    static func inline(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let inWord = character == "_" && index > 0 && index + 1 < characters.count
                && isWordCharacter(characters[index - 1]) && isWordCharacter(characters[index + 1])
            if "\\`*_[]<>#|~".contains(character), !inWord { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Data text in a table cell: as ``inline(_:)``, pipes included.
    private static func cell(_ text: String) -> String { inline(text) }

    /// Text in a code span: a backtick cannot end it early.
    private static func code(_ text: String) -> String { text.replacingOccurrences(of: "`", with: "'") }

    /// A web address as an autolink when it is one, else as escaped text.
    static func address(_ url: String) -> String {
        let lower = url.lowercased()
        let isWeb = lower.hasPrefix("https://") || lower.hasPrefix("http://")
        let plain = !url.contains { $0.isWhitespace || "<>`".contains($0) }
        return isWeb && plain ? "<\(url)>" : inline(url)
    }
}
