import JourneyModel

/// The council picker as an overview of England: one row per council with its latest grade and
/// when that inspection began ("RI Mar 2023"), the intervention now, the time since that inspection and the next
/// inspection window (an estimate); a title line saying what is shown and how it is sorted,
/// column headings, and under the list the selected council's estimate in full, with its rule.
enum CouncilPickerView {
    /// Rows of the list: the page less its title, headings, two footer rows and the status line.
    static func listRows(on size: Size) -> Int {
        max(1, PageLayout(size: size).body.height - 3)
    }

    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let layout = PageLayout(size: state.size)
        let picker = state.picker
        let parts = layout.body.split(.vertical, [.fixed(1), .fill(1), .fixed(2)])
        let columns = Column.layout(width: layout.body.width, nameWidth: picker.nameWidth)
        var cursor: (x: Int, y: Int)?
        if picker.isEditing {
            cursor = PromptLine.render(picker.prompt, area: layout.title, into: &buffer, theme: theme)
        } else {
            buffer.put(title(state), x: layout.title.x, y: layout.title.y, width: layout.title.width,
                       style: theme[.title])
        }
        buffer.put(headings(columns, picker: picker), in: parts[0], y: parts[0].y, theme: theme)
        guard !picker.entries.isEmpty else {
            buffer.put("No council matches. Press 1 to show all, or / to change the filter.", x: parts[1].x,
                       y: parts[1].y, width: parts[1].width, style: theme[.dim])
            return cursor
        }
        let list = picker.list
        let rows = (min(list.offset, picker.entries.count)..<picker.entries.count).prefix(parts[1].height)
        picker.prepareLines(rows.map { picker.entries[$0] })
        for (offset, row) in rows.enumerated() {
            let y = parts[1].y + offset
            let selected = row == list.selected
            if selected { buffer.fillRow(y, of: parts[1], style: theme[.selected]) }
            var spans = self.spans(picker.line(picker.entries[row]), columns: columns, selected: selected)
            if selected { spans = spans.map { StyledText($0.text, .selected) } }
            buffer.put(spans, in: parts[1], y: y, theme: theme)
        }
        footer(picker.selected, area: parts[2], into: &buffer, theme: theme)
        return cursor ?? (parts[1].x, parts[1].y + list.selected - list.offset)
    }

    /// "Councils: 12 of 158, under direction as recorded, name "wak"; sorted by grade ▲; today 2 Dec 2026".
    private static func title(_ state: AppState) -> String {
        let picker = state.picker
        var shown = "Councils: \(picker.entries.count) of \(picker.count)"
        if picker.filter != .all { shown += ", \(picker.filter.title)" }
        if !picker.prompt.text.isEmpty { shown += ", name “\(picker.prompt.text)”" }
        let order = "sorted by \(picker.sort.title.lowercased()) \(picker.descending ? "▼" : "▲")"
        let asAt = picker.dataAsAt.map { " · data to \($0.compactText)" } ?? ""
        return "\(shown) · \(order) · today \(state.today.compactText)\(asAt)"
    }

    private static func headings(_ columns: [Column], picker: PickerState) -> [StyledText] {
        [StyledText("  ")] + columns.map { column in
            let heading = column.kind.heading(width: column.width)
            let marked = column.kind == picker.sort ? heading + (picker.descending ? " ▼" : " ▲") : heading
            return StyledText(column.cell(marked), column.kind == picker.sort ? .title : .label)
        }
    }

    /// One council's row, cell by cell.
    private static func spans(_ line: CouncilOverview, columns: [Column], selected: Bool) -> [StyledText] {
        [StyledText(selected ? "> " : "  ")] + columns.map { column in
            switch column.kind {
            case .name: return StyledText(column.cell(Sanitizer.sanitize(line.name) + (line.isFormer ? " (former)" : "")))
            case .grade:
                let inspected = line.latest.map { latest in
                    " " + (latest.inspected.knownOnlyByPublication ? "pub \(latest.inspected.start.year)"
                        : month(latest.inspected.start))
                } ?? ""
                return line.grade.map { StyledText(column.cell(DateText.padded($0.letter, to: 2) + inspected), $0.role) }
                    ?? StyledText(column.cell("–" + inspected), .dim)
            case .intervention:
                return StyledText(column.cell(line.intervention.text), line.intervention.isUnderDirection ? .directionBar : .text)
            case .since: return StyledText(column.cell(line.sinceText), .dim)
            case .next:
                let text = column.width >= Column.fullNextWidth ? line.nextText : line.nextYearsText
                return StyledText(column.cell(text), line.next?.progress == .overdue ? .notice : .text)
            case .region: return StyledText(column.cell(Sanitizer.sanitize(line.region ?? "")), .dim)
            }
        }
    }

    /// The selected council's next inspection in full: the estimate, and the rule it follows.
    private static func footer(_ line: CouncilOverview?, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard let line, area.height > 0 else { return }
        let text = line.next.map { "\(Sanitizer.sanitize(line.name)): \($0.sentence). Rule: \($0.rule)." }
            ?? "\(Sanitizer.sanitize(line.name)): no estimate; the ILACS rules apply only after an ILACS inspection on record."
        let rows = TextWrap.wrap(text, width: area.width)
        for (offset, row) in rows.prefix(area.height).enumerated() {
            let cut = offset == area.height - 1 && rows.count > area.height
            let shown = cut ? TextWidth.truncate(row.text + " …", to: area.width) : row.text
            buffer.put(shown, x: area.x, y: area.y + offset, width: area.width, style: theme[.dim])
        }
    }

    /// `Mar 2023`, or the year alone.
    private static func month(_ date: PartialDate) -> String {
        date.precision == .year ? "\(date.year)" : "\(CalendarDay.monthNames[(date.month ?? 1) - 1].prefix(3)) \(date.year)"
    }

    /// A column's place: its kind and width (a space follows every column but the last).
    struct Column {
        let kind: PickerColumn
        let width: Int
        /// Whether it is the row's last column (no space after it).
        var isLast = false

        /// Text cut and padded to the column, and the space after it.
        func cell(_ text: String) -> String {
            DateText.padded(TextWidth.truncate(text, to: width), to: isLast ? width : width + 1)
        }

        /// The next window's width with its months (`May 2024–May 2025?`); narrower, it gives
        /// the years alone (``CouncilOverview/nextYearsText``).
        static let fullNextWidth = 18

        /// The other columns, from the most to the fewest, narrowest last: the time since gives
        /// way first (the grade's date says it), then the next window's months, then the window,
        /// the intervention last; the region only where everything else fits.
        private static func choices(wide: Bool) -> [[(PickerColumn, Int)]] {
            let grade = (PickerColumn.grade, wide ? 19 : 11)
            let intervention = (PickerColumn.intervention, 21)
            let next = (PickerColumn.next, fullNextWidth)
            let years = (PickerColumn.next, 10)
            return [
                [grade, intervention, (.since, 7), next, (.region, 24)],
                [grade, intervention, (.since, 7), next],
                [grade, intervention, next],
                [grade, intervention, years],
                [grade, intervention],
                [grade],
            ]
        }

        /// The columns at a width, for names up to `nameWidth` columns: the most columns that
        /// leave every name whole (and the region 24 columns of name) while the intervention
        /// stays, else the most that leave the name 24 (cutting only the longest names), else the
        /// grade alone; the name takes what is left, at least 8.
        static func layout(width: Int, nameWidth: Int) -> [Column] {
            let choices = choices(wide: width >= 100)
            // The name and each column after it have a space before the next; the last none.
            func room(_ columns: [(PickerColumn, Int)]) -> Int { width - 2 - columns.reduce(0) { $0 + $1.1 + 1 } }
            func leaves(_ wanted: Int) -> ([(PickerColumn, Int)]) -> Bool {
                { columns in room(columns) >= (columns.contains { $0.0 == .region } ? max(wanted, 24) : wanted) }
            }
            let chosen = choices.dropLast().first(where: leaves(nameWidth))
                ?? choices.first(where: leaves(min(nameWidth, 24)))
                ?? choices[choices.count - 1]
            return [Column(kind: .name, width: max(8, room(chosen)), isLast: chosen.isEmpty)]
                + chosen.indices.map { Column(kind: chosen[$0].0, width: chosen[$0].1, isLast: $0 == chosen.count - 1) }
        }
    }
}
