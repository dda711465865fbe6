import JourneyModel

/// Finds the event a report records among a council's events, by its dates, never its file
/// name. Tiers, the first that finds anything wins (more than one event there is ambiguous):
/// 1. an event of the same kind (and framework) starting on the report's first day;
/// 2. one whose dates overlap the report's, or that starts up to 7 days before them;
/// 3. one dated only to the month or year that holds the report's first day;
/// 4. one dated only by its publication (Ofsted's history tables date older inspections so):
///    the report's own publication day, or, when it gives none, a day within 120 days after
///    its last day.
enum EventMatcher {
    enum Outcome {
        case matched(Event)
        case none(String)
        case ambiguous([String])
    }

    static func match(_ facts: ReportFacts, in council: Council) -> Outcome {
        guard let start = facts.start else { return .none("the report gives no dates") }
        let end = facts.end ?? start
        let candidates = council.timeline().filter { sameKind($0, facts) }
        let tiers: [(Event) -> Bool] = [
            { $0.start.precision == .day && $0.start.first == start && !$0.isDatedByPublicationOnly },
            { event in
                guard event.start.precision == .day, !event.isDatedByPublicationOnly else { return false }
                let eventEnd = (event.end ?? event.start).last
                return event.start.first <= end && start.adding(days: -7) <= eventEnd
            },
            { $0.start.precision < .day && $0.start.first <= start && start <= $0.start.last },
            { event in
                guard event.isDatedByPublicationOnly, let published = event.published?.first else { return false }
                if let stated = facts.published { return published == stated }
                return end < published && published <= end.adding(days: 120)
            },
        ]
        for tier in tiers {
            let found = candidates.filter(tier)
            if found.count == 1 { return .matched(found[0]) }
            if found.count > 1 { return .ambiguous(found.map(\.id)) }
        }
        return .none(noneMessage(facts, council: council, candidates: candidates))
    }

    private static func sameKind(_ event: Event, _ facts: ReportFacts) -> Bool {
        guard event.kind == facts.kind else { return false }
        guard case .inspection(let inspection) = event.detail, let framework = facts.framework else { return true }
        return inspection.framework == framework
    }

    private static func noneMessage(_ facts: ReportFacts, council: Council, candidates: [Event]) -> String {
        let listed = candidates.suffix(6).map { "\($0.id) (\($0.start.text))" }
        let what = facts.summary
        guard !listed.isEmpty else { return "\(council.id) has no event for this \(what)" }
        return "\(council.id) has no event for this \(what); its events of that kind: " + listed.joined(separator: ", ")
    }
}
