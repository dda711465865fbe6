import ArgumentParser
import JourneyModel

/// `journey note remove NOTE-ID`: removes one note, by the number `journey note list` shows.
struct NoteRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a note by its number.")

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp("The note's number, as `journey note list` shows it (#12 or 12).",
                                 valueName: "note-id"))
    var noteID: String

    func run() throws {
        try reportingFailures {
            let digits = noteID.hasPrefix("#") ? String(noteID.dropFirst()) : noteID
            guard let id = Int64(digits), id > 0 else {
                throw CommandFailure(.usage, "'\(noteID)' is not a note number; `journey note list` shows them")
            }
            let store = try ReviewAccess.openForWriting()
            if data.council != nil {
                let council = try data.loadCouncil()
                let note = try ReviewAccess.performing { try store.notes(councilID: nil) }.first { $0.id == id }
                if let note, note.councilID != council.id {
                    throw CommandFailure(.usage, "note \(id) is on \(note.councilID), not \(council.id)")
                }
            }
            let removed = try ReviewAccess.performing { try store.removeNote(id: id) }
            Output.lines(["Note \(removed.id) removed from \(removed.councilID) \(removed.target.text)."])
        }
    }
}
