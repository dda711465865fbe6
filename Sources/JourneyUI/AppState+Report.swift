import JourneyModel

extension AppState {
    /// The key of a report's text in ``reportTexts``.
    static func textKey(_ councilID: String, _ reportID: String) -> String { "\(councilID)/\(reportID)" }

    /// Opens a report at a place; when its text is not loaded yet, asks for it first.
    mutating func openReport(_ report: Report, at target: ReportTarget = .top) {
        guard let text = reportTexts[Self.textKey(council.id, report.id)] else {
            pendingReport = PendingReport(councilID: council.id, reportID: report.id, target: target)
            return
        }
        pendingReport = nil
        var reader = LetterReader(.report(report, text), width: LetterReader.textWidth(for: size))
        readers.append(reader)
        screens.append(.letter)
        switch target {
        case .top:
            break
        case .section(let area):
            if let row = reader.document.sections[area] {
                reader.scroll = min(row, reader.maxScroll(on: size))
            } else {
                message = "No section for \(area.shortTitle) found in the report; showing its first page."
            }
        case .phrase(let phrase):
            self.reader = reader
            findInLetter(phrase, fromLine: 0)
            return
        case .hit(let page, let line, let term):
            self.reader = reader
            findInLetter(term, fromPosition: reader.document.position(page: page, line: line) ?? 0)
            return
        }
        self.reader = reader
    }

    /// The texts the state waits for, as an effect for the run loop.
    func loadEffects() -> [Effect] {
        var wanted: [String] = []
        if let pending = pendingReport, pending.councilID == council.id { wanted.append(pending.reportID) }
        if searchAwaitsReports, screen == .search { wanted += council.reports.map(\.id) }
        let missing = wanted.filter { reportTexts[Self.textKey(council.id, $0)] == nil }
        var unique: [String] = []
        for id in missing where !unique.contains(id) { unique.append(id) }
        let reviewLoad: [Effect] = review.councilID == council.id ? [] : [.loadReview(councilID: council.id)]
        return (unique.isEmpty ? [] : [.loadReportTexts(councilID: council.id, reportIDs: unique)]) + reviewLoad
    }

    /// Stores loaded texts, then opens the waiting report or searches again.
    mutating func receive(_ texts: [String: ReportText], failures: [String]) {
        for (id, text) in texts { reportTexts[Self.textKey(council.id, id)] = text }
        if let pending = pendingReport, let report = council.report(pending.reportID) {
            if texts[pending.reportID] != nil || reportTexts[Self.textKey(council.id, pending.reportID)] != nil {
                openReport(report, at: pending.target)
            } else {
                pendingReport = nil
            }
        }
        if searchAwaitsReports {
            searchAwaitsReports = false
            if screen == .search { runSearch(keepingSelection: true) }
        }
        if let failure = failures.first { message = "Cannot read a report: \(failure)" }
    }

    /// The council's report texts loaded so far, by report id, for searching.
    var loadedReportTexts: [String: ReportText] {
        Dictionary(council.reports.compactMap { report in
            reportTexts[Self.textKey(council.id, report.id)].map { (report.id, $0) }
        }) { first, _ in first }
    }
}
