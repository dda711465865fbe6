import Foundation
import JourneyModel

/// The detail pane: everything about the selected event or letter, or the people in post on
/// the date cursor's day; scrollable.
enum DetailView {
    /// Draws the pane: a title row, then the lines from `scroll`.
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let focused = state.focus == .detail
        let lines = self.lines(state, width: area.width)
        let position = lines.isEmpty ? "" : " \(min(lines.count, state.detailScroll + 1))/\(lines.count)"
        let name = state.detailMode == .people ? "People on \(state.dateCursor.text)" : "Detail"
        PaneTitle.render("\(name)\(position)", focused: focused, area: area, into: &buffer, theme: theme)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        for (offset, line) in lines.dropFirst(state.detailScroll).prefix(body.height).enumerated() {
            buffer.put(line, in: body, y: body.y + offset, theme: theme)
        }
    }

    /// The pane's lines for the state at a width: worked out again only when the selection (or,
    /// for people, the day), the mode, the width or the advisor's review change. The lines of
    /// rows selected before (or laid out ahead, ``layOutAhead(_:width:)``) are kept while the
    /// rest stays the same.
    static func lines(_ state: AppState, width: Int) -> [[StyledText]] {
        let people = state.detailMode == .people
        let key = DetailKey(mode: state.detailMode, day: people ? state.dateCursor.ordinal : nil,
                            filter: state.filter, width: width, review: state.review)
        return state.views.value(.detail, for: key, item: people ? -1 : state.timeline.selected) {
            uncachedLines(state, width: width)
        }
    }

    /// Lays out the lines of the rows next to the selection, so that moving to one finds them
    /// made: the run loop calls this after a frame is drawn, while it waits for the next key.
    static func layOutAhead(_ state: AppState, width: Int) {
        guard state.detailMode == .selection else { return }
        for row in [state.timeline.selected + 1, state.timeline.selected - 1] where state.rows.indices.contains(row) {
            var neighbour = state
            neighbour.timeline.selected = row
            _ = lines(neighbour, width: width)
        }
    }

    /// Everything the pane's lines depend on besides the council and the selected row.
    private struct DetailKey: Hashable, Sendable {
        var mode: DetailMode
        var day: Int?
        var filter: TimelineFilter
        var width: Int
        var review: ReviewSnapshot
    }

    private static func uncachedLines(_ state: AppState, width: Int) -> [[StyledText]] {
        switch state.detailMode {
        case .people:
            // The council as a whole: who is in post, and your notes on the council.
            return PeopleLines.lines(state.council.postHolders(on: state.dateCursor), width: width)
                + councilNoteLines(state.review, width: width)
        case .selection:
            // The advisor's own review comes first, under the title, where it is seen at once.
            let review = state.selectedRow.map { reviewLines($0, state.review, width: width) } ?? []
            let lines = lines(for: state.selectedRow, in: state.council, width: width)
            return review.isEmpty ? lines : Array(lines.prefix(1)) + review + [[]] + lines.dropFirst()
        }
    }

    /// The advisor's notes on the council as a whole (`A`), under the people in post.
    static func councilNoteLines(_ review: ReviewSnapshot, width: Int) -> [[StyledText]] {
        let notes = review.notes(on: .council)
        guard !notes.isEmpty else { return [] }
        return [[], [StyledText("Your notes on the council", .label)]] + notes.flatMap { note in
            [[StyledText("  + note \(note.id) · \(Sanitizer.sanitize(note.author)) · "
                         + DateText.shortDayAndTime(note.updated), .dim)]]
                + wrapped(note.text, width: width, indent: "    ")
        }
    }

    /// The row's mark and the advisor's notes on it (its report's too), oldest first.
    static func reviewLines(_ row: TimelineRow, _ review: ReviewSnapshot, width: Int) -> [[StyledText]] {
        let notes = review.notes.filter { row.holds($0.target) }
        let mark = review.marks[row.reviewTarget]
        guard !notes.isEmpty || mark != nil else { return [] }
        var lines: [[StyledText]] = [[StyledText("Your review", .label)]
            + (mark.map { [StyledText("  \($0.sign) \($0.rawValue)", $0 == .flagged ? .notice : .text)] } ?? [])]
        for note in notes {
            let page = if case .report(_, let page) = note.target { " · report" + (page.map { " p. \($0)" } ?? "") } else { "" }
            lines.append([StyledText("  + note \(note.id) · \(Sanitizer.sanitize(note.author)) · \(DateText.shortDayAndTime(note.updated))\(page)", .dim)])
            lines += wrapped(note.text, width: width, indent: "    ")
        }
        return lines
    }

    /// The lines for a row at a width; long text is wrapped to the width.
    static func lines(for row: TimelineRow?, in council: Council, width: Int) -> [[StyledText]] {
        switch row {
        case .event(let event)?: return eventLines(event, in: council, width: width)
        case .letter(let letter)?: return letterLines(letter, in: council, width: width)
        case nil: return [[StyledText("Nothing selected.", .dim)]]
        }
    }

    private static func eventLines(_ event: Event, in council: Council, width: Int) -> [[StyledText]] {
        var lines = eventFacts(event, in: council, width: width)
        for report in council.reports(for: event.id) { lines += reportLines(report, width: width).lines }
        let letters = council.letters(for: event.id)
        if !letters.isEmpty {
            lines.append([StyledText("Letters", .label), StyledText("  (Enter opens the event, then its letters)", .dim)])
            lines += letters.map { [StyledText("  \($0.date.text): \($0.subject)")] }
        }
        let citations = council.citations(of: event.id)
        if !citations.isEmpty {
            lines.append([StyledText("Quoted in letters", .label)])
            lines += citations.flatMap { wrapped("“\($0.text)”", width: width, indent: "  ") }
        }
        return lines + sourceLines(event.sources, width: width)
    }

    /// What the detail pane and the event screen both show first: title, grades, which date is
    /// which, the kind's own facts, the event's id (as `journey show` takes it), summary, people.
    static func eventFacts(_ event: Event, in council: Council, width: Int) -> [[StyledText]] {
        var lines: [[StyledText]] = [[StyledText(event.title, .title)]]
        lines += JudgementTable.lines(event, width: width)
        lines += dateLines(event)
        lines += kindLines(event, in: council, width: width)
        lines.append([StyledText("Id: ", .label), StyledText(event.id, .dim)])
        if !event.summary.isEmpty {
            lines.append([])
            lines += wrapped(event.summary, width: width)
        }
        if let note = event.note {
            lines.append([StyledText("Note", .label)])
            lines += wrapped(note, width: width, indent: "  ")
        }
        if !event.people.isEmpty {
            lines.append([StyledText("People", .label)])
            lines += event.people.map { [StyledText("  \($0.name), \($0.role)")] }
        }
        return lines
    }

    /// Which date is which: "Inspected:", "Visited:" or "When:", then "Published:". An imported
    /// event dated only by its publication says that the release gives no other date.
    private static func dateLines(_ event: Event) -> [[StyledText]] {
        if event.isDatedByBound { return [field("When", "by \(event.start.text) (the exact date is not known)")] }
        guard !event.isDatedOnlyByPublication else {
            return [field("Published", event.published?.text ?? event.start.text),
                    [StyledText("The release gives no dates for the inspection itself.", .dim)]]
        }
        let label = switch event.kind {
        case .inspection: "Inspected"
        case .focusedVisit, .monitoringVisit: "Visited"
        default: "When"
        }
        var lines = [field(label, DateText.range(event.start, event.end))]
        if let published = event.published { lines.append(field("Published", published.text)) }
        return lines
    }

    private static func kindLines(_ event: Event, in council: Council, width: Int) -> [[StyledText]] {
        switch event.detail {
        case .inspection(let inspection):
            let type = inspection.type.map { " \($0.rawValue)" } ?? ""
            return [field("Framework", inspection.framework.rawValue + type)]
        case .visit(let theme):
            return [field("Theme", theme ?? "not recorded"),
                    [StyledText("No grades: visits are reported by letter.", .dim)]]
        case .intervention(let step):
            return interventionLines(event, step, in: council, width: width)
        case .oversight(let action):
            return [field("Action", action.rawValue)]
        case .none:
            return []
        }
    }

    /// A direction's or notice's step: what it did, what it acts on, and where it came from.
    private static func interventionLines(_ event: Event, _ step: Intervention, in council: Council,
                                          width: Int) -> [[StyledText]] {
        var lines = [field("Action", step.action.rawValue + (step.dateIsUpperBound ? " (by this date; the exact date is not known)" : ""))]
        if let target = step.target {
            let label = switch step.action {
            case .revoked: "Revokes"
            case .lifted: "Lifts"
            default: "Replaces"
            }
            lines.append(field(label, title(of: target, in: council)))
        }
        if let notice = step.replaces { lines.append(field("Replaces notice", title(of: notice, in: council))) }
        if let replacing = council.events.first(where: { $0.intervention?.replaces == event.id }) {
            lines.append(field("Replaced by", "\(replacing.title), \(replacing.start.text)"))
        }
        if event.kind == .sendDirection || event.kind == .sendImprovementNotice {
            lines += wrapped("About special educational needs and disabilities: not counted as a children's "
                             + "social care intervention.", width: width).map { $0.map { StyledText($0.text, .dim) } }
        }
        if case .register = event.origin {
            lines.append([StyledText("From the DfE interventions register.", .dim)])
        }
        return lines + (step.legalBasis.map { wrapped("Legal basis: " + $0, width: width) } ?? [])
    }

    /// `Statutory direction issued, 22 August 2018`, or the id when no event has it.
    private static func title(of id: String, in council: Council) -> String {
        council.event(id).map { "\($0.title), \($0.start.text)" } ?? id
    }

    private static func letterLines(_ letter: Letter, in council: Council, width: Int) -> [[StyledText]] {
        var lines: [[StyledText]] = [[StyledText(letter.subject, .title)]]
        lines.append(field("Date", letter.date.text))
        lines.append(field("From", letter.from ?? "not recorded"))
        lines.append(field("To", letter.to ?? "not recorded"))
        lines.append([StyledText("Id: ", .label), StyledText(letter.id, .dim)])
        lines.append([StyledText("Enter opens the letter.", .dim)])
        let events = council.events(for: letter.id)
        if !events.isEmpty {
            lines.append([StyledText("Concerns", .label)])
            lines += events.map { [StyledText("  \($0.start.text): \($0.title)")] }
        }
        return lines + sourceLines(letter.sources, width: width)
    }

    /// An event's report: its name and pages, the lead inspector, and what needs to improve,
    /// with where each line that leads into the report goes (an offset into the lines).
    static func reportLines(_ report: Report, width: Int) -> (lines: [[StyledText]], targets: [(Int, ReportTarget)]) {
        var lines: [[StyledText]] = [[StyledText("Report: ", .label),
                                      StyledText("\(report.label), \(report.pageCount) pages", .text)]]
        var targets: [(Int, ReportTarget)] = [(0, .top)]
        if let lead = report.leadInspector { lines += wrapped("Lead inspector: " + lead, width: width) }
        guard !report.improvements.isEmpty else { return (lines, targets) }
        let heading = trimmingPunctuation(report.improvementsHeading ?? "What needs to improve")
        lines.append([StyledText("\(heading) (\(report.improvements.count))", .label)])
        for item in report.improvements {
            targets.append((lines.count, .phrase(String(item.prefix(60)))))
            for (index, row) in wrapped(item, width: width, indent: "  ").enumerated() {
                var row = row
                if index == 0, let first = row.first { row[0] = StyledText("•" + String(first.text.dropFirst()), first.role) }
                lines.append(row)
            }
        }
        return (lines, targets)
    }

    /// The heading without the `?` and `:` it may start or end with (by hand: a CharacterSet's
    /// first use costs Foundation's string bridging, before the first frame).
    private static func trimmingPunctuation(_ heading: String) -> String {
        var slice = Substring(heading)
        while let first = slice.first, first == "?" || first == ":" { slice.removeFirst() }
        while let last = slice.last, last == "?" || last == ":" { slice.removeLast() }
        return String(slice)
    }

    static func sourceLines(_ sources: [Source], width: Int) -> [[StyledText]] {
        guard !sources.isEmpty else { return [] }
        return [[StyledText("Sources", .label)]] + sources.flatMap { wrapped($0.text, width: width, indent: "  ") }
    }

    /// `Label: value` on one line.
    static func field(_ label: String, _ value: String) -> [StyledText] {
        [StyledText(label + ": ", .label), StyledText(value)]
    }

    /// Untrusted text sanitised and wrapped to the width, each row indented.
    static func wrapped(_ text: String, width: Int, indent: String = "", role: StyleRole = .text) -> [[StyledText]] {
        TextWrap.wrap(lines: Sanitizer.lines(text), width: width - indent.count).map { [StyledText(indent + $0.text, role)] }
    }
}
