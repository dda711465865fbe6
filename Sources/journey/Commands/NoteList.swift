import ArgumentParser
import JourneyModel

/// `journey note list`: the notes and marks on a council (or every council), as text, JSON or Markdown.
struct NoteList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List notes and marks: text, json or md (Markdown). Notes whose target has gone are marked orphaned.")

    /// The listing's formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, md
    }

    @OptionGroup var data: DataOptions
    @Option(help: "Output format: text, json (docs/review.md) or md.")
    var format: Format = .text
    @Flag(help: "Every council the store holds notes or marks on.")
    var all = false

    func run() throws {
        try reportingFailures {
            let catalogue = try data.catalogue()
            let store = try ReviewAccess.openForReading()
            let councilIDs = all ? try ReviewAccess.performing { try store?.councilIDs() ?? [] }
                : [try data.councilID(in: catalogue)]
            let listings = try councilIDs.map { id in
                ReviewListing(councilID: id, council: catalogue.ids.contains(id) ? try DataOptions.council(from: catalogue.load(id)) : nil,
                              snapshot: try ReviewAccess.performing {
                                  try store?.snapshot(councilID: id) ?? ReviewSnapshot(councilID: id)
                              })
            }
            switch format {
            case .text: Output.lines(listings.flatMap(\.textLines))
            case .json: try Output.json(ReviewRecord(listings))
            case .md: Output.lines(listings.flatMap(\.markdownLines))
            }
        }
    }
}
