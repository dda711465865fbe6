import ArgumentParser
import JourneyModel

/// `journey mark ID flagged|reviewed|clear`.
struct Mark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark the council, an event, a letter or a report page as flagged or reviewed, or clear its mark.")

    /// What to set: a mark, or none.
    enum Setting: String, ExpressibleByArgument, CaseIterable {
        case flagged, reviewed, clear
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var review: ReviewOptions
    @Argument(help: ArgumentHelp("What to mark: council, an event or letter id, report:EVENT-ID[:PAGE].",
                                 valueName: "id"))
    var target: String
    @Argument(help: "flagged, reviewed or clear.")
    var setting: Setting

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            let target = try ReviewTargetLookup.target(self.target, in: council)
            let store = try ReviewAccess.openForWriting()
            let mark = ReviewMark(rawValue: setting.rawValue)
            try ReviewAccess.performing {
                try store.setMark(mark, on: target, councilID: council.id, author: review.resolvedAuthor)
            }
            Output.lines([mark.map { "\(council.id) \(target.text) is \($0.rawValue)." }
                          ?? "\(council.id) \(target.text): mark cleared."])
        }
    }
}
