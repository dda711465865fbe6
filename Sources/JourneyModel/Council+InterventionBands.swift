extension Council {
    /// The band on each of several days (``InterventionBand/init(_:)`` of
    /// ``interventionStatus(on:)-(CalendarDay)``), for a time axis that asks about every column.
    ///
    /// Every rule behind a status compares the day with a day of a step's date (first or last),
    /// of the register's start, or its check: between two days with none of those on or between
    /// them, every rule answers the same. So for days in ascending order the status is worked
    /// out only where such a day intervenes, and the band is kept across the rest.
    public func interventionBands(on days: [CalendarDay]) -> [InterventionBand] {
        let chains = InterventionHistory.chains(of: events)
        let horizon = knowledgeHorizon(chains)
        let boundaries = bandBoundaries(chains)
        var bands: [InterventionBand] = []
        bands.reserveCapacity(days.count)
        for (index, day) in days.enumerated() {
            if index > 0, days[index - 1] <= day, !Council.contains(boundaries, from: days[index - 1], through: day) {
                bands.append(bands[index - 1])
            } else {
                bands.append(InterventionBand(interventionStatus(on: day, chains: chains, horizon: horizon)))
            }
        }
        return bands
    }

    /// Every day a status rule compares with, sorted: the first and last day of every step's
    /// date (issue, revision, end, replacement), the register's start and its check.
    private func bandBoundaries(_ chains: [InterventionHistory.Chain]) -> [CalendarDay] {
        var dates: [PartialDate] = []
        for chain in chains {
            dates.append(chain.issued.date)
            dates += chain.revisions.map(\.date)
            dates += [chain.ending?.date, chain.replacedBy?.date, chain.replacedNotice?.date].compactMap { $0 }
        }
        var days = dates.flatMap { [$0.first, $0.last] }
        if let coverage = registerCoverage { days += [coverage.from.first, coverage.from.last, coverage.checked] }
        return days.sorted()
    }

    /// Whether a sorted list holds a day from `start` through `end`.
    private static func contains(_ sorted: [CalendarDay], from start: CalendarDay, through end: CalendarDay) -> Bool {
        let first = sorted.partitionPoint { $0 >= start }
        return first < sorted.count && sorted[first] <= end
    }
}
