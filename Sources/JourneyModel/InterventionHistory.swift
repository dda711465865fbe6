/// The histories of a council's directions and improvement notices, worked out from its events:
/// each measure issued, revised any number of times, perhaps ended (or replaced by a direction),
/// and every problem in how the events link up.
///
/// Steps are read in date order (ties in file order). A revision or ending names the measure it
/// acts on (`revises:`, `revokes:`, `lifts:`: the issuing event or any revision); when it names
/// none, the one measure of its kind in force at its date is meant, and a problem is recorded
/// when there is none or more than one. An ending whose target is missing or unknown still
/// attaches to the latest measure of its kind that may have started by its date (and is not
/// already ended), so that the status stays as close to the file as it can; a revision with no
/// such measure starts one.
struct InterventionHistory: Sendable {
    typealias Step = InterventionStatus.Step

    /// One measure's history.
    struct Chain: Sendable, Hashable {
        var kind: EventKind
        var issued: Step
        var revisions: [Step] = []
        /// The revocation or lifting, if recorded.
        var ending: Step?
        /// Whether `ending`'s date is only the day by which it had ended (`by:`).
        var endingIsBound = false
        /// For a direction: the issuing step of the improvement notice it replaced.
        var replacedNotice: Step?
        /// For an improvement notice: the issuing step of the direction that replaced it.
        var replacedBy: Step?

        /// Whether `id` is the chain's issuing event or one of its revisions.
        func contains(id: String) -> Bool {
            issued.id == id || revisions.contains { $0.id == id }
        }

        /// The latest date on which the measure is known to have been in force: its issue or latest revision.
        var lastKnownInForce: PartialDate {
            revisions.map(\.date).reduce(issued.date) { PartialDate.sortsBefore($0, $1) ? $1 : $0 }
        }

        /// Whether it ended (by an ending or a replacing direction) certainly before `date`.
        func hasEnded(before date: PartialDate) -> Bool {
            [ending?.date, replacedBy?.date].compactMap { $0 }.contains { $0.isBefore(date) == .yes }
        }

        /// Whether it is certainly in force at every day of `date`: issued before it and not ended
        /// by then. With no end recorded (or only a bound), it is certain only up to its last step:
        /// the register does not claim to know every end.
        func isCertainlyInForce(throughout date: PartialDate) -> Bool {
            guard issued.date.isBefore(date) == .yes || (issued.date == date && date.precision == .day) else {
                return false
            }
            if ending == nil && replacedBy == nil || endingIsBound {
                return lastKnownInForce.isBefore(date) == .no
            }
            return [ending?.date, replacedBy?.date].compactMap { $0 }.allSatisfy { $0.isBefore(date) == .no
                && $0 != date }
        }
    }

    /// Where in an event a problem lies, so the loader can point at the right key.
    enum Place: Sendable, Hashable {
        case event, action, target, replaces, date
    }

    /// Something wrong in how the events link up.
    struct Problem: Sendable, Hashable {
        var eventID: String
        var place: Place
        var severity: Diagnostic.Severity
        var message: String
    }

    private(set) var chains: [Chain] = []
    private(set) var problems: [Problem] = []
    /// Targets worked out for revisions and endings that named none: event id to target id.
    private(set) var inferredTargets: [String: String] = [:]

    /// Every intervention event, in date order: looked up by id only to word a problem.
    private let steps: [Event]

    /// Works out the histories of every intervention kind among `events` (any order), and
    /// every problem in them.
    init(events: [Event]) {
        self.init(linking: events)
        checkOverlaps()
    }

    /// The histories alone, for a status: their overlaps are problems that the loader reports
    /// when it reads the council, and checking every chain against every other costs more than
    /// linking them (a header and a strip ask at each first frame).
    static func chains(of events: [Event]) -> [Chain] {
        InterventionHistory(linking: events).chains
    }

    /// Links the steps into chains; records the problems in the links, not the overlaps.
    private init(linking events: [Event]) {
        steps = events.filter { $0.kind.isIntervention }.sortedStably { $0.start }
        for event in steps {
            guard let intervention = event.intervention else { continue }
            let step = Step(id: event.id, date: event.start)
            switch intervention.action {
            case .issued:
                issue(event, intervention, step)
            case .revised, .revoked, .lifted:
                apply(event, intervention, step)
            }
        }
    }

