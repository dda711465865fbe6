import ArgumentParser
import JourneyModel
import JourneyUI

/// `journey read ID`: a letter, or one of Ofsted's reports, in full.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print a letter or a report in full (sanitised; letters' markup dropped).")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The letter's or report's id, as `journey summary` and `journey show` list them.")
    var id: String

    func run() throws {
        try reportingFailures {
            let catalogue = try data.catalogue()
            let council = try DataOptions.council(from: catalogue.load(data.councilID(in: catalogue)))
            if let letter = council.letter(id) ?? council.letter(id.lowercased()) { return try print(letter, council) }
            if let report = council.report(id) ?? council.report(id.lowercased()) {
                return try print(report, council, catalogue: catalogue)
            }
            let ids = council.letters.map(\.id) + council.reports.map(\.id)
            throw CommandFailure(.usage, IDLookup.notFound("letter or report", id, among: ids, lister: "journey summary"))
        }
    }

    private func print(_ letter: Letter, _ council: Council) throws {
        let events = council.events(for: letter.id).map(\.id)
        switch output.format {
        case .text: Output.lines(header(letter) + [""] + letter.lines.map(InlineMarkup.plain))
        case .json: try Output.json(LetterRecord(letter, includingText: true, events: events))
        }
    }

    private func print(_ report: Report, _ council: Council, catalogue: CouncilCatalogue) throws {
        let text: ReportText
        do {
            text = try catalogue.text(of: report)
        } catch {
            throw CommandFailure(.dataError, "\(error)")
        }
        switch output.format {
        case .text: Output.lines(ReportLines.full(report, text: text, event: council.event(report.eventID)))
        case .json: try Output.json(ReportRecord(report, text: text))
        }
    }

    private func header(_ letter: Letter) -> [String] {
        var lines = ["From:      \(letter.from ?? "not recorded")", "To:        \(letter.to ?? "not recorded")",
                     "Date:      \(letter.date.text)"]
        if let reference = letter.reference { lines.append("Reference: \(reference)") }
        lines.append("Subject:   \(letter.subject)")
        if !letter.cc.isEmpty { lines.append("Cc:        " + letter.cc.joined(separator: "; ")) }
        if let licence = letter.licence { lines.append("Licence:   \(licence)") }
        return lines
    }
}
