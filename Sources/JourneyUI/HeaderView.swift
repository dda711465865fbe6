import JourneyModel

/// The home screen's header: the council and the day (today, or the date cursor's day once it
/// has been moved) with how far the data reaches, then where the council stands on that day in
/// words: intervention, latest judgement with its dates labelled, and what comes next (the
/// likely next inspection, or an inspection awaiting its report).
///
/// Every line is written to fit: each has a long and a shorter wording, and the first that fits
/// the width is used.
enum HeaderView {
    /// Draws the header, made again only when the day, the area or the theme change: a key that
    /// moves the selection copies the cells drawn before.
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        let key = HeaderKey(day: state.dateCursor.ordinal, today: state.today.ordinal, area: area, theme: theme,
                            width: buffer.width, height: buffer.height)
        let drawn = state.views.value(.header, for: key) {
            var header = Buffer(width: buffer.width, height: buffer.height)
            for (offset, line) in lines(state, rows: area.height, width: area.width).prefix(area.height).enumerated() {
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

    /// The header's lines for the rows it has: 2 (compact), 4 (full) or 5 (roomy).
    private static func lines(_ state: AppState, rows: Int, width: Int) -> [[StyledText]] {
        let day = state.dateCursor
        let council = state.council
        let status = council.judgementStatus(on: day)
        let intervention = council.interventionStatus(on: day).sentence
        guard rows > 2 else {
            var label = (state.isDateCursorMoved ? "On " : "Today, ") + day.text
            if case .pastTheData = council.coverage.standing(of: day) {
                label = (state.isDateCursorMoved ? "On " : "Today, ") + day.compactText + " (past data)"
            }
            label += ": "
            let grade = status.latest?.overallGrade
            return [nameLine(council, right: [], width: width),
                    [StyledText(label, .label), grade.map { StyledText($0.letter, $0.role) } ?? StyledText("–", .dim),
                     StyledText(" · " + intervention)]]
        }
        let (first, rest) = interventionLines(intervention, width: width, twoLines: rows > 4)
        var lines = [nameLine(council, right: rightOfName(state, width: width), width: width), [StyledText(first)]]
        if let rest { lines.append([StyledText("  " + rest)]) }
        lines.append(fitting(judgementLines(status, council: council), width: width))
        lines.append(fitting(nextLines(council, status: status, day: day), width: width))
        if rows > lines.count {
            lines.append([StyledText(state.isDateCursorMoved ? "t returns the date cursor to today."
                : "See any date: ←/→ month, [/] year, d types one; p people then; s keeps the cursor in step.", .dim)])
        }
        return lines
    }

    /// Where the council stands, on one line, or on two when it is too wide and two may be
    /// used: broken after its first clause when that fits, else between words (the line below
    /// then gives way to it, rather than the sentence losing its dates). On one line, a first
    /// clause that fits is shown alone, whole.
    static func interventionLines(_ sentence: String, width: Int, twoLines: Bool) -> (first: String, rest: String?) {
        guard TextWidth.of(sentence) > width else { return (sentence, nil) }
        if let split = splitAtFirstClause(sentence), TextWidth.of(split.first) <= width {
            return twoLines ? split : (split.first, nil)
        }
        guard twoLines else { return (sentence, nil) }
        let rows = TextWrap.wrap(sentence, width: width)
        guard rows.count > 1 else { return (sentence, nil) }
        return (rows[0].text, String(sentence.dropFirst(rows[1].sourceOffset)))
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
