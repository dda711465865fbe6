import Yams

extension CouncilFolderLoader {
    static let letterKeys = ["id", "date", "from", "to", "cc", "reference", "subject", "events", "quotes",
                             "licence", "sources"]

    /// Reads every `letters/*.md`; anything else in the folder is reported, never skipped silently.
    func readLetters() -> [Letter] {
        documentFiles(in: "letters", ending: ".md", what: "letter").compactMap { readLetter($0.file) }
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
    private func readLetter(_ file: String) -> Letter? {
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
        return readLetterFields(entries, root, reader, body: split.body, bodyLine: split.bodyLine)
    }

    private func readLetterFields(_ entries: [(key: String, keyNode: Node, value: Node)], _ root: Node,
                                  _ reader: YAMLReader, body: String, bodyLine: Int) -> Letter? {
        for key in ["id", "date", "subject"] where entries[key] == nil {
            reader.error("letter has no '\(key)'", at: root)
        }
        for key in ["from", "to"] where entries[key] == nil {
            reader.warning("letter has no '\(key)' (recommended: who wrote it and to whom)", at: root)
        }
        let id = readLetterID(entries, reader)
        let date = reader.date(entries["date"], "date")
        let from = reader.string(entries["from"], "from")
        let to = reader.string(entries["to"], "to")
        let subject = reader.string(entries["subject"], "subject")
        let cc = reader.strings(entries["cc"], "cc") ?? []
        let eventIDs = readEventReferences(entries["events"], reader)
        let quotes = readQuotes(entries["quotes"], reader, body: body)
        let sources = readSources(entries["sources"], reader, owner: root, required: false)
        guard let id, let date, let subject else { return nil }
        return Letter(id: id, date: date, from: from, to: to, cc: cc,
                      reference: reader.string(entries["reference"], "reference"), subject: subject,
                      eventIDs: eventIDs, quotes: quotes, licence: reader.string(entries["licence"], "licence"),
                      sources: sources, body: body, bodyLine: bodyLine)
    }

    /// The front matter's id (the file's name need not match it); a second letter with the same id is an error.
    private func readLetterID(_ entries: [(key: String, keyNode: Node, value: Node)], _ reader: YAMLReader) -> String? {
        guard let id = reader.string(entries["id"], "letter id") else { return nil }
        if id.contains("/") || id.hasPrefix(".") {
            reader.error("letter id '\(id)' looks like a path: a letter is named by an id", at: entries["id"])
            return nil
        }
        let mark = reader.diagnostic(.error, "", at: entries["id"])
        let place = "\(reader.file):\(mark.line):\(mark.column)"
        if let first = letterPlaces[id] {
            reader.error("duplicate letter id '\(id)' (first defined at \(first))", at: entries["id"])
            return nil
        }
        letterPlaces[id] = place
        return id
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
        let letterIDs = Set(letters.map(\.id))
        for reference in references {
            let message: String
            switch reference.target {
            case .event where !eventIDs.contains(reference.id):
                message = "no event with id '\(reference.id)'" + Spelling.hint(for: reference.id, among: eventIDs.sorted())
            case .letter where !letterIDs.contains(reference.id):
                message = "no letter with id '\(reference.id)' in letters/" + Spelling.hint(for: reference.id, among: letterIDs.sorted())
            default:
                continue
            }
            diagnostics.append(reference.reader.diagnostic(.error, message, at: reference.node))
        }
    }
}
