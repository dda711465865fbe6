extension Council {
    /// The council's position on `day`: under a statutory direction, under an improvement notice,
    /// after one ended, or neither; with what the answer rests on.
    ///
    /// Each direction and notice is a chain of events (``InterventionHistory``): issued, revised,
    /// perhaps ended. Chains of a kind may follow one another; the one relevant to the day is the
    /// latest that may have been issued by then. A direction in force outranks a notice in force;
    /// when neither is, the one that ended last is reported.
    ///
    /// When the day falls inside a partial date, the answer says so: on 1 March 2020, with the
    /// direction dated only `2020`, `certainty` is unknown and the reason is "the direction was
    /// issued in 2020; its exact date is not known". A revision that may or may not have happened
    /// by the day leaves the state certain but is listed in `unconfirmedRevisions`. An end known
    /// only as a bound (`by:`) leaves the days between the last step known and the bound unknown.
    ///
    /// With no measure by the day, the register decides the wording: a council it lists is "not
    /// under a statutory direction" over the span it covers; otherwise none is "recorded". After
    /// the register was last checked (and after the council's last recorded step), nothing is
    /// known: the state is the position on that day, `knownUntil`.
    public func interventionStatus(on day: CalendarDay) -> InterventionStatus {
        interventionStatus(on: [day])[0]
    }

    /// The position on each of several days (as ``interventionStatus(on:)-(CalendarDay)``),
    /// working out the chains once: for a time axis that asks about every column.
    public func interventionStatus(on days: [CalendarDay]) -> [InterventionStatus] {
        let chains = InterventionHistory.chains(of: events)
        let horizon = knowledgeHorizon(chains)
        return days.map { interventionStatus(on: $0, chains: chains, horizon: horizon) }
    }

    /// The position on a day, given the chains and the register's horizon worked out once.
    func interventionStatus(on day: CalendarDay, chains: [InterventionHistory.Chain],
                            horizon: CalendarDay?) -> InterventionStatus {
        let status = Council.status(on: day, chains: chains, coverage: registerCoverage)
        guard let horizon, day > horizon, status.certainty == .yes else { return status }
        return Council.afterHorizon(horizon, day: day, chains: chains, coverage: registerCoverage)
    }

    /// The status on a day after the register was last checked, when the register alone would
    /// settle it: the position on the horizon, marked as not known since.
    private static func afterHorizon(_ horizon: CalendarDay, day: CalendarDay, chains: [InterventionHistory.Chain],
                                     coverage: RegisterCoverage?) -> InterventionStatus {
        var status = Council.status(on: horizon, chains: chains, coverage: coverage)
        status.day = day
        status.certainty = .unknown
        status.knownUntil = horizon
        status.uncertainty = status.uncertainty ?? status.horizonReason
        return status
    }

    /// The last day the register vouches for: its checked day, or the council's last recorded
    /// step when that is later. `nil` when no register applies.
    func knowledgeHorizon(_ chains: [InterventionHistory.Chain]) -> CalendarDay? {
        guard let checked = registerCoverage?.checked else { return nil }
        let steps = chains.flatMap { [$0.issued, $0.ending].compactMap { $0 } + $0.revisions }
        return steps.map(\.date.last).reduce(checked, max)
    }

    private static func status(on day: CalendarDay, chains: [InterventionHistory.Chain],
                               coverage: RegisterCoverage?) -> InterventionStatus {
        let direction = position(on: day, of: .direction, chains: chains[...])
        let notice = position(on: day, of: .improvementNotice, chains: chains[...])
        var status: InterventionStatus
        if let direction, direction.certainty == .unknown, !direction.isUnderMeasure, let notice,
           notice.isUnderMeasure {
            status = notice
            status.certainty = .unknown
            status.uncertainty = direction.uncertainty
            status.uncertainMeasure = .direction
        } else if let direction, direction.isUnderMeasure || direction.certainty == .unknown {
            status = direction
        } else if let notice, notice.isUnderMeasure || notice.certainty == .unknown {
            status = notice
        } else if let ended = [direction, notice].compactMap({ $0 }).max(by: { $0.endDate < $1.endDate }) {
            status = ended
        } else {
            status = noMeasure(on: day, coverage: coverage)
        }
        if status.state == .noneRecorded { status.state = noMeasure(on: day, coverage: coverage).state }
        status.coverage = coverage
        status.send = sendPosition(on: day, chains: chains)
        return status
    }

    /// The wording when no direction or notice has been issued by the day.
    private static func noMeasure(on day: CalendarDay, coverage: RegisterCoverage?) -> InterventionStatus {
        guard let coverage, coverage.listsCouncil, coverage.from.first <= day else {
            return InterventionStatus(day: day, state: .noneRecorded)
        }
        return InterventionStatus(day: day, state: .notUnderDirection)
    }

    /// The position given the latest chain of a kind among `chains` that may have started by the
    /// day (the chains are searched from the end, not filtered: a time axis asks this for every
    /// column); nil when there is none.
    private static func position(on day: CalendarDay, of kind: EventKind,
                                 chains: ArraySlice<InterventionHistory.Chain>) -> InterventionStatus? {
        // By index, reading the two fields in place: a closure over the chains copies each one
        // (its steps' ids retained and released), for every column of the strip.
        guard let index = chains.indices.last(where: { chains[$0].kind == kind && chains[$0].issued.date.first <= day })
        else { return nil }
        let chain = chains[index]
        guard chain.issued.date.isOnOrBefore(day) == .yes else {
            var before = position(on: day, of: kind, chains: chains[..<index])
                ?? InterventionStatus(day: day, state: .noneRecorded)
            before.certainty = .unknown
            before.uncertainty = reason(chain.kind, .issued, chain.issued.date)
            before.uncertainMeasure = chain.kind
            return before
        }
        return chain.status(on: day)
    }

    /// A SEND direction or notice in force, or possibly in force, on the day.
    private static func sendPosition(on day: CalendarDay, chains: [InterventionHistory.Chain])
        -> InterventionStatus.SENDPosition? {
        let positions = [EventKind.sendDirection, .sendImprovementNotice].compactMap { kind in
            position(on: day, of: kind, chains: chains[...]).map { (kind, $0) }
        }
        for (kind, status) in positions {
            switch status.state {
            case .underDirection(let since, let id, _), .underNotice(let since, let id, _):
                return .init(kind: kind, since: since, issuedID: id, certainty: status.certainty,
                             uncertainty: status.certainty == .unknown ? status.uncertainty : nil,
                             endNotRecorded: status.endNotRecorded)
            default:
                continue
            }
        }
        return nil
    }

    /// Why a step's effect on a day is not known.
    static func reason(_ kind: EventKind, _ action: Intervention.Action, _ date: PartialDate,
                       bound: Bool = false) -> String {
        let noun = kind.isNotice ? "notice" : "direction"
        if bound { return "the \(noun) was \(action.rawValue) by \(date.text); the exact date is not known" }
        return "the \(noun) was \(action.rawValue) in \(date.text); its exact date is not known"
    }
}