    /// Once every chain is complete: a measure issued while another of its kind is certainly in
    /// force is an error; a direction issued while a notice is certainly in force, and not said
    /// to replace it, is a warning.
    private mutating func checkOverlaps() {
        for chain in chains {
            let date = chain.issued.date
            for other in chains where other.kind == chain.kind && other.issued != chain.issued
                && other.isCertainlyInForce(throughout: date) {
                let ending = chain.kind.endingAction.rawValue
                problem(chain.issued.id, .event, .error, "two \(Self.noun(chain.kind))s in force at once: "
                        + "'\(other.issued.id)' (issued \(other.issued.date.text)) has not been \(ending) by "
                        + "\(date.text); if this one replaced it, write 'action: revised' with "
                        + "'revises: \(other.issued.id)', otherwise record when it was \(ending)")
            }
            guard let notice = Self.noticeKind(replacedBy: chain.kind) else { continue }
            for other in chains where other.kind == notice && other.isCertainlyInForce(throughout: date)
                && other.replacedBy?.id != chain.issued.id {
                problem(chain.issued.id, .event, .warning, "\(notice.measureName) '\(other.issued.id)' (issued "
                        + "\(other.issued.date.text)) is still in force when this direction is issued: if the "
                        + "direction replaced it, add 'replaces: \(other.issued.id)'; otherwise record when the "
                        + "notice was lifted")
            }
        }
    }

