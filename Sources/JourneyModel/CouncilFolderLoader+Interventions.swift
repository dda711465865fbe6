import Yams

extension CouncilFolderLoader {
    /// Works out the history of the directions and notices among `events` and reports each
    /// problem at the key it concerns.
    func checkInterventions(_ events: [Event]) -> InterventionHistory {
        let history = InterventionHistory(events: events)
        for problem in history.problems {
            guard let site = eventSites[problem.eventID] else { continue }
            diagnostics.append(site.reader.diagnostic(problem.severity, problem.message, at: site.node(for: problem.place)))
        }
        return history
    }

    /// The events with the targets worked out for revisions and endings that named none.
    static func applying(_ targets: [String: String], to events: [Event]) -> [Event] {
        guard !targets.isEmpty else { return events }
        return events.map { event in
            guard let target = targets[event.id], case .intervention(var intervention) = event.detail else { return event }
            var inferred = event
            intervention.target = target
            inferred.detail = .intervention(intervention)
            return inferred
        }
    }

    /// The council's events with the register's entry folded in (``Council/merge(handWritten:register:)``),
    /// reporting where the two disagree and any problem their histories make together.
    func addRegister(_ register: RegisterFile, to own: [Event]) -> [Event] {
        let merged = Council.merge(handWritten: own, register: register.events)
        for conflict in merged.conflicts {
            let place = register.places[conflict.importedID]
            diagnostics.append(Diagnostic(file: register.file, line: place?.line ?? 0, column: place?.column ?? 0,
                                          severity: .warning, message: "'\(conflict.importedID)' is the council file's "
                                          + "'\(conflict.eventID)', dated \(conflict.handWritten) there and "
                                          + "\(conflict.imported) here; the council file's date is shown"))
        }
        for skipped in merged.skipped {
            let place = register.places[skipped]
            diagnostics.append(Diagnostic(file: register.file, line: place?.line ?? 0, column: place?.column ?? 0,
                                          severity: .warning, message: "event id '\(skipped)' is also a different "
                                          + "event in \(tree.display(path("council.yaml"))); the register's event is not shown"))
        }
        let known = Set(InterventionHistory(events: own).problems.map { [$0.eventID, $0.message] })
            .union(register.problems.map { [$0.eventID, $0.message] })
        for problem in InterventionHistory(events: merged.events).problems
        where !known.contains([problem.eventID, problem.message]) {
            let message = "with the register's entries added: \(problem.message)"
            if let place = register.places[problem.eventID] {
                diagnostics.append(Diagnostic(file: register.file, line: place.line, column: place.column,
                                              severity: .warning, message: message))
            } else if let site = eventSites[problem.eventID] {
                diagnostics.append(site.reader.diagnostic(.warning, message, at: site.node(for: problem.place)))
            }
        }
        return merged.events
    }
}

extension CouncilFolderLoader.EventSite {
    /// The node a problem points at: its key's value when the event has that key, else the event.
    func node(for place: InterventionHistory.Place) -> Node {
        let keys: [String] = switch place {
        case .event: []
        case .action: ["action"]
        case .target: ["revises", "revokes", "lifts", "action"]
        case .replaces: ["replaces"]
        case .date: ["by", "date", "start"]
        }
        return keys.lazy.compactMap { entries[$0] }.first ?? node
    }
}
