import ArgumentParser
import JourneyModel

/// `journey show EVENT-ID`: one event in full.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one event in full.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The event's id, as `journey timeline` lists them.")
    var eventID: String

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            guard let event = council.event(eventID) ?? council.event(eventID.lowercased()) else {
                let ids = council.timeline().map(\.id)
                throw CommandFailure(.usage, IDLookup.notFound("event", eventID, among: ids,
                                                               lister: "journey timeline"))
            }
            let letters = council.letters(for: event.id)
            let reports = council.reports(for: event.id)
            switch output.format {
            case .text: Output.lines(EventDetailText(event: event, council: council).lines)
            case .json: try Output.json(EventRecord(event, letters: letters.map(\.id), reports: reports))
            }
        }
    }
}
