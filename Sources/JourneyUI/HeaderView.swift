import JourneyModel

/// The home screen's header: the council and the day (today, or the date cursor's day once it
/// has been moved) with how far the data reaches, then where the council stands on that day in
/// words: intervention, latest judgement with its dates labelled, and what comes next (the
/// likely next inspection, or an inspection awaiting its report).
///
/// Every line is written to fit: each has a long and a shorter wording, and the first that fits
/// the width is used; the status sentence alone is never shortened (losing its words would change
/// what it says) but wrapped onto the rows it needs, which the layout makes room for.
enum HeaderView {
    /// Draws the header, made again only when the day, the area or the theme change: a key that
    /// moves the selection copies the cells drawn before.
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        let key = HeaderKey(day: state.dateCursor.ordinal, today: state.today.ordinal, area: area, theme: theme,
                            width: buffer.width, height: buffer.height)
        let drawn = state.views.value(.header, for: key) {
            var header = Buffer(width: buffer.width, height: buffer.height)
            let mode = HomeLayout.mode(for: state.size)
            var lines = self.lines(state, mode: mode, width: area.width)
            if mode != .compact, lines.count < area.height { lines.append(hint(state)) }
            if lines.count > area.height, area.height > 0 { lines = cut(lines, to: area.height) }
            for (offset, line) in lines.prefix(area.height).enumerated() {
                header.put(line, in: area, y: area.y + offset, theme: theme)
            }
            return header
        }
        buffer.copy(area, from: drawn)
    }

    private struct HeaderKey: Hashable, Sendable {
        var day: Int
        var today: Int
        var area: Rect
        var theme: Theme
        var width: Int
        var height: Int
    }

    /// The rows the header's lines need at the state's size (``HomeLayout``'s `headerRows`).
    static func rows(_ state: AppState) -> Int {
        lines(state, mode: HomeLayout.mode(for: state.size), width: state.size.width).count
    }

    /// The header's lines in a mode at a width, without the hint a taller header adds when it
    /// has a row to spare: made once per day and width (the layout asks for them on every key).
    static func lines(_ state: AppState, mode: HomeLayout.Mode, width: Int) -> [[StyledText]] {
        let key = LinesKey(day: state.dateCursor.ordinal, today: state.today.ordinal, compact: mode == .compact,
                           width: width)
        return state.views.value(.headerLines, for: key) { makeLines(state, compact: key.compact, width: width) }
    }

    private struct LinesKey: Hashable, Sendable {
        var day: Int
        var today: Int
        var compact: Bool
        var width: Int
    }

    /// Compact: the name line, then the day, the grade and the status sentence. Otherwise: the
    /// name and day line, the status sentence, the judgement and what comes next.
    private static func makeLines(_ state: AppState, compact: Bool, width: Int) -> [[StyledText]] {
        let day = state.dateCursor
        let council = state.council
        let status = council.judgementStatus(on: day)
        let intervention = council.interventionStatus(on: day).sentence
        guard !compact else {
            var label = (state.isDateCursorMoved ? "On " : "Today, ") + day.text
            if case .pastTheData = council.coverage.standing(of: day) {
                label = (state.isDateCursorMoved ? "On " : "Today, ") + day.compactText + " (past data)"
            }
            let grade = status.latest?.overallGrade
            let lead = [StyledText(label + ": ", .label), grade.map { StyledText($0.letter, $0.role) } ?? StyledText("–", .dim),
                        StyledText(" · ")]
            return [nameLine(council, right: [], width: width)] + sentenceLines(intervention, after: lead, width: width)
        }
        var lines = [nameLine(council, right: rightOfName(state, width: width), width: width)]
        lines += interventionLines(intervention, width: width).map { [StyledText($0)] }
        lines.append(fitting(judgementLines(status, council: council), width: width))
        lines.append(fitting(nextLines(council, status: status, day: day), width: width))
        return lines
    }

    /// The lines cut to `rows` (at the smallest sizes, where the panes cannot spare the header a
    /// row): the last row shown runs on into the next line's words, and is cut with "…" where
    /// the width ends, so that it is plain that the sentence goes on.
    private static func cut(_ lines: [[StyledText]], to rows: Int) -> [[StyledText]] {
        var shown = Array(lines.prefix(rows))
        let next = lines[rows].map(\.text).joined().drop { $0 == " " }
        let endsInSpace = shown[rows - 1].last?.text.hasSuffix(" ") ?? true
        shown[rows - 1].append(StyledText((endsInSpace ? "" : " ") + next + " …"))
        return shown
    }

    /// The line under a roomy header's others: how to see another day, or how to come back.
    private static func hint(_ state: AppState) -> [StyledText] {
        [StyledText(state.isDateCursorMoved ? "t returns the date cursor to today."
            : "See any date: ←/→ month, [/] year, d types one; p people then; s keeps the cursor in step.", .dim)]
    }

    /// The status sentence after `lead` on one line when it fits; otherwise wrapped, starting
    /// beside the lead when a useful part of it fits there, the rows after indented.
    static func sentenceLines(_ sentence: String, after lead: [StyledText], width: Int) -> [[StyledText]] {
        let leadWidth = lead.reduce(0) { $0 + TextWidth.of($1.text) }
        let room = width - leadWidth
        guard room < TextWidth.of(sentence) else { return [lead + [StyledText(sentence)]] }
        guard room >= minimumRoom else { return [lead] + wrapped(sentence, first: width, width: width).map { [StyledText($0)] } }
        let rows = wrapped(sentence, first: room, width: width)
        return [lead + [StyledText(rows[0])]] + rows.dropFirst().map { [StyledText($0)] }
    }

    /// Columns the sentence must have beside a lead to start there.
    static let minimumRoom = 10

    /// Where the council stands, whole: on one line when it fits, else broken after its first
    /// clause when both parts then fit, else between words; the rows after the first indented.
    static func interventionLines(_ sentence: String, width: Int) -> [String] {
        guard TextWidth.of(sentence) > width else { return [sentence] }
        if let split = splitAtFirstClause(sentence), TextWidth.of(split.first) + 1 <= width,
           TextWidth.of(split.rest) + 2 <= width {
            return [split.first + ";", "  " + split.rest]
        }
        return wrapped(sentence, first: width, width: width)
    }

    /// Text wrapped between words: its first row at most `first` columns, the others indented by
    /// two and at most `width` in all.
    static func wrapped(_ text: String, first: Int, width: Int) -> [String] {
        let rows = TextWrap.wrap(text, width: max(1, first))
        guard rows.count > 1 else { return [rows.first?.text ?? text] }
        let rest = String(text.dropFirst(rows[1].sourceOffset))
        return [rows[0].text] + TextWrap.wrap(rest, width: max(1, width - 2)).map { "  " + $0.text }
    }

    /// The sentence before its first `; ` and the rest after it; nil when it has none (found in
    /// its UTF-8: Foundation's `components(separatedBy:)` costs more than the header).
    static func splitAtFirstClause(_ sentence: String) -> (first: String, rest: String)? {
        let bytes = Array(sentence.utf8)
        guard let index = bytes.indices.dropLast().first(where: { bytes[$0] == 0x3B && bytes[$0 + 1] == 0x20 }) else {
            return nil
        }
        return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[(index + 2)...], as: UTF8.self))
    }

    /// The council's name and region on the left, `right` at the right edge; the region gives
    /// way first, then the name is cut.
    private static func nameLine(_ council: Council, right: [StyledText], width: Int) -> [StyledText] {
        let rightWidth = right.reduce(0) { $0 + TextWidth.of($1.text) }
        let room = max(0, width - rightWidth - (rightWidth > 0 ? 2 : 0))
        let name = TextWidth.truncate(Sanitizer.sanitize(council.name), to: room)
        var left = [StyledText(name, .title)]
        let regionRoom = room - TextWidth.of(name) - 3
        if let region = council.region, regionRoom >= min(16, TextWidth.of(Sanitizer.sanitize(region))) {
            left.append(StyledText(" · " + TextWidth.truncate(Sanitizer.sanitize(region), to: regionRoom), .dim))
        }
        let used = left.reduce(0) { $0 + TextWidth.of($1.text) }
        return left + [StyledText(String(repeating: " ", count: max(0, width - used - rightWidth)))] + right
    }

    /// The day line beside the name: a wording that leaves the region room when one does, else
    /// one that leaves the name whole, else the shortest.
    private static func rightOfName(_ state: AppState, width: Int) -> [StyledText] {
        let name = TextWidth.of(Sanitizer.sanitize(state.council.name))
        let region = state.council.region.map { TextWidth.of(Sanitizer.sanitize($0)) + 3 } ?? 0
        for budget in [width - name - region - 2, width - name - 2, width / 2] {
            let line = dayLine(state, width: budget)
            if line.reduce(0, { $0 + TextWidth.of($1.text) }) <= budget { return line }
        }
        return dayLine(state, width: width / 2)
    }

    /// "Today, 30 November 2025 · data to 12 Nov 2025", "On 1 June 2021 · past the data (to …)",
    /// in the longest wording that fits the width given.
    private static func dayLine(_ state: AppState, width: Int) -> [StyledText] {
        let day = state.dateCursor
        let lead = state.isDateCursorMoved ? "On " : "Today, "
        var notes: [(long: String, medium: String, short: String, role: StyleRole)] = []
        if day > state.today { notes.append(("in the future", "in the future", "future", .notice)) }
        switch state.council.coverage.standing(of: day) {
        case .pastTheData(let asAt):
            notes.append(("past the data (to \(asAt.text))", "past the data (to \(asAt.compactText))",
                          "past data (\(asAt.compactText))", .notice))
        case .covered:
            if let asAt = state.council.coverage.asAt {
                notes.append(("data to \(asAt.text)", "data to \(asAt.compactText)", "data to \(asAt.compactText)", .dim))
            }
        }
        let compactDay = PartialDate(day).compactText
        let candidates: [[StyledText]] = [
            [StyledText(lead + day.text, .label)] + notes.map { StyledText(" · " + $0.long, $0.role) },
            [StyledText(lead + compactDay, .label)] + notes.map { StyledText(" · " + $0.medium, $0.role) },
            [StyledText(lead + compactDay, .label)] + notes.map { StyledText(" · " + $0.short, $0.role) },
            [StyledText(compactDay, .label)] + notes.map { StyledText(" · " + $0.short, $0.role) },
        ]
        return fitting(candidates, width: width)
    }

    /// The judgement in force, from the fullest wording to the shortest.
    private static func judgementLines(_ status: JudgementStatus, council: Council) -> [[StyledText]] {
        guard let latest = status.latest else {
            let none = [StyledText("Latest judgement: ", .label), StyledText("no graded inspection yet", .dim)]
            return [none + uncertainty(status)]
        }
        let grade = latest.overallGrade
        let long = grade.map { StyledText("\($0.rawValue) (\($0.letter))", $0.role) } ?? StyledText("no overall grade", .dim)
        let short = grade.map { StyledText($0.letter, $0.role) } ?? StyledText("–", .dim)
        let dates = latest.inspected
        let framework = latest.framework == .ilacs ? "" : " (\(latest.framework.rawValue))"
        return [
            [StyledText("Latest judgement: ", .label), long, StyledText("\(framework), \(dates.labelled())")] + uncertainty(status),
            [StyledText("Latest judgement: ", .label), long, StyledText("\(framework), \(dates.labelled(short: true))")]
                + uncertainty(status),
            [StyledText("Latest judgement: ", .label), long, StyledText("\(framework), "
                + InspectionDates(start: dates.start, end: dates.end, knownOnlyByPublication: dates.knownOnlyByPublication)
                    .labelled(short: true))],
            [StyledText("Latest judgement: ", .label), short, StyledText("\(framework), \(dates.labelled(short: true))")],
            [StyledText("Latest judgement: ", .label), short, StyledText("\(framework), "
                + InspectionDates(start: dates.start, end: dates.end, knownOnlyByPublication: dates.knownOnlyByPublication)
                    .labelled(short: true))],
            [StyledText("Judgement: ", .label), short, StyledText("\(framework), \(dates.labelled(short: true))")],
        ]
    }

    private static func uncertainty(_ status: JudgementStatus) -> [StyledText] {
        status.uncertainty.map { [StyledText("; not known: \($0)", .dim)] } ?? []
    }

    /// What comes next: an inspection awaiting its report, else the likely next inspection
    /// (always marked as an estimate), else nothing the rules can say.
    private static func nextLines(_ council: Council, status: JudgementStatus, day: CalendarDay) -> [[StyledText]] {
        if let awaiting = status.awaiting {
            let span = PartialDate.spanText(awaiting.inspected.start, awaiting.inspected.end)
            let shortSpan = PartialDate.spanText(awaiting.inspected.start, awaiting.inspected.end, short: true)
            let wordings: [String] = awaiting.underWay
                ? ["\(awaiting.title) under way (\(span))", "\(awaiting.title) under way (\(shortSpan))",
                   "inspection under way (\(shortSpan))"]
                : ["\(awaiting.title), inspected \(span); report not yet published",
                   "\(awaiting.title), inspected \(shortSpan); report not yet published",
                   "inspected \(shortSpan); report not yet published"]
            return wordings.map { [StyledText("Then: ", .label), StyledText($0)] }
        }
        guard let next = council.nextInspection(on: day, judgements: status) else {
            return [[StyledText("Next inspection: ", .label),
                     StyledText("no estimate (ILACS rules apply after an ILACS inspection)", .dim)],
                    [StyledText("Next inspection: ", .label), StyledText("no estimate", .dim)]]
        }
        let role: StyleRole = next.progress == .overdue ? .notice : .text
        let label = next.expected.label
        let window = next.window.map { "\($0.lowerBound.shortMonthText) – \($0.upperBound.shortMonthText)" }
        let main = switch (next.progress, window) {
        case (.overdue, let window?): "\(label) overdue: window \(window) passed, none on record"
        case (_, let window?): "\(label) expected \(window)"
        case (_, nil): "\(label), no date set"
        }
        let short = switch (next.progress, window) {
        case (.overdue, let window?): "\(label) overdue (\(window))"
        case (_, let window?): "\(label) \(window)"
        case (_, nil): label
        }
        let caveat = next.progress == .notKnown || (next.limitedByData && next.progress != .overdue)
            ? next.asOf.compactText : nil
        let long = caveat.map { "; estimate from the data to \($0), which cannot say if it was held" } ?? " (estimate)"
        let brief = caveat.map { " (est.; data to \($0))" } ?? " (est.)"
        return [
            [StyledText("Next inspection: ", .label), StyledText(main, role), StyledText(long, .dim)],
            [StyledText("Next: ", .label), StyledText(main, role), StyledText(brief, .dim)],
            [StyledText("Next: ", .label), StyledText(short, role), StyledText(brief, .dim)],
            [StyledText("Next: ", .label), StyledText(short, role), StyledText(" (est.)", .dim)],
        ]
    }

    /// The first candidate that fits the width (the last, to be cut, when none does).
    static func fitting(_ candidates: [[StyledText]], width: Int) -> [StyledText] {
        candidates.first { $0.reduce(0) { $0 + TextWidth.of($1.text) } <= width } ?? candidates.last ?? []
    }
}
