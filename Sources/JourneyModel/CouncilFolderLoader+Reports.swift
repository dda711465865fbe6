import Yams

extension CouncilFolderLoader {
    static let reportKeys = ["id", "event", "kind", "framework", "title", "council-name", "start", "end",
                             "published", "lead-inspector", "judgements", "improvements", "source", "licence"]

    /// A report as read, with the nodes that the checks made once every event is known point at.
    struct LoadedReport {
        var report: Report
        var reader: YAMLReader
        var root: Node
        var entries: [(key: String, keyNode: Node, value: Node)]
    }

    /// Reads every `reports/*.txt`; anything else in the folder is reported, never skipped silently.
    func readReports() -> [LoadedReport] {
        documentFiles(in: "reports", ending: ".txt", what: "report").compactMap { readReport($0.file, id: $0.id) }
    }

    /// Reads a report: front matter between `---` lines, then the text with its page markers.
    private func readReport(_ file: String, id expectedID: String) -> LoadedReport? {
        guard let text = readText(file, limit: CouncilLoader.reportFileLimit) else { return nil }
        guard let split = FrontMatter.split(text) else {
            report("a report starts with front matter: a '---' line, YAML, then a closing '---' line", file: file)
            return nil
        }
        let reader = YAMLReader(file: tree.display(file), lineOffset: 1)
        readers.append(reader)
        guard let root = reader.compose(split.yaml), let entries = reader.mapping(root, "front matter") else {
            if reader.diagnostics.isEmpty { reader.error("front matter is empty", line: 0, column: 1) }
            return nil
        }
        reader.rejectUnknownKeys(entries, allowed: Self.reportKeys, in: "a report's front matter")
        let source = readReportSource(entries["source"], reader)
        for problem in ReportFile.parse(split.body, bodyLine: split.bodyLine, pageCount: source?.pages).problems {
            reader.error(problem.message, line: problem.line - 1, column: 1)
        }
        guard let fields = readReportFields(entries, root, reader, expectedID: expectedID), let source else { return nil }
        let report = Report(id: fields.id, eventID: fields.event, kind: fields.kind, framework: fields.framework,
                            title: fields.title, councilName: reader.string(entries["council-name"], "council-name"),
                            start: fields.start, end: fields.end, published: fields.published,
                            leadInspector: reader.string(entries["lead-inspector"], "lead-inspector"),
                            judgements: fields.judgements, improvementsHeading: fields.improvements.heading,
                            improvements: fields.improvements.items, sha256: source.sha256, pageCount: source.pages,
                            extractor: source.extractor, licence: fields.licence, file: file, bodyLine: split.bodyLine)
        return LoadedReport(report: report, reader: reader, root: root, entries: entries)
    }

    private typealias ReportFields = (id: String, event: String, kind: EventKind, framework: Framework?, title: String,
                                      start: PartialDate, end: PartialDate?, published: PartialDate?,
                                      judgements: [Judgement], improvements: (heading: String?, items: [String]),
                                      licence: String)

    private func readReportFields(_ entries: [(key: String, keyNode: Node, value: Node)], _ root: Node,
                                  _ reader: YAMLReader, expectedID: String) -> ReportFields? {
        for key in ["id", "event", "kind", "title", "start", "source", "licence"] where entries[key] == nil {
            reader.error("report has no '\(key)'", at: root)
        }
        let id = reader.string(entries["id"], "report id")
        if let id, id != expectedID {
            reader.error("report id '\(id)' does not match its file name '\(expectedID).txt'", at: entries["id"])
        }
        let event = reader.string(entries["event"], "event id")
        if let event, let node = entries["event"] {
            references.append(Reference(id: event, target: .event, reader: reader, node: node, context: "event"))
        }
        let kind = readReportKind(entries["kind"], reader)
        let framework = readReportFramework(entries, kind: kind, reader)
        let start = reader.date(entries["start"], "start")
        let end = reader.date(entries["end"], "end")
        if let start, let end, end.isBefore(start) == .yes {
            reader.error("end (\(end.iso)) is before start (\(start.iso))", at: entries["end"])
        }
        let published = reader.date(entries["published"], "published")
        let judgements = readReportJudgements(entries, kind: kind, framework: framework, start: start, reader)
        let improvements = readImprovements(entries["improvements"], reader)
        let title = reader.string(entries["title"], "title")
        let licence = reader.string(entries["licence"], "licence")
        guard let id, let event, let kind, let title, let start, let licence else { return nil }
        return (id, event, kind, framework, title, start, end, published, judgements, improvements, licence)
    }

