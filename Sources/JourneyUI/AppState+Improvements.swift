import JourneyModel

extension AppState {
    /// The council's reports that list what needs to improve, in their events' order.
    var improvementReports: [Report] {
        let order = Dictionary(council.timeline().enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        return council.reports.filter { !$0.improvements.isEmpty }
            .sorted { (order[$0.eventID] ?? Int.max) < (order[$1.eventID] ?? Int.max) }
    }

    /// How many reports fit side by side: two from 80 columns, else one.
    var improvementColumns: Int { size.width >= 80 ? 2 : 1 }

    /// The reports on screen, oldest first, the newest being ``improvementsLast``.
    var shownImprovementReports: [Report] {
        let reports = improvementReports
        guard !reports.isEmpty else { return [] }
        let last = min(max(0, improvementsLast), reports.count - 1)
        return Array(reports[max(0, last - improvementColumns + 1)...last])
    }

    /// Opens the screen on the selected inspection's report and the next (or the latest reports).
    mutating func openImprovements() {
        let reports = improvementReports
        guard !reports.isEmpty else {
            message = "No report in this file lists what needs to improve."
            return
        }
        let selected = selectedRow.flatMap { row in reports.firstIndex { $0.eventID == row.id } }
        improvementsLast = selected.map { min(reports.count - 1, $0 + improvementColumns - 1) } ?? reports.count - 1
        improvementsScroll = 0
        screens.append(.improvements)
    }

    mutating func applyImprovements(_ command: Command) {
        let count = improvementReports.count
        switch command {
        case .back, .cancel: goBack()
        case .earlierReports:
            guard improvementsLast - improvementColumns + 1 > 0 else {
                message = "These are the earliest reports."
                return
            }
            improvementsLast -= 1
            improvementsScroll = 0
        case .laterReports:
            guard improvementsLast < count - 1 else {
                message = "These are the latest reports."
                return
            }
            improvementsLast += 1
            improvementsScroll = 0
        case .open:
            if let report = shownImprovementReports.first { openReport(report) }
        default:
            let visible = PageLayout(size: size).body.height
            let rows = ImprovementsView.rows(self).count
            if let moved = Scrolling.offset(improvementsScroll, by: command, visible: visible,
                                            maxScroll: max(0, rows - visible)) {
                improvementsScroll = moved
            }
        }
    }
}
