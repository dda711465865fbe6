import Yams

extension CouncilFolderLoader {
    static let letterKeys = ["id", "date", "from", "to", "cc", "reference", "subject", "events", "quotes",
                             "licence", "sources"]

    /// Reads every `letters/*.md`; anything else in the folder is reported, never skipped silently.
    func readLetters() -> [Letter] {
        documentFiles(in: "letters", ending: ".md", what: "letter").compactMap { readLetter($0.file, id: $0.id) }
    }

    /// The files of a council's `letters/` or `reports/` folder ending in `suffix`, each with its
    /// id (the name without the suffix). What an interrupted import left is reported, other
    /// names starting with a dot are passed over, anything else is reported and ignored.
    func documentFiles(in name: String, ending suffix: String, what: String) -> [(file: String, id: String)] {
        let folder = path(name)
        switch tree.kind(of: folder) {
        case .missing: return []
        case .directory: break
        default:
            report("'\(name)' is not a folder", file: folder)
            return []
        }
        var files: [(file: String, id: String)] = []
        for entry in (try? tree.list(folder)) ?? [] {
            let file = joinPath(folder, entry)
            if let note = CouncilLoader.hiddenEntryNote(entry) {
                report(note, file: file, severity: .warning)
                continue
            }
            guard !entry.hasPrefix(".") else { continue }
            guard entry.hasSuffix(suffix), tree.kind(of: file) == .file else {
                report("not a \(what) file (\(what)s are \(suffix) files); ignored", file: file, severity: .warning)
                continue
            }
            files.append((file, String(entry.dropLast(suffix.count))))
        }
        return files
    }

    /// Reads a letter: front matter between `---` lines, then the text.
    private func readLetter(_ file: String, id expectedID: String) -> Letter? {
        guard let text = readText(file, limit: CouncilLoader.letterFileLimit) else { return nil }
        guard let split = FrontMatter.split(text) else {
            report("a letter starts with front matter: a '---' line, YAML, then a closing '---' line",
                   file: file)
            return nil
        }
        let reader = YAMLReader(file: tree.display(file), lineOffset: 1)
        readers.append(reader)
        guard let root = reader.compose(split.yaml), let entries = reader.mapping(root, "front matter") else {
            if reader.diagnostics.isEmpty { reader.error("front matter is empty", line: 0, column: 1) }
            return nil
        }
        reader.rejectUnknownKeys(entries, allowed: Self.letterKeys, in: "a letter's front matter")
        return readLetterFields(entries, root, reader, expectedID: expectedID, body: split.body,
                                bodyLine: split.bodyLine)
    }

    private func readLetterFields(_ entries: [(key: String, keyNode: Node, value: Node)], _ root: Node,
                                  _ reader: YAMLReader, expectedID: String, body: String, bodyLine: Int) -> Letter? {
        for key in ["id", "date", "from", "to", "subject"] where entries[key] == nil {
            reader.error("letter has no '\(key)'", at: root)
        }
        let id = reader.string(entries["id"], "letter id")
        if let id, id != expectedID {
            reader.error("letter id '\(id)' does not match its file name '\(expectedID).md'", at: entries["id"])
        }
        let date = reader.date(entries["date"], "date")
        let from = reader.string(entries["from"], "from")
        let to = reader.string(entries["to"], "to")
        let subject = reader.string(entries["subject"], "subject")
        let cc = reader.strings(entries["cc"], "cc") ?? []
        let eventIDs = readEventReferences(entries["events"], reader)
        let quotes = readQuotes(entries["quotes"], reader, body: body)
        let sources = readSources(entries["sources"], reader, owner: root, required: false)
        guard let id, let date, let from, let to, let subject else { return nil }
        return Letter(id: id, date: date, from: from, to: to, cc: cc,
                      reference: reader.string(entries["reference"], "reference"), subject: subject,
                      eventIDs: eventIDs, quotes: quotes, licence: reader.string(entries["licence"], "licence"),
                      sources: sources, body: body, bodyLine: bodyLine)
    }

