import ArgumentParser
import JourneyModel

/// `journey read LETTER-ID`: a letter's header and its full text.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a letter in full (sanitised).")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The letter's id, as `journey summary` lists them.")
    var letterID: String

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            guard let letter = council.letter(letterID) ?? council.letter(letterID.lowercased()) else {
                let ids = council.letters.map(\.id)
                throw CommandFailure(.usage, IDLookup.notFound("letter", letterID, among: ids,
                                                               lister: "journey summary"))
            }
            let events = council.events(for: letter.id).map(\.id)
            switch output.format {
            case .text: Output.lines(header(letter) + [""] + letter.lines)
            case .json: try Output.json(LetterRecord(letter, includingText: true, events: events))
            }
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
