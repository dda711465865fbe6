import ArgumentParser
import JourneyModel

/// `journey show EVENT-ID`: one event in full.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one event in full.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The event's id, as `journey timeline` lists them.")
    var eventID: String

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            guard let event = council.event(eventID) else {
                let ids = council.timeline().map(\.id)
                throw CommandFailure(.usage, "no event '\(eventID)' in \(council.id); events: \(ids.joined(separator: ", "))")
            }
            let letters = council.letters(for: event.id)
            switch output.format {
            case .text: Output.lines(EventDetailText(event: event, council: council).lines)
            case .json: try Output.json(EventRecord(event, letters: letters.map(\.id)))
            }
        }
    }
}