    /// The kind as a noun in messages: "direction", "improvement notice", "SEND direction".
    static func noun(_ kind: EventKind) -> String {
        switch kind {
        case .direction: "direction"
        case .improvementNotice: "improvement notice"
        case .sendDirection: "SEND direction"
        case .sendImprovementNotice: "SEND improvement notice"
        default: kind.rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// The noun with its article: "a direction", "an improvement notice".
    static func aNoun(_ kind: EventKind) -> String {
        (kind == .improvementNotice ? "an " : "a ") + noun(kind)
    }

    // MARK: - Issuing

    private mutating func issue(_ event: Event, _ intervention: Intervention, _ step: Step) {
        var chain = Chain(kind: event.kind, issued: step)
        if let notice = Self.noticeKind(replacedBy: event.kind) {
            if let replaced = intervention.replaces {
                chain.replacedNotice = replace(replaced, notice: notice, by: event, step)
            }
        } else if let replaced = intervention.replaces {
            problem(event, .replaces, .error, "'replaces' (the improvement notice a direction replaced) does not "
                    + "apply to a \(event.kind.rawValue) event (replaces '\(replaced)')")
        }
        chains.append(chain)
    }

    /// The notice kind a direction kind can replace.
    static func noticeKind(replacedBy kind: EventKind) -> EventKind? {
        switch kind {
        case .direction: return .improvementNotice
        case .sendDirection: return .sendImprovementNotice
        default: return nil
        }
    }

    /// Marks the notice `id` as replaced by a direction; returns the notice's issuing step.
    private mutating func replace(_ id: String, notice: EventKind, by event: Event, _ step: Step) -> Step? {
        guard let index = chains.lastIndex(where: { $0.kind == notice && $0.contains(id: id) }) else {
            if let later = firstStep(id), later.kind == notice {
                problem(event, .replaces, .error, "'replaces' names '\(id)', dated \(later.start.text), after this "
                        + "direction (\(event.start.text))")
            } else {
                problem(event, .replaces, .error, unknownTarget(id, key: "replaces", kind: notice))
            }
            return nil
        }
        if let ending = chains[index].ending, ending.date.isBefore(event.start) == .yes {
            problem(event, .replaces, .warning, "'replaces' names '\(id)', but that \(Self.noun(notice)) was "
                    + "already lifted by '\(ending.id)' (\(ending.date.text))")
            return chains[index].issued
        }
        chains[index].replacedBy = step
        return chains[index].issued
    }

    // MARK: - Revising and ending

    private mutating func apply(_ event: Event, _ intervention: Intervention, _ step: Step) {
        let action = intervention.action
        guard action == .revised || action == event.kind.endingAction else {
            problem(event, .action, .error, "\(Self.aNoun(event.kind)) is \(event.kind.endingAction.rawValue), "
                    + "not \(action.rawValue)")
            return
        }
        let link = chainIndex(for: event, intervention)
        guard let index = link.index else {
            if action == .revised && link.startsChain { chains.append(Chain(kind: event.kind, issued: step)) }
            return
        }
        if action == .revised {
            chains[index].revisions.append(step)
            return
        }
        let lastInForce = chains[index].lastKnownInForce
        if intervention.dateIsUpperBound, lastInForce.isBefore(event.start) != .yes {
            problem(event, .date, .error, "'by' (\(event.start.text)) is not after the last day the "
                    + "\(Self.noun(event.kind)) is known to have been in force (\(lastInForce.text))")
        }
        chains[index].ending = step
        chains[index].endingIsBound = intervention.dateIsUpperBound
    }

    /// The chain a revision or ending acts on, recording what is wrong with its link; when there
    /// is none, whether a revision should start a chain of its own (its target is unknown).
    private mutating func chainIndex(for event: Event, _ intervention: Intervention)
        -> (index: Int?, startsChain: Bool) {
        let key = Self.targetKey(intervention.action, kind: event.kind)
        let noun = Self.noun(event.kind)
        guard let target = intervention.target else {
            return (inferredChain(for: event, intervention.action, key: key), false)
        }
        guard let index = chains.lastIndex(where: { $0.kind == event.kind && $0.contains(id: target) }) else {
            if let later = firstStep(target), later.kind == event.kind {
                problem(event, .target, .error, "'\(key)' names '\(target)', dated \(later.start.text), after this "
                        + "\(noun) (\(event.start.text))")
                return (nil, false)
            }
            problem(event, .target, .error, unknownTarget(target, key: key, kind: event.kind))
            return (fallbackChain(for: event), true)
        }
        if let ending = chains[index].ending {
            problem(event, .target, .error, "\(noun) '\(chains[index].issued.id)' was already "
                    + "\(event.kind.endingAction.rawValue) by '\(ending.id)' (\(ending.date.text)); a later "
                    + "\(noun) is issued as a new one")
            return (nil, true)
        }
        return (index, false)
    }

    /// For a step that names no target: the one measure of its kind in force at its date.
    private mutating func inferredChain(for event: Event, _ action: Intervention.Action, key: String) -> Int? {
        let candidates = chains.indices.filter { index in
            chains[index].kind == event.kind && chains[index].ending == nil
                && chains[index].issued.date.first <= event.start.last && !chains[index].hasEnded(before: event.start)
        }
        let noun = Self.noun(event.kind)
        switch candidates.count {
        case 1:
            inferredTargets[event.id] = chains[candidates[0]].issued.id
            return candidates[0]
        case 0:
            problem(event, .action, .error, "nothing to \(Self.verb(action)): no \(noun) is in force on "
                    + "\(event.start.text)" + (action == .revised ? " (a new one is 'action: issued')" : ""))
            return nil
        default:
            let ids = candidates.map { "'\(chains[$0].issued.id)'" }.joined(separator: " and ")
            problem(event, .action, .error, "say which \(noun) this \(action.rawValue) with "
                    + "'\(key)': \(ids) are all in force on \(event.start.text)")
            return candidates.last
        }
    }

    /// Where a step with an unknown target still counts: the latest unended chain of its kind
    /// that may have started by its date.
    private func fallbackChain(for event: Event) -> Int? {
        chains.lastIndex { $0.kind == event.kind && $0.ending == nil && $0.issued.date.first <= event.start.last }
    }

    /// The key that names a step's target: `revises`, `revokes` or `lifts`.
    static func targetKey(_ action: Intervention.Action, kind: EventKind) -> String {
        switch action {
        case .revised: return "revises"
        case .revoked: return "revokes"
        case .lifted: return "lifts"
        case .issued: return "replaces"
        }
    }

    /// The action as a verb in messages: "revise", "revoke", "lift".
    private static func verb(_ action: Intervention.Action) -> String {
        switch action {
        case .revised: return "revise"
        case .revoked: return "revoke"
        case .lifted: return "lift"
        case .issued: return action.rawValue
        }
    }

    /// The intervention step with this id (the first, when ids repeat).
    private func firstStep(_ id: String) -> Event? {
        steps.first { $0.id == id }
    }

    private func unknownTarget(_ id: String, key: String, kind: EventKind) -> String {
        var seen = Set<String>()
        let candidates = steps.filter { seen.insert($0.id).inserted && $0.kind == kind }.map(\.id).sorted()
        return "'\(key)' names '\(id)', which is not \(Self.aNoun(kind)) event" + Spelling.hint(for: id, among: candidates)
    }

    private mutating func problem(_ event: Event, _ place: Place, _ severity: Diagnostic.Severity, _ message: String) {
        problem(event.id, place, severity, message)
    }

    private mutating func problem(_ id: String, _ place: Place, _ severity: Diagnostic.Severity, _ message: String) {
        problems.append(Problem(eventID: id, place: place, severity: severity, message: message))
    }
}
