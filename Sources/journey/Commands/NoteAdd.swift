import ArgumentParser
import JourneyModel

/// `journey note add ID TEXT`: a new note on the council, an event, a letter or a report page.
struct NoteAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a note.")

    @OptionGroup var data: DataOptions
    @OptionGroup var review: ReviewOptions
    @Argument(help: ArgumentHelp("What the note is on: council, an event or letter id, report:EVENT-ID[:PAGE].",
                                 valueName: "id"))
    var target: String
    @Argument(help: "The note (several words are joined with spaces).")
    var text: [String]

    func run() throws {
        try reportingFailures {
            let note = text.joined(separator: " ")
            guard !note.allSatisfy(\.isWhitespace) else { throw CommandFailure(.usage, "the note is empty") }
            let council = try data.loadCouncil()
            let target = try ReviewTargetLookup.target(self.target, in: council)
            let store = try ReviewAccess.openForWriting()
            let added = try ReviewAccess.performing {
                try store.addNote(councilID: council.id, target: target, text: note, author: review.resolvedAuthor)
            }
            Output.lines(["Note \(added.id) added to \(council.id) \(target.text)."])
        }
    }
}
