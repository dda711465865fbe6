import Foundation
import Yams

/// Loads and validates one council folder: `council.yaml`, `imported.yaml` and `letters/`.
final class CouncilFolderLoader {
    let tree: any FileTree
    let folder: String
    let expectedID: String
    let mergingImports: Bool
    var diagnostics: [Diagnostic] = []
    /// References to check once every event and letter is known.
    var references: [Reference] = []
    /// Where each event id was first defined, for duplicate reports.
    var eventPlaces: [String: String] = [:]
    /// Direction events by id, to check revises/revokes targets.
    var events: [Event] = []
    /// Every reader used, so their diagnostics are collected once everything is checked.
    var readers: [YAMLReader] = []
    /// Imported event ids folded into hand-written events, and those events' ids.
    var mergedInto: [String: String] = [:]

    /// Where each letter id was first defined, for duplicate reports.
    var letterPlaces: [String: String] = [:]
    /// Where each event was read, to point at its keys once the whole history is known.
    var eventSites: [String: EventSite] = [:]
    /// The register's entry for the council, folded in after the council's own events.
    let register: RegisterFile?
    /// The register's coverage of the council, if a register applies.
    let coverage: RegisterCoverage?

    /// A reference from one place in a file to an event or letter id.
    struct Reference {
        enum Target { case event, letter }
        var id: String
        var target: Target
        var reader: YAMLReader
        var node: Node
        var context: String
    }

    /// An event's mapping in its file.
    struct EventSite {
        var reader: YAMLReader
        var node: Node
        var entries: [(key: String, keyNode: Node, value: Node)]
    }

    init(tree: any FileTree, folder: String, expectedID: String, mergingImports: Bool,
         register: RegisterFile? = nil, coverage: RegisterCoverage? = nil) {
        self.tree = tree
        self.folder = folder
        self.expectedID = expectedID
        self.mergingImports = mergingImports
        self.register = register
        self.coverage = coverage
    }

    func path(_ name: String) -> String { joinPath(folder, name) }