    private func readEventReferences(_ node: Node?, _ reader: YAMLReader) -> [String] {
        guard let node else { return [] }
        let items = node.scalar != nil ? [node] : (reader.sequence(node, "events") ?? [])
        return items.compactMap { item in
            guard let id = reader.string(item, "event id") else { return nil }
            references.append(Reference(id: id, target: .event, reader: reader, node: item, context: "events"))
            return id
        }
    }

    private func readQuotes(_ node: Node?, _ reader: YAMLReader, body: String) -> [Quote] {
        guard let items = reader.sequence(node, "quotes") else { return [] }
        return items.compactMap { item in
            guard let entries = reader.mapping(item, "quote") else { return nil }
            reader.rejectUnknownKeys(entries, allowed: ["text", "event"], in: "a quote")
            for key in ["text", "event"] where entries[key] == nil { reader.error("quote has no '\(key)'", at: item) }
            let text = reader.string(entries["text"], "quote text")
            let event = reader.string(entries["event"], "quote event")
            if let text, !body.contains(text) {
                reader.error("quoted phrase \"\(text)\" does not occur in the letter's text", at: entries["text"])
            }
            if let event, let eventNode = entries["event"] {
                references.append(Reference(id: event, target: .event, reader: reader, node: eventNode, context: "quote"))
            }
            guard let text, let event else { return nil }
            return Quote(text: text, eventID: event)
        }
    }

    /// Checks every reference now that all events and letters are known.
    func checkReferences(letters: [Letter]) {
        let eventIDs = Set(events.map(\.id))
        let directionIDs = Set(events.filter { $0.kind == .direction }.map(\.id))
        let letterIDs = Set(letters.map(\.id))
        for reference in references {
            let message: String
            switch reference.target {
            case .event where !eventIDs.contains(reference.id):
                message = "no event with id '\(reference.id)'" + Spelling.hint(for: reference.id, among: eventIDs.sorted())
            case .direction where !directionIDs.contains(reference.id):
                message = "'\(reference.context)' names '\(reference.id)', which is not a direction event"
                    + Spelling.hint(for: reference.id, among: directionIDs.sorted())
            case .letter where !letterIDs.contains(reference.id):
                message = "no letter '\(reference.id)': missing letter file letters/\(reference.id).md"
            default:
                continue
            }
            diagnostics.append(reference.reader.diagnostic(.error, message, at: reference.node))
        }
        checkDirectionHistory()
    }

    /// A revision or revocation must come after the direction it names, and a direction once
    /// revoked can be neither revised nor revoked again (a new direction is issued instead).
    private func checkDirectionHistory() {
        let directions = Dictionary(events.filter { $0.kind == .direction }.map { ($0.id, $0) }) { first, _ in first }
        let revocations = directions.values.filter { Self.action(of: $0) == .revoked }
            .sorted { PartialDate.sortsBefore($0.start, $1.start) || ($0.start == $1.start && $0.id < $1.id) }
        for reference in references where reference.target == .direction {
            guard let event = reference.from.flatMap({ directions[$0] }), let target = directions[reference.id] else {
                continue
            }
            if event.start.isBefore(target.start) == .yes {
                diagnostics.append(reference.reader.diagnostic(.error, "'\(reference.context)' names '\(target.id)', "
                    + "dated \(target.start.text), after this direction (\(event.start.text))", at: reference.node))
            }
            let root = Self.root(of: target, in: directions)
            let earlier = revocations.first { other in
                other.id != event.id && Self.root(of: other, in: directions) == root
                    && event.start.isBefore(other.start) != .yes
            }
            if let earlier {
                diagnostics.append(reference.reader.diagnostic(.error, "direction '\(root)' was already revoked by "
                    + "'\(earlier.id)' (\(earlier.start.text)); a later direction is issued as a new one",
                    at: reference.node))
            }
        }
    }

    private static func action(of event: Event) -> Direction.Action? {
        if case .direction(let direction) = event.detail { return direction.action }
        return nil
    }

    /// The id of the issued direction a chain of revisions and revocations leads back to.
    private static func root(of event: Event, in directions: [String: Event]) -> String {
        var current = event
        var seen: Set<String> = [event.id]
        while case .direction(let direction) = current.detail, let target = direction.target,
              let next = directions[target], seen.insert(next.id).inserted {
            current = next
        }
        return current.id
    }
}
