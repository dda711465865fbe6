import ArgumentParser
import JourneyModel

/// `journey search QUERY`: every occurrence in the council's events and letters.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the council's events and letters (case-insensitive).")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The words to find.")
    var query: [String]

    func run() throws {
        try reportingFailures {
            let text = query.joined(separator: " ")
            guard !text.allSatisfy(\.isWhitespace) else { throw CommandFailure(.usage, "the search query is empty") }
            let hits = try data.loadCouncil().search(text)
            switch output.format {
            case .text: Output.lines(hits.isEmpty ? ["No matches for \"\(text)\"."] : hits.map(line))
            case .json: try Output.json(hits)
            }
        }
    }

    private func line(_ hit: SearchHit) -> String {
        let place = hit.owner == .letter ? "\(hit.ownerID):\(hit.line)" : "\(hit.ownerID) (\(hit.field.rawValue))"
        return "\(hit.owner.rawValue) \(place): \(hit.context)"
    }
}
