extension Council {
    /// The judgement in force on `day`: the most recent graded inspection (an inspection with at
    /// least one judgement) whose ``Event/effective`` date is on or before the day.
    ///
    /// Inspections are ordered by effective date, ties in file order. When an inspection's
    /// partial date contains the day (published "2023", asked about 1 June 2023) it may or may
    /// not count yet: the status then gives the latest inspection that certainly counted,
    /// `certainty` unknown, that inspection as `pending`, and the reason.
    public func judgementStatus(on day: CalendarDay) -> JudgementStatus {
        // Positions of the graded inspections, fields read in place: copying thousands of events
        // to pick out a few hundred was most of the work.
        let graded = events.indices.filter { !events[$0].judgements.isEmpty }.sortedStably { events[$0].effective }
        let certain = graded.last { events[$0].effective.isOnOrBefore(day) == .yes }.map { events[$0] }
        // A date containing the day ends after it, so such an inspection may be later than `certain`.
        let pending = graded.last { events[$0].effective.isOnOrBefore(day) == .unknown }.map { events[$0] }
        let latest = certain.flatMap { Council.outcome(of: $0) }
        let awaiting = awaiting(graded, on: day)
        guard let pending else { return JudgementStatus(day: day, latest: latest, awaiting: awaiting) }
        return JudgementStatus(day: day, latest: latest, certainty: .unknown,
                               pending: Council.outcome(of: pending), uncertainty: Council.reason(pending),
                               awaiting: awaiting)
    }

    /// The latest graded inspection that had certainly begun by the day while its outcome
    /// certainly did not count yet (the report was published later). `graded`: the positions of
    /// the graded inspections in order.
    private func awaiting(_ graded: [Int], on day: CalendarDay) -> JudgementStatus.Awaiting? {
        let begunButNotCounting = { (index: Int) in
            events[index].start.isOnOrBefore(day) == .yes && events[index].effective.first > day
                && !events[index].isDatedOnlyByPublication
        }
        guard let index = graded.last(where: begunButNotCounting) else { return nil }
        let event = events[index]
        let underWay = (event.end ?? event.start).last >= day
        return JudgementStatus.Awaiting(eventID: event.id, title: event.title, inspected: InspectionDates(event),
                                        underWay: underWay)
    }

    /// The outcome of a graded inspection.
    private static func outcome(of event: Event) -> JudgementStatus.Outcome? {
        guard case .inspection(let inspection) = event.detail else { return nil }
        return JudgementStatus.Outcome(eventID: event.id, title: event.title, date: event.effective,
                                       framework: inspection.framework, overallGrade: event.overallGrade,
                                       judgements: inspection.judgements, inspected: InspectionDates(event))
    }

    /// Why an inspection may or may not count yet, e.g. "the ILACS standard inspection was
    /// published in May 2023; its exact date is not known".
    private static func reason(_ event: Event) -> String {
        let verb = event.published != nil ? "published" : (event.end != nil ? "completed" : "held")
        return "the \(event.title) was \(verb) in \(event.effective.text); its exact date is not known"
    }
}
