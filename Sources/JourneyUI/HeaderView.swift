import JourneyModel

/// The home screen's header: the council, and where it stands, in words.
///
/// It speaks of today, or of the date cursor's day once the cursor has been moved:
/// the intervention status and the judgement in force then.
enum HeaderView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        for (offset, line) in lines(state, rows: area.height, width: area.width).prefix(area.height).enumerated() {
            buffer.put(line, in: area, y: area.y + offset, theme: theme)
        }
    }

    /// The header's lines for the rows it has: 2 (compact), 3 (full) or 4 (roomy).
    ///
    /// A status sentence too long for the width is split at its "; ": with 4 rows the rest goes
    /// on a line of its own (in place of the guidance line); with 3 the rest is left out, since
    /// the journey strip draws the same period.
    static func lines(_ state: AppState, rows: Int, width: Int) -> [[StyledText]] {
        let council = state.council
        var name = [StyledText(council.name, .title)]
        if let region = council.region { name.append(StyledText(" · " + region, .dim)) }
        let day = state.isDateCursorMoved ? state.dateCursor : state.today
        let label = state.isDateCursorMoved ? "On \(day.text)" : "Today, \(day.text)"
        let intervention = council.interventionStatus(on: day).sentence
        let judgement = judgementText(council, on: day)
        guard rows > 2 else {
            return [name, [StyledText(label + ": ", .label)] + judgement.short + [StyledText(" · " + intervention)]]
        }
        let parts = intervention.components(separatedBy: "; ")
        let fits = TextWidth.of(label + ": " + intervention) <= width || parts.count < 2
        let first = fits ? intervention : parts[0]
        var lines = [name, [StyledText(label + ": ", .label), StyledText(first)]]
        if !fits && rows > 3 {
            let rest = parts.dropFirst().joined(separator: "; ")
            lines.append([StyledText(String(repeating: " ", count: TextWidth.of(label + ": ")) + rest)])
        }
        lines.append([StyledText("Latest judgement: ", .label)] + judgement.long)
        if rows > 3 && fits {
            lines.append(state.isDateCursorMoved
                ? [StyledText("Press t to return the date cursor to today.", .dim)]
                : [StyledText("See any date: ←/→ move the date cursor by month, [/] by year, d types a date.", .dim)])
        }
        return lines
    }

    /// "Requires improvement to be good (RI), 13–24 March 2023", and a short form "RI".
    private static func judgementText(_ council: Council, on day: CalendarDay)
        -> (long: [StyledText], short: [StyledText]) {
        let status = council.judgementStatus(on: day)
        guard let latest = status.latest else {
            let none = StyledText("no graded inspection yet", .dim)
            return ([none], [none])
        }
        let event = council.event(latest.eventID)
        let when = event.map { DateText.range($0.start, $0.end) } ?? latest.date.text
        let grade = latest.overallGrade
        let gradeText = grade.map { StyledText("\($0.rawValue) (\($0.letter))", $0.role) }
            ?? StyledText("no overall grade", .dim)
        var long = [gradeText, StyledText(", \(when)")]
        if let uncertainty = status.uncertainty { long.append(StyledText("; not known: \(uncertainty)", .dim)) }
        let short = grade.map { StyledText($0.letter, $0.role) } ?? StyledText("–", .dim)
        return (long, [short])
    }
}
