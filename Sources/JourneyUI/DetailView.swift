import JourneyModel

/// The detail pane: everything about the selected event or letter, scrollable.
enum DetailView {
    /// Draws the pane: a title row, then the lines from `scroll`.
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let focused = state.focus == .detail
        let lines = self.lines(for: state.selectedRow, in: state.council, width: area.width)
        let position = lines.isEmpty ? "" : " \(min(lines.count, state.detailScroll + 1))/\(lines.count)"
        PaneTitle.render("Detail\(position)", focused: focused, area: area, into: &buffer, theme: theme)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        for (offset, line) in lines.dropFirst(state.detailScroll).prefix(body.height).enumerated() {
            buffer.put(line, in: body, y: body.y + offset, theme: theme)
        }
    }

    /// The pane's lines for a row at a width; long text is wrapped to the width.
    static func lines(for row: TimelineRow?, in council: Council, width: Int) -> [[StyledText]] {
        switch row {
        case .event(let event)?: return eventLines(event, in: council, width: width)
        case .letter(let letter)?: return letterLines(letter, in: council, width: width)
        case nil: return [[StyledText("Nothing selected.", .dim)]]
        }
    }

    private static func eventLines(_ event: Event, in council: Council, width: Int) -> [[StyledText]] {
        var lines: [[StyledText]] = [[StyledText(event.title, .title)]]
        lines += judgementTable(event.judgements, width: width)
        lines.append(field("When", DateText.range(event.start, event.end)))
        if let published = event.published { lines.append(field("Published", published.text)) }
        lines += kindLines(event, in: council, width: width)
        if !event.summary.isEmpty {
            lines.append([])
            lines += wrapped(event.summary, width: width)
        }
        if !event.people.isEmpty {
            lines.append([StyledText("People", .label)])
            lines += event.people.map { [StyledText("  \($0.name), \($0.role)")] }
        }
        let letters = council.letters(for: event.id)
        if !letters.isEmpty {
            lines.append([StyledText("Letters", .label), StyledText("  (Enter opens the first)", .dim)])
            lines += letters.map { [StyledText("  \($0.date.text): \($0.subject)")] }
        }
        let citations = council.citations(of: event.id)
        if !citations.isEmpty {
            lines.append([StyledText("Quoted in letters", .label)])
            lines += citations.flatMap { wrapped("“\($0.text)”", width: width, indent: "  ") }
        }
        return lines + sourceLines(event.sources, width: width)
    }

    private static func kindLines(_ event: Event, in council: Council, width: Int) -> [[StyledText]] {
        switch event.detail {
        case .inspection(let inspection):
            let type = inspection.type.map { " \($0.rawValue)" } ?? ""
            return [field("Framework", inspection.framework.rawValue + type)]
        case .visit(let theme):
            return [field("Theme", theme ?? "not recorded"),
                    [StyledText("No grades: visits are reported by letter.", .dim)]]
        case .direction(let direction):
            var lines = [field("Action", direction.action.rawValue)]
            if let target = direction.target {
                let label = direction.action == .revoked ? "Revokes" : "Replaces"
                lines.append(field(label, council.event(target)?.title ?? target))
            }
            return lines + wrapped("Legal basis: " + direction.legalBasis, width: width)
        case .oversight(let action):
            return [field("Action", action.rawValue)]
        case .none:
            return []
        }
    }

    /// Every judgement by area: the area, the grade's letter and its words. It comes right
    /// under the title, so the grades show even in the smallest layout.
    private static func judgementTable(_ judgements: [Judgement], width: Int) -> [[StyledText]] {
        let areaWidth = min(judgements.map { TextWidth.of($0.area.shortTitle) }.max() ?? 0, max(8, width / 2))
        return judgements.map { judgement in
            let area = TextWidth.truncate(judgement.area.shortTitle, to: areaWidth)
            return [StyledText(DateText.padded(area, to: areaWidth + 2)),
                    StyledText(DateText.padded(judgement.grade.letter, to: 3), judgement.grade.role),
                    StyledText(judgement.grade.rawValue, judgement.grade.role)]
        }
    }

    private static func letterLines(_ letter: Letter, in council: Council, width: Int) -> [[StyledText]] {
        var lines: [[StyledText]] = [[StyledText(letter.subject, .title)]]
        lines.append(field("Date", letter.date.text))
        lines.append(field("From", letter.from))
        lines.append(field("To", letter.to))
        lines.append([StyledText("Enter opens the letter.", .dim)])
        let events = council.events(for: letter.id)
        if !events.isEmpty {
            lines.append([StyledText("Concerns", .label)])
            lines += events.map { [StyledText("  \($0.start.text): \($0.title)")] }
        }
        return lines + sourceLines(letter.sources, width: width)
    }

    private static func sourceLines(_ sources: [Source], width: Int) -> [[StyledText]] {
        guard !sources.isEmpty else { return [] }
        return [[StyledText("Sources", .label)]] + sources.flatMap { wrapped($0.text, width: width, indent: "  ") }
    }

    /// `Label: value` on one line.
    private static func field(_ label: String, _ value: String) -> [StyledText] {
        [StyledText(label + ": ", .label), StyledText(value)]
    }

    /// Untrusted text sanitised and wrapped to the width, each row indented.
    private static func wrapped(_ text: String, width: Int, indent: String = "") -> [[StyledText]] {
        TextWrap.wrap(lines: Sanitizer.lines(text), width: width - indent.count).map { [StyledText(indent + $0.text)] }
    }
}
