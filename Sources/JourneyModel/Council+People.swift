extension Council {
    /// The people who held each role on `day`, certainly or possibly.
    ///
    /// A person held a role on the day when `from` ≤ day ≤ `to`, both inclusive:
    /// - a missing `to` means still in post as far as the file knows, so it covers every later day;
    /// - a missing `from` means they started at an unknown time: they are included, with
    ///   certainty unknown, unless their `to` shows they had certainly left;
    /// - a partial `from` or `to` that contains the day makes the certainty unknown.
    /// - in a role one person holds at a time (every role but ``Role/mp``), a holder with no `to`
    ///   certainly left once a later-starting holder of the same role had certainly started;
    /// - in such a role, the role's known holders close one another's open terms: when one holder
    ///   certainly held it on the day, nobody else possibly did.
    /// People who certainly did not hold the role on the day are left out.
    ///
    /// - Returns: holders in ``Role`` order (`mayor` first), then by start (unknown starts
    ///   first), ties in file order.
    public func postHolders(on day: CalendarDay) -> [PostHolder] {
        let holders = people.compactMap { Council.holder($0, on: day, successorStart: successorStart(of: $0)) }
        return Role.allCases.flatMap { role in
            var ofRole = holders.filter { $0.role == role }
            if role.isHeldByOnePerson, ofRole.contains(where: { $0.certainty == .yes }) {
                ofRole.removeAll { $0.certainty != .yes }
            }
            return Council.byStart(ofRole)
        }
    }

    /// Unknown starts first, then by start; ties keep their order.
    private static func byStart(_ holders: [PostHolder]) -> [PostHolder] {
        let undated = holders.filter { $0.from == nil }
        let dated = holders.compactMap { holder in holder.from.map { (holder: holder, from: $0) } }
        return undated + dated.sortedStably { $0.from }.map(\.holder)
    }

    /// The start of the next holder of a one-at-a-time role, for a holder whose end is not recorded.
    private func successorStart(of person: RoleHolder) -> PartialDate? {
        guard person.role.isHeldByOnePerson, person.to == nil, let from = person.from else { return nil }
        return people
            .filter { $0.role == person.role && $0 != person }
            .compactMap(\.from)
            .filter { $0.first > from.last }
            .min { $0.first < $1.first }
    }

    /// The post holder on a day, or `nil` when they certainly did not hold the role then.
    private static func holder(_ person: RoleHolder, on day: CalendarDay, successorStart: PartialDate?) -> PostHolder? {
        var reasons: [String] = []
        var started = Knowledge.unknown
        if let from = person.from {
            started = from.isOnOrBefore(day)
            if started == .unknown { reasons.append("started in \(from.text); the exact date is not known") }
        } else {
            reasons.append("when they started is not recorded")
        }
        var stayed = Knowledge.yes
        if let to = person.to {
            stayed = day <= to.first ? .yes : (day > to.last ? .no : .unknown)
            if stayed == .unknown { reasons.append("left in \(to.text); the exact date is not known") }
        } else if let next = successorStart {
            stayed = day < next.first ? .yes : (day >= next.last ? .no : .unknown)
            if stayed == .unknown { reasons.append("a successor started in \(next.text)") }
        }
        guard started != .no, stayed != .no else { return nil }
        let certain = started == .yes && stayed == .yes
        return PostHolder(name: person.name, role: person.role, title: person.title, from: person.from,
                          to: person.to, note: person.note, certainty: certain ? .yes : .unknown,
                          uncertainty: certain ? nil : reasons.joined(separator: "; "))
    }
}
