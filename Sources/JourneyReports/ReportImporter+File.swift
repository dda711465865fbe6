import Crypto
import Foundation
import JourneyImport
import JourneyModel

extension ReportImporter {
    /// Attaches one file, or says why not.
    func importFile(_ url: URL, into state: inout RootState, extractor: PDFExtractor) async throws(Failure) -> Outcome.Result {
        let bytes: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= limits.maxFileBytes else { return .refused(.tooLarge(bytes: size, limit: limits.maxFileBytes)) }
            bytes = try Data(contentsOf: url)
        } catch {
            return .refused(.cannotRead(error.localizedDescription))
        }
        let sha = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        for council in state.councils {
            if let report = council.reports.first(where: { $0.sha256 == sha }) {
                return .alreadyAttached(council: council.id, event: report.eventID, file: "reports/\(report.id).txt")
            }
        }
        do {
            let extraction = try await extractor.extract(url, bytes: bytes)
            return try attach(extraction, sha: sha, into: &state)
        } catch let refusal as Refusal {
            return .refused(refusal)
        } catch let failure as Failure {
            throw failure
        } catch {
            return .refused(.unreadable("\(error)"))
        }
    }

    /// Reads the text, finds the council and the event, and writes the report's file.
    private func attach(_ extraction: PDFExtractor.Extraction, sha: String, into state: inout RootState) throws -> Outcome.Result {
        var facts = try FrontPage.read(extraction.pages)
        let ids = state.matcher.councils(named: facts.councilNames)
        let named = state.councils.filter { ids.contains($0.id) }
        guard !named.isEmpty else { throw Refusal.noCouncil(named: facts.councilNames) }
        guard facts.start != nil else { throw Refusal.noDates("visit dates (\"... children's services on ...\")") }
        let (council, event) = try Self.matchEvent(facts, among: named)
        if let existing = council.reports.first(where: { $0.eventID == event.id || $0.id == event.id }) {
            throw Refusal.eventHasAnotherReport(event: event.id, file: "reports/\(existing.id).txt")
        }
        if facts.kind == .inspection, let framework = facts.framework, let start = facts.start {
            facts.judgements = JudgementTable.read(extraction.pages, framework: framework, start: start)
        }
        facts.leadInspector = ReportBody.leadInspector(extraction.pages)
        if let list = ReportBody.improvements(extraction.pages) {
            facts.improvementsHeading = list.heading
            facts.improvements = list.items
        }
        let text = ReportFileWriter.render(id: event.id, event: event, facts: facts, sha256: sha, extraction: extraction)
        try write(text, council: council.id, id: event.id)
        try record(id: event.id, council: council.id, in: &state)
        return .attached(council: council.id, event: event.id, summary: facts.summary, pages: extraction.pages.count,
                         file: "reports/\(event.id).txt")
    }

    /// The one event the report records among the councils it names.
    private static func matchEvent(_ facts: ReportFacts, among councils: [Council]) throws -> (Council, Event) {
        var matched: [(Council, Event)] = []
        var ambiguous: [String] = []
        var misses: [String] = []
        for council in councils {
            switch EventMatcher.match(facts, in: council) {
            case .matched(let event): matched.append((council, event))
            case .ambiguous(let ids): ambiguous += ids.map { "\(council.id)/\($0)" }
            case .none(let why): misses.append(why)
            }
        }
        if matched.count == 1, ambiguous.isEmpty { return matched[0] }
        if matched.count > 1 { throw Refusal.ambiguousCouncil(matched.map { $0.0.id }) }
        if !ambiguous.isEmpty { throw Refusal.ambiguousEvent(ambiguous) }
        throw Refusal.noMatchingEvent(misses.joined(separator: "; "))
    }

    private func write(_ text: String, council: String, id: String) throws(Failure) {
        let folder = root.appendingPathComponent("councils").appendingPathComponent(council)
        let reports = folder.appendingPathComponent("reports")
        let writer = AtomicWriter()
        writer.removeLeftovers(in: folder)
        do {
            try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
            try writer.write(text, to: reports.appendingPathComponent("\(id).txt"))
        } catch {
            throw .cannotWrite("\(reports.path): \(error)")
        }
    }

    /// Adds what was written to the councils in memory, checking that the file reads back clean.
    private func record(id: String, council: String, in state: inout RootState) throws(Failure) {
        let file = "councils/\(council)/reports/\(id).txt"
        let tree = DiskTree(root: root, name: root.path)
        let loaded = CouncilLoader.loadCouncil(tree, folder: "councils/\(council)", id: council)
        guard !loaded.hasErrors, let reloaded = loaded.councils.first, reloaded.report(id) != nil else {
            throw .dataErrors(loaded.errors.isEmpty
                ? [Diagnostic(file: file, message: "the report written does not read back")] : loaded.errors)
        }
        if let index = state.councils.firstIndex(where: { $0.id == council }) { state.councils[index] = reloaded }
    }
}
