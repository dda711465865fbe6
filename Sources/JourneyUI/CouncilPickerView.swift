import JourneyModel

/// The council picker: a filter typed on top, then the councils with region and latest grade.
enum CouncilPickerView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let layout = PageLayout(size: state.size)
        let cursor = PromptLine.render(state.picker.prompt, area: layout.title, into: &buffer, theme: theme)
        let entries = state.picker.entries(of: state.councils, today: state.today)
        guard !entries.isEmpty else {
            buffer.put("No council matches the filter.", x: layout.body.x, y: layout.body.y,
                       width: layout.body.width, style: theme[.dim])
            return cursor
        }
        let list = state.picker.list
        for (offset, index) in (list.offset..<entries.count).prefix(layout.body.height).enumerated() {
            let y = layout.body.y + offset
            let selected = index == list.selected
            if selected { buffer.fillRow(y, of: layout.body, style: theme[.selected]) }
            var spans = self.spans(for: state.councils[entries[index]], today: state.today,
                                   selected: selected, width: layout.body.width)
            if selected { spans = spans.map { StyledText($0.text, .selected) } }
            buffer.put(spans, in: layout.body, y: y, theme: theme)
        }
        return cursor
    }

    /// One council's row: name (flagged when former), latest grade and (when there is room) its date, region.
    private static func spans(for council: Council, today: CalendarDay, selected: Bool, width: Int) -> [StyledText] {
        let latest = council.judgementStatus(on: today).latest
        let gradeSpan = latest?.overallGrade.map { StyledText(" " + DateText.padded($0.letter, to: 3), $0.role) }
            ?? StyledText(" –  ", .dim)
        let showsDate = width >= 60
        let dateSpan = StyledText(showsDate ? DateText.padded(latest?.date.shortText ?? "", to: 12) : "", .dim)
        let nameWidth = max(0, (width - (showsDate ? 18 : 6)) / 2)
        let label = Sanitizer.sanitize(council.name) + (council.isFormer ? " (former)" : "")
        let name = DateText.padded(TextWidth.truncate(label, to: nameWidth), to: nameWidth)
        return [StyledText(selected ? "> " : "  "), StyledText(name), gradeSpan, dateSpan,
                StyledText(Sanitizer.sanitize(council.region ?? ""), .dim)]
    }
}
