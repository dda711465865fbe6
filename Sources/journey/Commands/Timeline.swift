import ArgumentParser
import JourneyModel

/// `journey timeline`: the council's events in date order, optionally filtered.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "List the council's events in date order.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(name: .customLong("kind"), parsing: .upToNextOption,
            help: ArgumentHelp("Only events of these kinds or groups, as the browser's filters name them: "
                               + "\(EventKind.selectionNames.joined(separator: ", ")).", valueName: "kind"))
    var kinds: [String] = []
    @Option(help: ArgumentHelp("Only events on or after this date (2021-06-01, 2021-06, 2021 or 1 June 2021; "
                               + "a month or year means its first day).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Only events on or before this date (a month or year means its last day).",
                               valueName: "date"))
    var to: String?

    func validate() throws {
        for kind in kinds where EventKind.selection(named: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; kinds: \(EventKind.selectionNames.joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingFailures {
            let from = try DayArgument.parse(from, option: "--from")?.first
            let to = try DayArgument.parse(to, option: "--to")?.last
            if let from, let to, to < from {
                throw CommandFailure(.usage, "--to \(to.iso) is before --from \(from.iso)")
            }
            let council = try data.loadCouncil()
            let selected = kinds.isEmpty ? nil : kinds.compactMap(EventKind.selection(named:)).reduce(Set()) { $0.union($1) }
            let events = council.timeline(kinds: selected, from: from, to: to)
            switch output.format {
            case .text: Output.lines(events.isEmpty ? ["No events match."] : events.map(EventText.row))
            case .json: try Output.json(events.map { EventRecord($0, letters: council.letters(for: $0.id).map(\.id)) })
            }
        }
    }
}