    func report(_ message: String, file: String, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: tree.display(file), severity: severity, message: message))
    }

    /// Loads the folder; nil when the council itself cannot be read.
    func load() -> Council? {
        defer { diagnostics = collectedDiagnostics() }
        let councilPath = path("council.yaml")
        guard tree.kind(of: councilPath) == .file else {
            report("missing council.yaml", file: councilPath)
            return nil
        }
        guard let (reader, root) = readYAML(councilPath) else { return nil }
        var council = readCouncilFile(root, reader)
        let history = checkInterventions(events)
        if let own = council?.events { council?.events = Self.applying(history.inferredTargets, to: own) }
        if tree.kind(of: path("imported.yaml")) == .file, let (importReader, importRoot) = readYAML(path("imported.yaml")) {
            // Read even when the council section failed, so that every problem is reported.
            let imported = readImportedFile(importRoot, importReader)
            if let handWritten = council?.events { council?.events = addImported(imported.events, to: handWritten) }
            for release in imported.releases { council?.coverage.add(release) }
        }
        if let register, let own = council?.events { council?.events = addRegister(register, to: own) }
        council?.registerCoverage = coverage
        if let coverage {
            council?.coverage.add(DataCoverage.Source(kind: .interventionRegister,
                                                      name: "the DfE interventions register", asAt: coverage.checked))
        }
        let letters = readLetters()
        council?.letters = letters
        let reports = readReports()
        if council != nil { attach(reports, to: &council!, mergedInto: mergedInto) }
        checkReferences(letters: letters)
        reportStrayEntries()
        return council
    }

    /// Files a council folder may hold; anything else is reported, never skipped in silence.
    static let knownEntries: Set<String> = ["council.yaml", "imported.yaml", "letters", "reports"]

    private func reportStrayEntries() {
        for name in (try? tree.list(folder)) ?? [] where !Self.knownEntries.contains(name) {
            if let note = CouncilLoader.hiddenEntryNote(name) {
                report(note, file: path(name), severity: .warning)
            } else if !name.hasPrefix(".") {
                report("not part of a council file (council.yaml, imported.yaml, letters/, reports/); ignored",
                       file: path(name), severity: .warning)
            }
        }
    }

    /// Hand-written and imported events together: merged (reporting contradictions), or side by side.
    private func addImported(_ imported: [Event], to handWritten: [Event]) -> [Event] {
        guard mergingImports else { return handWritten + imported }
        let merged = Council.merge(handWritten: handWritten, imported: imported)
        mergedInto = merged.matches
        for conflict in merged.conflicts {
            report("\(conflict); the hand-written value is shown", file: path("imported.yaml"), severity: .warning)
        }
        return merged.events
    }

    // MARK: - Files

    /// Reads a YAML file within the size limit, as valid UTF-8, composed into nodes.
    func readYAML(_ file: String) -> (YAMLReader, Node)? {
        guard let text = readText(file, limit: CouncilLoader.councilFileLimit) else { return nil }
        let reader = YAMLReader(file: tree.display(file))
        readers.append(reader)
        let root = reader.compose(text)
        guard let root else {
            if reader.diagnostics.isEmpty { report("file is empty", file: file) }
            return nil
        }
        return (reader, root)
    }

    /// A file's text: checked to stay inside the council folder, within `limit`, valid UTF-8.
    func readText(_ file: String, limit: Int) -> String? {
        guard tree.stays(file, inside: folder) else {
            report("path leaves the council folder (a symbolic link pointing outside?)", file: file)
            return nil
        }
        if let size = tree.size(of: file), size > limit {
            report("file is \(size) bytes, over the limit of \(limit) bytes", file: file)
            return nil
        }
        guard let data = try? tree.read(file) else {
            report("cannot read file", file: file)
            return nil
        }
        guard data.count <= limit else {
            report("file is \(data.count) bytes, over the limit of \(limit) bytes", file: file)
            return nil
        }
        if let offset = UTF8Check.firstInvalidOffset(in: data) {
            report("not valid UTF-8: bad byte at offset \(offset)", file: file)
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - council.yaml

    private func readCouncilFile(_ root: Node, _ reader: YAMLReader) -> Council? {
        guard let top = reader.mapping(root, "council.yaml") else { return nil }
        reader.rejectUnknownKeys(top, allowed: ["council", "people", "events"], in: "council.yaml")
        guard let councilNode = top["council"] else {
            reader.error("council.yaml has no 'council' section", at: root)
            return nil
        }
        var council = readCouncilSection(councilNode, reader)
        let people = reader.sequence(top["people"], "people")?.compactMap { readPerson($0, reader) } ?? []
        let events = reader.sequence(top["events"], "events")?.compactMap { readEvent($0, reader, from: .handWritten) }
        council?.people = people
        council?.events = events ?? []
        return council
    }

    private func readImportedFile(_ root: Node, _ reader: YAMLReader)
        -> (events: [Event], releases: [DataCoverage.Source]) {
        guard let top = reader.mapping(root, "imported.yaml") else { return ([], []) }
        reader.rejectUnknownKeys(top, allowed: ["releases", "events"], in: "imported.yaml")
        let releases = reader.sequence(top["releases"], "releases")?.compactMap { readRelease($0, reader) } ?? []
        let nodes = reader.sequence(top["events"], "events") ?? []
        return (nodes.compactMap { readEvent($0, reader, from: .imported) }, releases)
    }

    /// One release the import read for this council: its title, publication and as-at dates.
    /// Only a release that gives its as-at date adds to the data's coverage.
    private func readRelease(_ node: Node, _ reader: YAMLReader) -> DataCoverage.Source? {
        guard let entries = reader.mapping(node, "release") else { return nil }
        reader.rejectUnknownKeys(entries, allowed: ["title", "published", "as-at"], in: "a release")
        let title = reader.string(entries["title"], "title")
        if entries["title"] == nil { reader.error("release has no 'title'", at: node) }
        _ = reader.date(entries["published"], "published")
        guard let title, let asAt = readDay(entries["as-at"], "as-at", reader) else { return nil }
        return DataCoverage.Source(kind: .ofstedRelease, name: title, asAt: asAt)
    }

    /// A date that must be known to the day (an as-at date).
    func readDay(_ node: Node?, _ what: String, _ reader: YAMLReader) -> CalendarDay? {
        guard let date = reader.date(node, what) else { return nil }
        guard date.precision == .day else {
            reader.error("'\(what)' must be a day (e.g. 2025-03-31), not '\(date.iso)'", at: node)
            return nil
        }
        return date.first
    }

    private static let councilKeys = ["id", "name", "region", "area-code", "status", "note", "as-at"]

    private func readCouncilSection(_ node: Node, _ reader: YAMLReader) -> Council? {
        guard let entries = reader.mapping(node, "council") else { return nil }
        reader.rejectUnknownKeys(entries, allowed: Self.councilKeys, in: "council")
        let id = reader.string(entries["id"], "council id")
        let name = reader.string(entries["name"], "council name")
        if entries["id"] == nil { reader.error("council has no 'id'", at: node) }
        if entries["name"] == nil { reader.error("council has no 'name'", at: node) }
        if let id, id != expectedID {
            reader.error("council id '\(id)' does not match its folder '\(expectedID)'", at: entries["id"])
        }
        let areaCode = reader.string(entries["area-code"], "area-code")
        if let areaCode, areaCode.range(of: #"^E\d{8}$"#, options: .regularExpression) == nil {
            reader.error("area-code '\(areaCode)' is not an ONS code such as E06000002", at: entries["area-code"])
        }
        if let status = reader.string(entries["status"], "status"), !["current", "former"].contains(status) {
            reader.error("unknown status '\(status)' (expected current or former)", at: entries["status"])
        }
        _ = reader.string(entries["note"], "note")
        let asAt = readDay(entries["as-at"], "as-at", reader)
        guard let id, let name else { return nil }
        let coverage = DataCoverage(sources: asAt.map { [DataCoverage.Source(kind: .councilFile, name: "the council file",
                                                                               asAt: $0)] } ?? [])
        return Council(id: id, name: name, region: reader.string(entries["region"], "region"), areaCode: areaCode,
                       isFormer: entries["status"]?.scalar?.string == "former",
                       note: entries["note"]?.scalar?.string, coverage: coverage)
    }

    private static let personKeys = ["name", "role", "title", "from", "to", "note", "sources"]

    private func readPerson(_ node: Node, _ reader: YAMLReader) -> RoleHolder? {
        guard let entries = reader.mapping(node, "person") else { return nil }
        reader.rejectUnknownKeys(entries, allowed: Self.personKeys, in: "a person")
        if entries["name"] == nil { reader.error("person has no 'name'", at: node) }
        if entries["role"] == nil { reader.error("person has no 'role'", at: node) }
        let name = reader.string(entries["name"], "name")
        let role = reader.choice(entries["role"], "role", as: Role.self)
        let from = reader.date(entries["from"], "from")
        let to = reader.date(entries["to"], "to")
        if let from, let to, to.isBefore(from) == .yes {
            reader.error("'to' (\(to.iso)) is before 'from' (\(from.iso))", at: entries["to"])
        }
        let sources = readSources(entries["sources"], reader, owner: node, required: true)
        guard let name, let role else { return nil }
        return RoleHolder(name: name, role: role, title: reader.string(entries["title"], "title"), from: from,
                          to: to, note: reader.string(entries["note"], "note"), sources: sources)
    }

    /// Sources: strings, or mappings with title and url.
    func readSources(_ node: Node?, _ reader: YAMLReader, owner: Node, required: Bool) -> [Source] {
        guard let node else {
            if required { reader.error("no 'sources': every fact needs a source", at: owner) }
            return []
        }
        let items = reader.sequence(node, "sources") ?? []
        if items.isEmpty && required { reader.error("'sources' is empty: every fact needs a source", at: node) }
        return items.compactMap { item in
            if item.scalar != nil {
                return reader.string(item, "source").map { text in
                    text.contains("://") ? Source(url: text) : Source(title: text)
                }
            }
            guard let entries = reader.mapping(item, "source") else { return nil }
            reader.rejectUnknownKeys(entries, allowed: ["title", "url"], in: "a source")
            let source = Source(title: reader.string(entries["title"], "title"), url: reader.string(entries["url"], "url"))
            if source.title == nil && source.url == nil { reader.error("source has neither title nor url", at: item) }
            return source
        }
    }
}
