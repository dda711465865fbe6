import ArgumentParser

/// `journey note add|list|remove`: the advisor's notes, kept per user (docs/review.md).
struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add, list or remove your notes on a council, its events, letters and reports.",
        discussion: """
            Notes live in $XDG_DATA_HOME/journey/review.sqlite (default ~/.local/share/journey), \
            never in the data root. Targets: council, an event or letter id, report:EVENT-ID or \
            report:EVENT-ID:PAGE (see docs/review.md).
            """,
        subcommands: [NoteAdd.self, NoteList.self, NoteRemove.self]
    )
}
