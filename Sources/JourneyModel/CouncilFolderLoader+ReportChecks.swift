import Yams

extension CouncilFolderLoader {
    /// Attaches the reports to the council's events once every event is known: each report names
    /// an event of its kind (and framework); a judgement table that disagrees with the event's
    /// grades is a warning; an event dated only by its publication shows the report's dates.
    ///
    /// - Parameter mergedInto: imported event ids folded into hand-written events, and those events' ids.
    func attach(_ loaded: [LoadedReport], to council: inout Council, mergedInto: [String: String]) {
        var reports: [Report] = []
        for var item in loaded {
            item.report.eventID = mergedInto[item.report.eventID] ?? item.report.eventID
            reports.append(item.report)
            guard let index = council.events.firstIndex(where: { $0.id == item.report.eventID }) else { continue }
            checkKind(item, against: council.events[index])
            checkGrades(item, against: council.events[index])
            adoptDates(item, into: &council.events[index])
        }
        council.reports = reports
    }

    private func checkKind(_ item: LoadedReport, against event: Event) {
        let report = item.report
        if report.kind != event.kind {
            diagnostics.append(item.reader.diagnostic(.error, "report '\(report.id)' is of a \(report.kind.rawValue), "
                + "but event '\(event.id)' is a \(event.kind.rawValue)", at: item.entries["kind"]))
        } else if case .inspection(let inspection) = event.detail, let framework = report.framework,
                  framework != inspection.framework {
            diagnostics.append(item.reader.diagnostic(.error, "report '\(report.id)' is a \(framework.rawValue) report, "
                + "but event '\(event.id)' is a \(inspection.framework.rawValue) inspection", at: item.entries["framework"]))
        }
    }

    /// A warning for each area both grade differently, naming the report, the area and both grades.
    private func checkGrades(_ item: LoadedReport, against event: Event) {
        for judgement in item.report.judgements {
            guard let grade = event.judgements.first(where: { $0.area == judgement.area })?.grade,
                  grade != judgement.grade else { continue }
            let message = "report '\(item.report.id)' grades \(judgement.area.shortTitle) (\(judgement.area.rawValue)) "
                + "'\(judgement.grade.rawValue)', but event '\(event.id)' has '\(grade.rawValue)'"
            diagnostics.append(item.reader.diagnostic(.warning, message,
                                                      at: Self.key(judgement.area.rawValue, in: item.entries["judgements"])))
        }
    }

    /// Where the event knows only its publication day (or a month or year holding the report's
    /// dates), it takes the report's dates and cites the report for them; where both know the
    /// day and differ, a warning.
    private func adoptDates(_ item: LoadedReport, into event: inout Event) {
        let report = item.report
        guard let start = report.start, start.precision == .day else { return }
        let vague = event.start.precision < .day && event.start.first <= start.first && start.last <= event.start.last
        if event.isDatedByPublicationOnly || vague {
            event.start = start
            event.end = report.end
            event.sources.append(Source(title: "Dates from Ofsted's report (\(Self.relative(report.file)))"))
        } else if event.start.precision == .day, event.start != start {
            let message = "report '\(report.id)' gives the dates \(Self.span(start, report.end)), but event "
                + "'\(event.id)' starts \(event.start.text)"
            diagnostics.append(item.reader.diagnostic(.warning, message, at: item.entries["start"]))
        }
    }

    /// The key node of `key` in a mapping node, to point a diagnostic at it.
    private static func key(_ key: String, in node: Node?) -> Node? {
        guard case .mapping(let mapping)? = node else { return node }
        return mapping.first { $0.key.scalar?.string == key }?.key ?? node
    }

    /// `reports/x.txt`: a report's path within its council folder.
    private static func relative(_ file: String) -> String {
        file.split(separator: "/").suffix(2).joined(separator: "/")
    }

    private static func span(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != start else { return start.text }
        return "\(start.text) to \(end.text)"
    }
}
