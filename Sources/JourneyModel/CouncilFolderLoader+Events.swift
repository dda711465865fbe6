import Yams

extension CouncilFolderLoader {
    static let commonEventKeys = ["id", "kind", "title", "start", "date", "end", "published", "summary",
                                  "sources", "letters", "letter", "people", "note"]

    /// The keys each kind adds to the common ones.
    static func ownKeys(of kind: EventKind) -> [String] {
        switch kind {
        case .inspection: return ["framework", "type", "judgements"]
        case .focusedVisit, .monitoringVisit: return ["theme"]
        case .direction, .sendDirection: return ["action", "revises", "revokes", "replaces", "legal-basis", "by"]
        case .improvementNotice, .sendImprovementNotice: return ["action", "revises", "lifts", "by"]
        case .commissioner, .adviser: return ["action"]
        case .ministerialDecision, .leadershipChange, .letter: return []
        }
    }

    /// Where an event is read from: the keys and kinds it may have, and its origin.
    enum EventSource {
        /// `council.yaml`, written by hand.
        case handWritten
        /// `imported.yaml`: each event also names its release row (`origin`).
        case imported
        /// A register file `interventions/<council>.yaml`: DfE's interventions only, and no letters.
        case register

        /// The kinds a register file may hold.
        static let registerKinds: [EventKind] = [.direction, .improvementNotice, .sendDirection,
                                                 .sendImprovementNotice, .commissioner, .adviser]
    }

    /// Why a key of another kind is not allowed, for a clearer message than "unknown key".
    static func misplacedKeyReasons(for kind: EventKind) -> [String: String] {
        var reasons: [String: String] = [:]
        if kind == .focusedVisit || kind == .monitoringVisit {
            reasons["judgements"] = "visits carry no grades"
        } else if kind != .inspection {
            reasons["judgements"] = "only inspections have judgements"
        }
        for other in EventKind.allCases where other != kind {
            for key in ownKeys(of: other) where !ownKeys(of: kind).contains(key) && reasons[key] == nil {
                reasons[key] = "it belongs to \(other.rawValue) events"
            }
        }
        return reasons
    }

    /// Reads one event; nil when its identity (id, kind, date) cannot be established.
    func readEvent(_ node: Node, _ reader: YAMLReader, from source: EventSource) -> Event? {
        guard let entries = reader.mapping(node, "event") else { return nil }
        let kind = readKind(entries, node, reader, from: source)
        let id = readEventID(entries, node, reader)
        var allowed = Self.commonEventKeys + (kind.map(Self.ownKeys) ?? [])
        var explain = kind.map(Self.misplacedKeyReasons) ?? [:]
        switch source {
        case .imported: allowed.append("origin")
        case .register:
            allowed.removeAll { $0 == "letters" || $0 == "letter" }
            for key in ["letters", "letter"] { explain[key] = "a register has no letter files; cite them in 'sources'" }
            if let id, !id.hasPrefix("dfe-") {
                reader.warning("register event ids start with 'dfe-' so they never clash with a council file's "
                               + "(e.g. 'dfe-\(id)')", at: entries["id"])
            }
        case .handWritten: break
        }
        if let kind {
            reader.rejectUnknownKeys(entries, allowed: allowed, in: "a \(kind.rawValue) event", explain: explain)
        }
        let dates = readDates(entries, node, reader)
        let sources = readSources(entries["sources"], reader, owner: node, required: true)
        let letters = source == .register ? [] : readLetterIDs(entries, reader)
        let people = readEventPeople(entries["people"], reader)
        let summary = reader.string(entries["summary"], "summary") ?? ""
        let note = reader.string(entries["note"], "note")
        let origin: Origin = switch source {
        case .handWritten: .handWritten
        case .imported: readOrigin(entries["origin"], node, reader)
        case .register: .register
        }
        if let id { eventSites[id] = EventSite(reader: reader, node: node, entries: entries) }
        guard let id, let kind, let dates else { return nil }
        let detail = readDetail(kind, entries, node, reader, start: dates.start, id: id)
        let title = reader.string(entries["title"], "title") ?? Self.defaultTitle(kind: kind, detail: detail, date: dates.start)
        let event = Event(id: id, kind: kind, title: title, start: dates.start, end: dates.end,
                          published: dates.published, summary: summary, sources: sources, letterIDs: letters,
                          people: people, detail: detail, origin: origin, note: note)
        events.append(event)
        return event
    }

