extension KeyTable {
    /// One line of the help screen: a context heading, or a binding's keys and help.
    public enum HelpLine: Hashable, Sendable {
        case heading(String)
        case binding(keys: String, help: String)
        case blank
    }

    /// The help screen's lines: every context that has bindings, with every binding.
    public var helpLines: [HelpLine] {
        var lines: [HelpLine] = []
        for context in KeyContext.allCases {
            let contextBindings = bindings(in: context)
            guard !contextBindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.title))
            lines += contextBindings.map { .binding(keys: $0.keyText, help: $0.help) }
        }
        return lines
    }

    /// The help screen's lines at a width: a binding's help that does not fit beside its keys
    /// goes on under itself, on lines with no keys, so nothing is cut off on a narrow terminal.
    public func helpLines(width: Int) -> [HelpLine] {
        let helpWidth = width - 2 - Self.helpKeyWidth(width)
        guard helpWidth > 0 else { return helpLines }
        return helpLines.flatMap { line -> [HelpLine] in
            guard case .binding(let keys, let help) = line else { return [line] }
            let rows = TextWrap.wrap(help, width: helpWidth).map(\.text)
            return rows.enumerated().map { .binding(keys: $0.offset == 0 ? keys : "", help: $0.element) }
        }
    }

    /// The width of the keys' column on the help screen, for a body of `width` columns.
    static func helpKeyWidth(_ width: Int) -> Int {
        min(24, width / 3)
    }

    /// docs/keys.md: the key table as Markdown, one table per context.
    public var markdown: String {
        var text = """
        # Keys

        Generated from the key table (`KeyTable.standard` in `Sources/JourneyUI`); a test checks
        that this file matches it. Regenerate with `RECORD_SNAPSHOTS=1 swift test --filter KeyTableTests`.

        Keys are looked up in the screen's own table first, then in "Everywhere". While a query or
        filter is being typed, printable keys type text; the other keys below still work.

        """
        for context in KeyContext.allCases {
            let contextBindings = bindings(in: context)
            guard !contextBindings.isEmpty else { continue }
            text += "\n## \(context.title)\n\n| Keys | Command | What it does |\n|---|---|---|\n"
            for binding in contextBindings {
                let keys = binding.keys.map { "`\($0)`" }
                text += "| \(keys.joined(separator: ", ")) | `\(binding.command.rawValue)` | \(binding.help) |\n"
            }
        }
        text += "\n## Timeline filters\n\n"
        for filter in TimelineFilter.allCases {
            text += "- **\(filter.title)**: \(filter.explanation)\n"
        }
        return text
    }
}
