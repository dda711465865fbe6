import JourneyModel

/// The timeline: one row per event (date, kind, title, grades), the selected one marked `>`
/// and highlighted. Once anything of the council is noted or marked, a sign column shows the
/// review (`*` flagged, `✓` reviewed, `+` noted) and the title row says what the signs mean.
enum TimelineView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let rows = state.rows
        let position = rows.isEmpty ? "" : " \(state.timeline.selected + 1)/\(rows.count)"
        let signed = !state.review.isEmpty
        let title = "Timeline: \(state.filter.title)\(position)"
        let legend = " · * flagged ✓ reviewed + note"
        let fits = TextWidth.of(title + legend) + 6 <= area.width
        PaneTitle.render(title + (signed && fits ? legend : ""), focused: state.focus == .timeline,
                         area: area, into: &buffer, theme: theme)
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard !rows.isEmpty else {
            buffer.put("Nothing to show. Press f or 1 to change the filter.", x: list.x, y: list.y,
                       width: list.width, style: theme[.dim])
            return
        }
        let signWidth = signed ? Self.signWidth : 0
        let dateWidth = state.dateColumnWidth
        let key = RowKey(filter: state.filter, width: list.width, dateWidth: dateWidth, signWidth: signWidth,
                         review: state.filter.isReview ? state.review : nil, theme: theme)
        for (offset, index) in (shown(state, visible: list.height).offset..<rows.count).prefix(list.height).enumerated() {
            let y = list.y + offset
            let selected = index == state.timeline.selected
            let row = state.views.value(.timelineRow, for: key, item: index) {
                let spans = self.spans(for: rows[index], selected: false, width: list.width, dateWidth: dateWidth,
                                       signWidth: signWidth)
                return Row(spans: spans, cells: signed ? [] : cells(of: spans, width: list.width, theme: theme))
            }
            if !selected && !signed {
                buffer.place(row.cells, x: list.x, y: y)
                continue
            }
            if selected { buffer.fillRow(y, of: list, style: theme[.selected]) }
            var spans = row.spans
            if signed { spans.insert(signs(for: rows[index], review: state.review), at: 1) }
            if selected { spans = spans.enumerated().map { StyledText($0.offset == 0 ? "> " : $0.element.text, .selected) } }
            buffer.put(spans, in: list, y: y, theme: theme)
        }
    }

    /// What a row's columns depend on besides the row: made once per row while these stay. Under
    /// a review filter the rows themselves follow the review, so it is part of the key.
    private struct RowKey: Hashable, Sendable {
        var filter: TimelineFilter
        var width: Int
        var dateWidth: Int
        var signWidth: Int
        var review: ReviewSnapshot?
        var theme: Theme
    }

    /// A row's columns, and its cells as drawn when not selected and without review signs
    /// (which depend on the review): a frame places them instead of writing the row again.
    private struct Row: Sendable {
        var spans: [StyledText]
        var cells: [Cell]
    }

    /// A row's spans drawn on a line of its own.
    private static func cells(of spans: [StyledText], width: Int, theme: Theme) -> [Cell] {
        var line = Buffer(width: width, height: 1)
        line.put(spans, in: line.area, y: 0, theme: theme)
        return line.cells
    }

    /// The timeline's selection and first row as shown in `visible` rows: the state's, scrolled
    /// if need be to show the selection (the header may have taken a row since it was set, on a
    /// screen in front of this one).
    private static func shown(_ state: AppState, visible: Int) -> ListState {
        var list = state.timeline
        list.clamp(count: state.rows.count, visible: visible)
        return list
    }

    /// The row where the selected event is drawn, for the hardware cursor.
    static func selectedRowY(_ state: AppState, area: Rect) -> Int? {
        let offset = state.timeline.selected - shown(state, visible: area.height - 1).offset
        guard !state.rows.isEmpty, offset >= 0, offset < area.height - 1 else { return nil }
        return area.y + 1 + offset
    }

    /// The columns of one row: marker, date (`pub Jan 2011` when a release gives only the
    /// publication), kind (when there is room), title, grades at the right.
    private static func spans(for row: TimelineRow, selected: Bool, width: Int, dateWidth: Int,
                              signWidth: Int) -> [StyledText] {
        let grades = gradeSpans(row.grades, wide: width >= 70)
        let gradeWidth = grades.reduce(0) { $0 + TextWidth.of($1.text) }
        let kindWidth = width >= 60 ? 18 : 0
        let fixed = 2 + signWidth + dateWidth + kindWidth + gradeWidth
        let titleWidth = max(0, width - fixed)
        var spans = [StyledText(selected ? "> " : "  "), StyledText(DateText.padded(row.dateLabel, to: dateWidth), .dim)]
        if kindWidth > 0 {
            let kind = TextWidth.truncate(row.kindLabel, to: kindWidth - 1)
            spans.append(StyledText(DateText.padded(kind, to: kindWidth)))
        }
        let title = TextWidth.truncate(Sanitizer.sanitize(row.title), to: titleWidth)
        spans.append(StyledText(DateText.padded(title, to: titleWidth)))
        return spans + grades
    }

    /// The sign column's width: mark, note, space.
    private static let signWidth = 3

    /// The row's review signs: its mark (`*` or `✓`), then `+` when it has a note.
    private static func signs(for row: TimelineRow, review: ReviewSnapshot) -> StyledText {
        let mark = review.marks[row.reviewTarget]
        let noted = review.notes.contains { row.holds($0.target) }
        return StyledText((mark?.sign ?? " ") + (noted ? "+" : " ") + " ", mark == .flagged ? .notice : .label)
    }

    /// Grades as letters: every judgement when wide (`I I I I`), else the overall grade alone.
    private static func gradeSpans(_ grades: [Grade], wide: Bool) -> [StyledText] {
        let shown = wide ? grades : Array(grades.prefix(1))
        return shown.map { StyledText(" " + DateText.padded($0.letter, to: 2), $0.role) }
    }
}