    private func readKind(_ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                          _ reader: YAMLReader, from source: EventSource) -> EventKind? {
        guard entries["kind"] != nil else {
            reader.error("event has no 'kind'", at: node)
            return nil
        }
        guard let kind = reader.choice(entries["kind"], "event kind", as: EventKind.self) else { return nil }
        if source == .register && !EventSource.registerKinds.contains(kind) {
            reader.error("a register holds DfE's interventions only (kinds: "
                         + EventSource.registerKinds.map(\.rawValue).joined(separator: ", ") + "), not '\(kind.rawValue)' "
                         + "events; write those in the council's council.yaml", at: entries["kind"])
            return nil
        }
        return kind
    }

    private func readEventID(_ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                             _ reader: YAMLReader) -> String? {
        guard entries["id"] != nil else {
            reader.error("event has no 'id'", at: node)
            return nil
        }
        guard let id = reader.string(entries["id"], "event id") else { return nil }
        guard id.range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) != nil else {
            reader.error("event id '\(id)' must be lower-case letters, digits and hyphens", at: entries["id"])
            return nil
        }
        let place = "\(reader.file):\(entries["id"]?.mark?.description ?? "")"
        if let first = eventPlaces[id] {
            reader.error("duplicate event id '\(id)' (first defined at \(first))", at: entries["id"])
            return nil
        }
        eventPlaces[id] = place
        return id
    }

    /// The event's dates. `by:` (the day by which an ending had happened, for a revocation or
    /// lifting whose own date is not known) stands in for `date:`; the intervention's reading
    /// checks that it is used only there.
    private func readDates(_ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                           _ reader: YAMLReader) -> (start: PartialDate, end: PartialDate?, published: PartialDate?)? {
        let given = ["start", "date", "by"].filter { entries[$0] != nil }
        if given.count > 1 {
            reader.error("give one of 'date' (or 'start') and 'by', not " + given.map { "'\($0)'" }.joined(separator: " and "),
                         at: entries.keyNode(given[1]))
        }
        guard let startNode = entries["start"] ?? entries["date"] ?? entries["by"] else {
            reader.error("event has no 'date' (or 'start')", at: node)
            return nil
        }
        let start = reader.date(startNode, given.first == "by" ? "by" : "date")
        let end = reader.date(entries["end"], "end")
        let published = reader.date(entries["published"], "published")
        guard let start else { return nil }
        if let end, end.isBefore(start) == .yes {
            reader.error("end (\(end.iso)) is before start (\(start.iso))", at: entries["end"])
        }
        if let published, published.isBefore(start) == .yes {
            reader.error("published (\(published.iso)) is before start (\(start.iso))", at: entries["published"])
        }
        return (start, end, published)
    }

    private func readLetterIDs(_ entries: [(key: String, keyNode: Node, value: Node)],
                               _ reader: YAMLReader) -> [String] {
        var ids: [String] = []
        for key in ["letters", "letter"] {
            guard let node = entries[key] else { continue }
            let items = node.scalar != nil ? [node] : (reader.sequence(node, key) ?? [])
            for item in items {
                guard let id = reader.string(item, "letter id") else { continue }
                if id.contains("/") || id.hasPrefix(".") {
                    reader.error("letter '\(id)' is a path: a letter is named by its id (the file letters/<id>.md), "
                                 + "so it cannot leave the council folder", at: item)
                    continue
                }
                references.append(Reference(id: id, target: .letter, reader: reader, node: item, context: key))
                ids.append(id)
            }
        }
        return ids
    }

    private func readEventPeople(_ node: Node?, _ reader: YAMLReader) -> [EventPerson] {
        guard let items = reader.sequence(node, "people") else { return [] }
        return items.compactMap { item in
            guard let entries = reader.mapping(item, "person") else { return nil }
            reader.rejectUnknownKeys(entries, allowed: ["name", "role"], in: "an event's person")
            guard let name = reader.string(entries["name"], "name") else {
                if entries["name"] == nil { reader.error("person has no 'name'", at: item) }
                return nil
            }
            return EventPerson(name: name, role: reader.string(entries["role"], "role") ?? "")
        }
    }

    private func readOrigin(_ node: Node?, _ owner: Node, _ reader: YAMLReader) -> Origin {
        guard let entries = reader.mapping(node, "origin") else {
            reader.error("imported event has no 'origin'", at: owner)
            return .imported(release: "", sheet: "", row: 0)
        }
        reader.rejectUnknownKeys(entries, allowed: ["release", "published", "sheet", "row"], in: "origin")
        _ = reader.date(entries["published"], "published")
        let row = reader.string(entries["row"], "row").flatMap { Int($0) }
        if entries["row"] != nil && row == nil { reader.error("row must be a number", at: entries["row"]) }
        return .imported(release: reader.string(entries["release"], "release") ?? "",
                         sheet: reader.string(entries["sheet"], "sheet") ?? "", row: row ?? 0)
    }
}
