import ArgumentParser
import JourneyModel

extension EventKind: ExpressibleByArgument {}

/// `journey timeline`: the council's events in date order, optionally filtered.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the council's events in date order.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(name: .customLong("kind"), parsing: .upToNextOption,
            help: ArgumentHelp("Only events of these kinds: \(EventKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "kind"))
    var kinds: [EventKind] = []
    @Option(help: ArgumentHelp("Only events on or after this day (ISO 8601).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Only events on or before this day (ISO 8601).", valueName: "date"))
    var to: String?

    func run() throws {
        try reportingFailures {
            let from = try DayArgument.parse(from, option: "--from")
            let to = try DayArgument.parse(to, option: "--to")
            if let from, let to, to < from {
                throw CommandFailure(.usage, "--to \(to.iso) is before --from \(from.iso)")
            }
            let council = try data.loadCouncil()
            let events = council.timeline(kinds: kinds.isEmpty ? nil : Set(kinds), from: from, to: to)
            switch output.format {
            case .text: Output.lines(events.isEmpty ? ["No events match."] : events.map(EventText.row))
            case .json: try Output.json(events.map { EventRecord($0, letters: council.letters(for: $0.id).map(\.id)) })
            }
        }
    }
}
