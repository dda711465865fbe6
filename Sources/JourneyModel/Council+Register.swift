/// Folding the register of DfE interventions into a council's own events.
extension Council {
    /// Merges a council's events (hand-written and imported) with the register's entry for it.
    ///
    /// A register event matches a council event with the same id and kind, or else one of the
    /// same kind and action (for directions and notices: issued, revised, revoked, lifted; for
    /// commissioners and advisers: appointment, review) whose date is the same day or, when
    /// either is partial, overlaps it. Each council event absorbs at most one register event.
    /// The council's event wins: it is shown as written, with the register's sources added,
    /// and a different date is returned as a conflict. Unmatched register events are added,
    /// their links (`revises`, `revokes`, `lifts`, `replaces`) renamed to the council events
    /// that absorbed their targets. A register event whose id a different council event
    /// already uses is left out and listed in `skipped`.
    public static func merge(handWritten: [Event], register: [Event]) -> Merged {
        var shown = handWritten
        var claimed = Set<Int>()
        var merged = Merged(events: [], conflicts: [], matches: [:])
        var unmatched: [Event] = []
        let ids = Dictionary(handWritten.enumerated().map { ($1.id, $0) }) { first, _ in first }
        for event in register {
            if let index = ids[event.id], handWritten[index].kind != event.kind {
                merged.skipped.append(event.id)
                continue
            }
            let index = ids[event.id].flatMap { claimed.contains($0) ? nil : $0 }
                ?? handWritten.indices.first { !claimed.contains($0) && sameStep(handWritten[$0], event) }
            guard let index else {
                unmatched.append(event)
                continue
            }
            claimed.insert(index)
            merged.matches[event.id] = handWritten[index].id
            if handWritten[index].start != event.start {
                merged.conflicts.append(MergeConflict(eventID: handWritten[index].id, importedID: event.id, field: "date",
                                                      handWritten: handWritten[index].start.iso, imported: event.start.iso))
            }
            for source in event.sources where !shown[index].sources.contains(source) {
                shown[index].sources.append(source)
            }
        }
        merged.events = shown + unmatched.map { renamingLinks(of: $0, through: merged.matches) }
        return merged
    }

    /// Whether a council event and a register event record the same step.
    private static func sameStep(_ own: Event, _ register: Event) -> Bool {
        guard own.kind == register.kind else { return false }
        switch (own.detail, register.detail) {
        case (.intervention(let left), .intervention(let right)) where left.action == right.action:
            break
        case (.oversight(let left), .oversight(let right)) where left == right:
            break
        default:
            return false
        }
        if own.start.precision == .day && register.start.precision == .day { return own.start == register.start }
        return own.start.first <= register.start.last && register.start.first <= own.start.last
    }

    /// The event with its links renamed to the council events that absorbed their targets.
    private static func renamingLinks(of event: Event, through matches: [String: String]) -> Event {
        guard case .intervention(var intervention) = event.detail else { return event }
        var renamed = event
        intervention.target = intervention.target.map { matches[$0] ?? $0 }
        intervention.replaces = intervention.replaces.map { matches[$0] ?? $0 }
        renamed.detail = .intervention(intervention)
        return renamed
    }
}
