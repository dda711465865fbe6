import Yams

/// One council's entry in a register of DfE interventions (`interventions/<council>.yaml`), read and checked.
struct RegisterFile: Sendable {
    /// A place in the file.
    struct Place: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    var councilID: String
    /// The file as shown in messages.
    var file: String
    var events: [Event]
    /// Where each event starts in the file.
    var places: [String: Place]
    /// Where the file names its council.
    var councilPlace: Place?
    /// How the entry's own events link up, for telling new problems from known ones once merged.
    var problems: [InterventionHistory.Problem]
    var diagnostics: [Diagnostic]
}

extension CouncilFolderLoader {
    /// Reads the register file of the council `expectedID` in the folder (`interventions`).
    func loadRegisterFile() -> RegisterFile {
        let file = path("\(expectedID).yaml")
        var entry = RegisterFile(councilID: expectedID, file: tree.display(file), events: [], places: [:],
                                 councilPlace: nil, problems: [], diagnostics: [])
        guard let (reader, root) = readYAML(file), let top = reader.mapping(root, "a register file") else {
            entry.diagnostics = collectedDiagnostics()
            return entry
        }
        reader.rejectUnknownKeys(top, allowed: ["council", "events"], in: "a register file")
        if top["council"] == nil { reader.error("register file has no 'council' (the council's id)", at: root) }
        if let id = reader.string(top["council"], "council"), id != expectedID {
            reader.error("council '\(id)' does not match the file's name '\(expectedID).yaml'", at: top["council"])
        }
        entry.councilPlace = top["council"]?.mark.map { RegisterFile.Place(line: $0.line, column: $0.column) }
        let nodes = reader.sequence(top["events"], "events") ?? []
        if top["events"] == nil { reader.error("register file has no 'events'", at: root) }
        let read = nodes.compactMap { readEvent($0, reader, from: .register) }
        let history = checkInterventions(read)
        entry.events = Self.applying(history.inferredTargets, to: read)
        entry.problems = history.problems
        entry.places = eventSites.compactMapValues { site in
            site.node.mark.map { RegisterFile.Place(line: $0.line, column: $0.column) }
        }
        entry.diagnostics = collectedDiagnostics()
        return entry
    }

    /// Every diagnostic so far, in file order: the loader's own and each reader's.
    func collectedDiagnostics() -> [Diagnostic] {
        (diagnostics + readers.flatMap(\.diagnostics))
            .sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// Reads `register.yaml` in the folder: what the register covers and which indexes it read.
    func loadRegisterInfo() -> (info: RegisterInfo?, diagnostics: [Diagnostic]) {
        let file = path("register.yaml")
        guard let (reader, root) = readYAML(file), let top = reader.mapping(root, "register.yaml") else {
            return (nil, collectedDiagnostics())
        }
        reader.rejectUnknownKeys(top, allowed: ["register"], in: "register.yaml")
        guard let entries = reader.mapping(top["register"], "register") else {
            if top["register"] == nil { reader.error("register.yaml has no 'register' section", at: root) }
            return (nil, collectedDiagnostics())
        }
        reader.rejectUnknownKeys(entries, allowed: ["title", "from", "checked", "indexes", "note"], in: "register")
        for key in ["from", "checked", "indexes"] where entries[key] == nil {
            reader.error("register has no '\(key)'", at: top["register"])
        }
        let from = reader.date(entries["from"], "from")
        let checked = reader.date(entries["checked"], "checked")
        if let checked, checked.precision != .day {
            reader.error("'checked' must be a day (2025-03-31): the register is complete up to that day",
                         at: entries["checked"])
        }
        if let from, let checked, checked.isBefore(from) == .yes {
            reader.error("'checked' (\(checked.iso)) is before 'from' (\(from.iso))", at: entries["checked"])
        }
        let indexes = readIndexes(entries["indexes"], reader)
        let title = reader.string(entries["title"], "title")
        let note = reader.string(entries["note"], "note")
        guard let from, let checked, checked.precision == .day else { return (nil, collectedDiagnostics()) }
        let info = RegisterInfo(title: title, from: from, checked: checked.first, indexes: indexes, note: note)
        return (info, collectedDiagnostics())
    }

    private func readIndexes(_ node: Node?, _ reader: YAMLReader) -> [RegisterInfo.Index] {
        guard let node, let items = reader.sequence(node, "indexes") else { return [] }
        if items.isEmpty { reader.error("'indexes' is empty: say what was read to find the entries", at: node) }
        return items.compactMap { item in
            guard let entries = reader.mapping(item, "an index") else { return nil }
            reader.rejectUnknownKeys(entries, allowed: ["title", "url", "as-of"], in: "an index")
            if entries["url"] == nil && entries["title"] == nil {
                reader.error("index has neither 'title' nor 'url'", at: item)
            }
            return RegisterInfo.Index(title: reader.string(entries["title"], "title"),
                                      url: reader.string(entries["url"], "url"),
                                      asOf: reader.date(entries["as-of"], "as-of"))
        }
    }
}
