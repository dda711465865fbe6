import Foundation
import JourneyModel

/// What each inspection asked to improve, side by side: a column per report (two from 80
/// columns, one below), each headed by the inspection and its overall grade, the items numbered
/// and wrapped with a hanging indent; the columns scroll together.
enum ImprovementsView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let layout = PageLayout(size: state.size)
        buffer.put([StyledText("What needs to improve: ", .label), StyledText(Sanitizer.sanitize(state.council.name), .title)],
                   in: layout.title, y: layout.title.y, theme: theme)
        for (offset, row) in rows(state).dropFirst(state.improvementsScroll).prefix(layout.body.height).enumerated() {
            buffer.put(row, in: layout.body, y: layout.body.y + offset, theme: theme)
        }
        return (layout.body.x, layout.body.y)
    }

    /// The screen's rows: the columns laid side by side, separated by a rule.
    static func rows(_ state: AppState) -> [[StyledText]] {
        let reports = state.shownImprovementReports
        guard !reports.isEmpty else { return [[StyledText("No report lists what needs to improve.", .dim)]] }
        let gap = 3
        let width = max(10, (state.size.width - gap * (reports.count - 1)) / reports.count)
        let parts = reports.map { column($0, in: state.council, width: width) }
        let titleHeight = parts.map(\.title.count).max() ?? 0
        let columns = parts.map { $0.title + Array(repeating: [], count: titleHeight - $0.title.count) + $0.header + $0.items }
        let height = columns.map(\.count).max() ?? 0
        return (0..<height).map { index in
            var row: [StyledText] = []
            for (number, column) in columns.enumerated() {
                if number > 0 { row.append(StyledText(" │ ", .dim)) }
                let cells = index < column.count ? column[index] : []
                let used = cells.reduce(0) { $0 + TextWidth.of($1.text) }
                row += cells
                if number < columns.count - 1 { row.append(StyledText(String(repeating: " ", count: max(0, width - used)))) }
            }
            return row
        }
    }

    /// One report's column: its title (padded by the caller so that what follows starts level),
    /// the overall grade and the list's heading, then the numbered items.
    private static func column(_ report: Report, in council: Council, width: Int)
        -> (title: [[StyledText]], header: [[StyledText]], items: [[StyledText]]) {
        let event = council.event(report.eventID)
        let when = event.map { DateText.range($0.start, $0.end) } ?? report.start?.text ?? ""
        let title = TextWrap.wrap(Sanitizer.sanitize("\(report.label), \(when)"), width: width)
            .map { [StyledText($0.text, .title)] }
        var rows: [[StyledText]] = []
        if let grade = event?.overallGrade ?? report.judgements.first(where: { $0.area == .overallEffectiveness })?.grade {
            rows.append([StyledText("Overall: "), StyledText("\(grade.letter) \(grade.rawValue)", grade.role)])
        }
        let heading = (report.improvementsHeading ?? "What needs to improve").trimmingCharacters(in: ["?", ":"])
        rows.append([StyledText(Sanitizer.sanitize("\(heading) (\(report.improvements.count))"), .label)])
        let header = rows
        rows = []
        for (index, item) in report.improvements.enumerated() {
            let number = "\(index + 1). "
            let hanging = number.count
            let wrapped = TextWrap.wrap(Sanitizer.sanitize(item), width: max(1, width - hanging))
            for (line, piece) in wrapped.enumerated() {
                rows.append([StyledText(line == 0 ? number : String(repeating: " ", count: hanging), .dim),
                             StyledText(piece.text)])
            }
        }
        return (title, header, rows)
    }
}