extension InterventionStatus {
    /// The last day of the end in `state`, for choosing the measure that ended last.
    fileprivate var endDate: CalendarDay {
        switch state {
        case .revoked(let on, _, _, _, _), .noticeLifted(let on, _, _, _, _): return on.last
        default: return CalendarDay(ordinal: 0)
        }
    }
}

extension InterventionHistory.Chain {
    /// The status on a day on or after the certain date of issue.
    func status(on day: CalendarDay) -> InterventionStatus {
        let end = ending ?? replacedBy
        let bound = ending != nil && endingIsBound
        let endKnown: Knowledge = bound
            ? (end!.date.last <= day ? .yes : (lastKnownInForce.last < day ? .unknown : .no))
            : (end?.date.isOnOrBefore(day) ?? .no)
        if let end, endKnown == .yes {
            return InterventionStatus(day: day, state: endedState(end), timeUnderDirection: bound ? nil
                                      : DurationRange(from: issued.date, to: end.date),
                                      replacedNotice: replacedNotice, endIsUpperBound: bound)
        }
        let made = revisions.filter { $0.date.isOnOrBefore(day) == .yes }
        let unconfirmed = revisions.filter { $0.date.isOnOrBefore(day) == .unknown }
        var status = InterventionStatus(
            day: day, state: kind.isNotice ? .underNotice(since: issued.date, issuedID: issued.id, revisions: made)
                : .underDirection(since: issued.date, issuedID: issued.id, revisions: made),
            unconfirmedRevisions: unconfirmed, timeUnderDirection: DurationRange(from: issued.date, to: PartialDate(day)),
            replacedNotice: replacedNotice)
        if end == nil, lastKnownInForce.last < day {
            status.certainty = .unknown
            status.uncertainMeasure = kind
            status.endNotRecorded = true
            status.uncertainty = "no end is recorded; the last record is of \(lastKnownInForce.text)"
        } else if let end, endKnown == .unknown {
            status.certainty = .unknown
            status.uncertainMeasure = kind
            status.uncertainty = end.id == replacedBy?.id && ending == nil
                ? "the notice was replaced by a direction in \(end.date.text); its exact date is not known"
                : Council.reason(kind, kind.endingAction, end.date, bound: bound)
        } else if let pending = unconfirmed.first {
            status.uncertainty = Council.reason(kind, .revised, pending.date)
        }
        return status
    }

    /// The state once the measure has ended with `end`.
    private func endedState(_ end: InterventionStatus.Step) -> InterventionStatus.State {
        kind.isNotice
            ? .noticeLifted(on: end.date, liftedID: end.id, issued: issued.date, issuedID: issued.id, revisions: revisions)
            : .revoked(on: end.date, revokedID: end.id, issued: issued.date, issuedID: issued.id, revisions: revisions)
    }
}
