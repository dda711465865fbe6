extension Council {
    /// The council's statutory-direction position on `day`.
    ///
    /// Direction events form chains: an issued direction, the revisions that replace it (each
    /// revision's target is the direction it replaces) and the revocation that ends it (its
    /// target is the direction it revokes, the original or any revision). Chains may follow one
    /// another: a direction issued, revoked, then a new one issued later. The chain relevant to
    /// the day is the latest one that may have been issued by then.
    ///
    /// When the day falls inside a partial date, the answer says so: on 1 March 2020, with the
    /// direction dated only `2020`, `certainty` is unknown and the reason is "the direction was
    /// issued in 2020; its exact date is not known". A revision that may or may not have happened
    /// by the day leaves the state certain but is listed in `unconfirmedRevisions`.
    ///
    /// A revision or revocation whose target is missing or unknown attaches to the latest chain
    /// that may have started by its date (and, for a revocation, is not already revoked); a
    /// revision with no such chain starts one, and such a revocation is ignored.
    public func interventionStatus(on day: CalendarDay) -> InterventionStatus {
        interventionStatus(on: [day])[0]
    }

    /// The position on each of several days (as ``interventionStatus(on:)-(CalendarDay)``),
    /// working out the direction chains once: for a time axis that asks about every column.
    public func interventionStatus(on days: [CalendarDay]) -> [InterventionStatus] {
        let chains = directionChains()
        return days.map { day in
            Council.status(on: day, chains: chains.filter { $0.issued.date.first <= day }[...])
        }
    }

    /// The status given the chains that may have started by the day, oldest first.
    private static func status(on day: CalendarDay, chains: ArraySlice<DirectionChain>) -> InterventionStatus {
        guard let chain = chains.last else { return InterventionStatus(day: day, state: .notUnderDirection) }
        guard chain.issued.date.isOnOrBefore(day) == .yes else {
            var before = status(on: day, chains: chains.dropLast())
            before.certainty = .unknown
            before.uncertainty = DirectionChain.reason(.issued, chain.issued.date)
            return before
        }
        return chain.status(on: day)
    }

    /// The direction events grouped into chains, in date order.
    func directionChains() -> [DirectionChain] {
        var chains: [DirectionChain] = []
        for event in timeline(kinds: [.direction]) {
            guard case .direction(let direction) = event.detail else { continue }
            let step = InterventionStatus.Step(id: event.id, date: event.start)
            switch direction.action {
            case .issued:
                chains.append(DirectionChain(issued: step))
            case .revised:
                if let index = DirectionChain.index(for: direction.target, at: step.date, in: chains) {
                    chains[index].revisions.append(step)
                } else {
                    chains.append(DirectionChain(issued: step))
                }
            case .revoked:
                if let index = DirectionChain.index(for: direction.target, at: step.date, in: chains) {
                    chains[index].revocation = step
                }
            }
        }
        return chains
    }

    /// One direction's history: issued, revised any number of times, perhaps revoked.
    struct DirectionChain: Sendable, Hashable {
        var issued: InterventionStatus.Step
        var revisions: [InterventionStatus.Step] = []
        var revocation: InterventionStatus.Step?

        /// The ids of the directions in the chain: the original and its revisions.
        var directionIDs: Set<String> { Set([issued.id] + revisions.map(\.id)) }

        /// The chain a revision or revocation dated `date` belongs to: the one holding `target`,
        /// else the latest unrevoked chain that may have started by `date`.
        static func index(for target: String?, at date: PartialDate, in chains: [DirectionChain]) -> Int? {
            if let target, let index = chains.lastIndex(where: { $0.directionIDs.contains(target) }) {
                return chains[index].revocation == nil ? index : nil
            }
            return chains.lastIndex { $0.revocation == nil && $0.issued.date.first <= date.last }
        }

        /// Why a step's effect on a day is not known.
        static func reason(_ action: Direction.Action, _ date: PartialDate) -> String {
            "the direction was \(action.rawValue) in \(date.text); its exact date is not known"
        }

        /// The status on a day on or after the certain date of issue.
        func status(on day: CalendarDay) -> InterventionStatus {
            let ended = revocation?.date.isOnOrBefore(day) ?? .no
            if let revocation, ended == .yes {
                return InterventionStatus(
                    day: day,
                    state: .revoked(on: revocation.date, revokedID: revocation.id, issued: issued.date,
                                    issuedID: issued.id, revisions: revisions),
                    timeUnderDirection: DurationRange(from: issued.date, to: revocation.date))
            }
            let made = revisions.filter { $0.date.isOnOrBefore(day) == .yes }
            let unconfirmed = revisions.filter { $0.date.isOnOrBefore(day) == .unknown }
            var status = InterventionStatus(
                day: day, state: .underDirection(since: issued.date, issuedID: issued.id, revisions: made),
                unconfirmedRevisions: unconfirmed,
                timeUnderDirection: DurationRange(from: issued.date, to: PartialDate(day)))
            if let revocation, ended == .unknown {
                status.certainty = .unknown
                status.uncertainty = DirectionChain.reason(.revoked, revocation.date)
            } else if let pending = unconfirmed.first {
                status.uncertainty = DirectionChain.reason(.revised, pending.date)
            }
            return status
        }
    }
}