    /// Reports record inspections and visits only.
    private func readReportKind(_ node: Node?, _ reader: YAMLReader) -> EventKind? {
        guard let kind = reader.choice(node, "report kind", as: EventKind.self) else { return nil }
        guard [.inspection, .focusedVisit, .monitoringVisit].contains(kind) else {
            reader.error("a report is of an inspection, focused-visit or monitoring-visit, not \(kind.rawValue)", at: node)
            return nil
        }
        return kind
    }

    private func readReportFramework(_ entries: [(key: String, keyNode: Node, value: Node)], kind: EventKind?,
                                     _ reader: YAMLReader) -> Framework? {
        guard let node = entries["framework"] else {
            if kind == .inspection { reader.error("an inspection report needs 'framework' (SIF or ILACS)", at: entries.keyNode("kind")) }
            return nil
        }
        if let kind, kind != .inspection {
            reader.error("'framework' is not allowed in a \(kind.rawValue) report: it belongs to inspections", at: entries.keyNode("framework"))
        }
        return reader.choice(node, "framework", as: Framework.self)
    }

    private func readReportJudgements(_ entries: [(key: String, keyNode: Node, value: Node)], kind: EventKind?,
                                      framework: Framework?, start: PartialDate?, _ reader: YAMLReader) -> [Judgement] {
        guard let node = entries["judgements"] else { return [] }
        if let kind, kind != .inspection {
            reader.error("'judgements' is not allowed in a \(kind.rawValue) report: visits carry no grades", at: entries.keyNode("judgements"))
            return []
        }
        guard let framework, let start else { return [] }
        return readJudgements(node, reader, framework: framework, start: start)
    }

    private func readImprovements(_ node: Node?, _ reader: YAMLReader) -> (heading: String?, items: [String]) {
        guard let entries = reader.mapping(node, "improvements") else { return (nil, []) }
        reader.rejectUnknownKeys(entries, allowed: ["heading", "items"], in: "improvements")
        if entries["items"] == nil { reader.error("improvements has no 'items'", at: node) }
        return (reader.string(entries["heading"], "heading"), reader.strings(entries["items"], "items") ?? [])
    }

    private func readReportSource(_ node: Node?, _ reader: YAMLReader) -> (sha256: String, pages: Int, extractor: String?)? {
        guard let entries = reader.mapping(node, "source") else { return nil }
        reader.rejectUnknownKeys(entries, allowed: ["sha256", "pages", "extractor"], in: "source")
        for key in ["sha256", "pages"] where entries[key] == nil { reader.error("source has no '\(key)'", at: node) }
        let sha = reader.string(entries["sha256"], "sha256")
        if let sha, sha.range(of: "^[0-9a-f]{64}$", options: .regularExpression) == nil {
            reader.error("sha256 '\(sha)' is not 64 lower-case hexadecimal digits", at: entries["sha256"])
        }
        let pagesText = reader.string(entries["pages"], "pages")
        let pages = pagesText.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        if pagesText != nil && pages == nil {
            reader.error("pages must be a whole number above 0", at: entries["pages"])
        }
        guard let sha, let pages else { return nil }
        return (sha, pages, reader.string(entries["extractor"], "extractor"))
    }
}
