import JourneyIndex
import JourneyModel
import JourneyReview

/// What `journey search` was asked, as plain values: made by ``Search`` after ArgumentParser,
/// or by ``SearchShortcut`` without it.
struct SearchRequest: Equatable {
    var data: DataSelection
    var format: OutputFormat
    /// Every council of the data root rather than one.
    var all: Bool
    /// The words to find, joined by spaces.
    var query: [String]

    /// A hit as JSON: the model's hit and the council it is in.
    struct HitRecord: Encodable {
        var council: String
        var hit: SearchHit

        func encode(to encoder: any Encoder) throws {
            try hit.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(council, forKey: .council)
        }

        enum Key: String, CodingKey { case council }
    }

    /// Searches, printing every hit (or that there is none) in the format asked for.
    func run() throws {
        try CommandFailure.reporting {
            let text = query.joined(separator: " ")
            guard !text.allSatisfy(\.isWhitespace) else { throw CommandFailure(.usage, "the search query is empty") }
            let catalogue = try data.catalogue()
            let ids = all ? try everyCouncilID(in: catalogue) : [try data.councilID(in: catalogue)]
            // The index (brought up to date by reading the summaries) answers for the councils
            // whose files it holds current, without loading them; the others are searched here.
            let answered = all ? (catalogue.store as? OpeningIndex)?.index?.hits(of: text, in: ids) : nil
            let notes = openNotes()
            var records: [HitRecord] = []
            for id in ids {
                // Notes are not in the index: every council's are searched.
                let noteHits = notes.map { notesHits(text, in: $0, councilID: id) } ?? []
                let hits = try answered?[id] ?? search(text, inCouncil: id, of: catalogue)
                records += (hits + noteHits).map { HitRecord(council: id, hit: $0) }
            }
            switch format {
            case .text:
                let several = ids.count > 1
                Output.lines(records.isEmpty ? ["No matches for \"\(text)\"."] : records.map { line($0, naming: several) })
            case .json: try Output.json(records)
            }
        }
    }

    /// Every council of the root, by name, once their summaries show no error anywhere: errors
    /// stop the search with every diagnostic, as loading every council would, without decoding
    /// the councils the index rules out.
    private func everyCouncilID(in catalogue: CouncilCatalogue) throws -> [String] {
        try DataOptions.check(catalogue.summaryDiagnostics())
        return catalogue.summaries().loadable.map(\.id)
    }

    /// Your notes' store, opened once for the whole search (nil when there is none); one that
    /// cannot be read is reported on standard error, once, and the search goes on without it.
    private func openNotes() -> ReviewStore? {
        do {
            return try ReviewAccess.openForReading()
        } catch {
            Output.error("\(error)\n(your notes were not searched)")
            return nil
        }
    }

    /// Hits in your notes on one council.
    private func notesHits(_ text: String, in store: ReviewStore, councilID: String) -> [SearchHit] {
        do {
            return try ReviewAccess.performing { try store.snapshot(councilID: councilID) }.search(text)
        } catch {
            Output.error("\(error)\n(your notes on \(councilID) were not searched)")
            return []
        }
    }

    /// The hits in a council's events, letters and reports, the council loaded and its reports read.
    private func search(_ text: String, inCouncil id: String, of catalogue: CouncilCatalogue) throws -> [SearchHit] {
        let council = try DataOptions.council(from: catalogue.load(id))
        return council.search(text, reportTexts: try reportTexts(of: council, in: catalogue))
    }

    /// The text of every report of a council, read now that it is needed.
    private func reportTexts(of council: Council, in catalogue: CouncilCatalogue) throws -> [String: ReportText] {
        var texts: [String: ReportText] = [:]
        for report in council.reports {
            do {
                texts[report.id] = try catalogue.text(of: report)
            } catch {
                throw CommandFailure(.dataError, "\(error)")
            }
        }
        return texts
    }

    /// A hit as one line of text: the council (when several are searched), where the hit is,
    /// and its context. Built in one string of the size it needs (2,000 hits are common).
    private func line(_ record: HitRecord, naming council: Bool) -> String {
        let hit = record.hit
        var line = ""
        line.reserveCapacity(record.council.utf8.count + hit.ownerID.utf8.count + hit.context.utf8.count + 48)
        if council { line += record.council + " " }
        line += hit.owner.rawValue + (hit.owner == .note ? " #" : " ") + hit.ownerID
        switch hit.owner {
        case .letter: line += ":" + String(hit.line)
        case .report: line += " p." + String(hit.page ?? 0) + ":" + String(hit.line) + " (event " + (hit.eventID ?? "") + ")"
        case .event: line += " (" + hit.field.rawValue + ")"
        case .note: line += ":" + String(hit.line) + (hit.eventID.map { " (event " + $0 + ")" } ?? "")
        }
        line += ": " + hit.context
        return line
    }
}
