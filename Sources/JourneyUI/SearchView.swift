import JourneyModel

/// The search screen: the query line on top, then every hit in events and letters, with
/// where it is and its context, the match highlighted.
enum SearchView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let layout = PageLayout(size: state.size)
        let cursor = PromptLine.render(state.search.prompt, area: layout.title, into: &buffer, theme: theme)
        let hits = state.search.hits
        guard !hits.isEmpty else {
            let text = state.search.prompt.text.isEmpty ? "Type to search every event and letter." : "No hits."
            buffer.put(text, x: layout.body.x, y: layout.body.y, width: layout.body.width, style: theme[.dim])
            return cursor
        }
        let list = state.search.list
        for (offset, index) in (list.offset..<hits.count).prefix(layout.body.height).enumerated() {
            let y = layout.body.y + offset
            let selected = index == list.selected
            if selected { buffer.fillRow(y, of: layout.body, style: theme[.selected]) }
            var spans = self.spans(for: hits[index], in: state.council, width: layout.body.width)
            if selected { spans = spans.map { StyledText($0.text, $0.role == .match ? .currentMatch : .selected) } }
            buffer.put(spans, in: layout.body, y: y, theme: theme)
        }
        if state.search.isEditing { return cursor }
        return (layout.body.x, layout.body.y + list.selected - list.offset)
    }

    /// `> Inspection 25 Nov 2019 · summary: …context…` with the match as its own span.
    private static func spans(for hit: SearchHit, in council: Council, width: Int) -> [StyledText] {
        let owner: String
        switch hit.owner {
        case .event:
            let event = council.event(hit.ownerID)
            owner = event.map { "\($0.kind.label) \($0.start.shortText)" } ?? hit.ownerID
        case .letter:
            owner = council.letter(hit.ownerID).map { "Letter \($0.date.shortText)" } ?? hit.ownerID
        case .note:
            owner = "Note \(hit.ownerID)" + (hit.eventID.flatMap(council.event).map { " on \($0.kind.label) \($0.start.shortText)" } ?? "")
        case .report:
            owner = council.report(hit.ownerID).map { report in
                "\(report.label) \(report.start?.shortText ?? "")"
            } ?? hit.ownerID
        }
        let field: String
        switch hit.field {
        case .body: field = "line \(hit.line)"
        case .text where hit.owner == .note: field = "line \(hit.line)"
        case .text: field = "p. \(hit.page ?? 0)"
        default: field = hit.field.rawValue
        }
        let place = TextWidth.truncate(Sanitizer.sanitize("\(owner) · \(field): "), to: max(0, width / 2))
        let context = Array(hit.context)
        let before = min(max(0, hit.contextColumn), context.count)
        let after = min(context.count, before + hit.length)
        let room = max(0, width - 2 - TextWidth.of(place) - hit.length)
        let lead = Self.tail(of: String(context[..<before]), width: room / 3)
        let trail = Self.head(of: String(context[after...]), width: room - TextWidth.of(lead))
        return [StyledText("  "), StyledText(place, .label), StyledText(lead),
                StyledText(String(context[before..<after]), .match), StyledText(trail)]
    }

    /// The end of `text` in at most `width` columns, starting at a word (after `…` when cut).
    static func tail(of text: String, width: Int) -> String {
        guard TextWidth.of(text) > width else { return text }
        guard width > 1 else { return "" }
        var kept = String(text.suffix(width - 1))
        while TextWidth.of(kept) > width - 1 { kept.removeFirst() }
        let cutInWord = !(text.dropLast(kept.count).last?.isWhitespace ?? true) && !(kept.first?.isWhitespace ?? true)
        if cutInWord, let space = kept.firstIndex(where: \.isWhitespace) { kept = String(kept[space...]) }
        return "…" + kept.drop { $0.isWhitespace }
    }

    /// The start of `text` in at most `width` columns, ending at a word (before `…` when cut).
    static func head(of text: String, width: Int) -> String {
        guard TextWidth.of(text) > width else { return text }
        guard width > 1 else { return "" }
        var kept = TextWidth.truncate(text, to: width - 1, ellipsis: "")
        let cutInWord = !(text.dropFirst(kept.count).first?.isWhitespace ?? true) && !(kept.last?.isWhitespace ?? true)
        if cutInWord, let space = kept.lastIndex(where: \.isWhitespace) { kept = String(kept[..<space]) }
        return String(kept.reversed().drop { $0.isWhitespace }.reversed()) + "…"
    }
}
