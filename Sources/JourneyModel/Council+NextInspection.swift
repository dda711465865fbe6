extension Council {
    /// The likely next inspection on `day`, by the ILACS framework's rules (``ILACSFramework``),
    /// from the council's last judgement and its date; nil where the rules do not apply.
    ///
    /// The estimate follows the latest ILACS standard or short inspection whose outcome counted
    /// by the day; whether its window has passed is judged on the day, or on the data's as-at
    /// date when the day is past it (the data cannot show an inspection after that):
    /// - judged good or outstanding: a short inspection, usually between six months before and
    ///   six months after the third anniversary of the inspection's first day;
    /// - requires improvement to be good: a standard inspection, in the same window;
    /// - inadequate: monitoring visits, then a standard re-inspection, with no date set.
    ///
    /// Nil for a former council (it is not inspected any more), when the latest graded inspection
    /// by then is not an ILACS inspection (a council never inspected under ILACS), when it has no
    /// overall grade, or when a later inspection had already begun and awaits its report (the
    /// next step depends on its outcome).
    public func nextInspection(on day: CalendarDay) -> NextInspection? {
        nextInspection(on: day, judgements: judgementStatus(on: day))
    }

    /// ``nextInspection(on:)`` from the judgement status on the same day, for a caller that has
    /// worked it out already (the picker does, for every council).
    ///
    /// - Parameter status: ``judgementStatus(on:)`` for `day`.
    public func nextInspection(on day: CalendarDay, judgements status: JudgementStatus) -> NextInspection? {
        guard !isFormer else { return nil }
        let asAt = coverage.asAt
        let limited = asAt.map { day > $0 } ?? false
        let asOf = limited ? asAt! : day
        guard status.awaiting == nil, status.certainty == .yes, let basis = status.latest,
              basis.framework == .ilacs, let grade = basis.overallGrade,
              let framework = ILACSFramework.version(on: day) else { return nil }
        let (expected, rule) = Council.rule(after: grade, basisDay: basis.inspected.start.first)
        let window = expected == .monitoringThenReinspection ? nil : Council.window(after: basis.inspected.start)
        let progress = Council.progress(of: window, asOf: asOf, day: day)
        return NextInspection(expected: expected, window: window, progress: progress, basis: basis, rule: rule,
                              framework: framework, asOf: asOf, limitedByData: limited)
    }

    /// What follows a grade, and the rule in words.
    private static func rule(after grade: Grade, basisDay: CalendarDay) -> (NextInspection.Expected, String) {
        let timing = "usually between six months before and six months after the third anniversary "
            + "of its last inspection"
        switch grade {
        case .outstanding, .good:
            return (.shortInspection, "ILACS: a council last judged good or outstanding gets a short inspection, \(timing)")
        case .requiresImprovement:
            return (.standardInspection,
                    "ILACS: a council last judged requires improvement to be good gets a standard inspection, \(timing)")
        case .inadequate:
            let reinspection = basisDay < ILACSFramework.standardReinspectionFrom
                ? "a re-inspection (under the SIF until the framework's September 2018 update, then a standard inspection)"
                : "a standard re-inspection"
            return (.monitoringThenReinspection,
                    "ILACS: a council judged inadequate gets monitoring visits, then \(reinspection); "
                        + "the framework sets no date for it")
        }
    }

    /// The usual window: from 30 to 42 months after the inspection's first day, widened to
    /// cover every day a partial date may be.
    private static func window(after start: PartialDate) -> ClosedRange<CalendarDay> {
        let months = ILACSFramework.windowMonths
        return start.first.adding(months: months.opens)...start.last.adding(months: months.closes)
    }

    /// Where the day stands against the window, judged as at `asOf`.
    private static func progress(of window: ClosedRange<CalendarDay>?, asOf: CalendarDay,
                                 day: CalendarDay) -> NextInspection.Progress {
        guard let window else { return .noDate }
        if window.upperBound < asOf { return .overdue }
        if asOf < day && window.upperBound < day { return .notKnown }
        return asOf < window.lowerBound ? .upcoming : .due
    }
}
