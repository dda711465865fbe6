import ArgumentParser

/// `journey`: browse a council's children's-services improvement journey.
@main
struct Journey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Browse the improvement journeys of English councils' children's services.",
        discussion: """
            With no subcommand, opens the browser on the council file (or prints the summary \
            when standard output is not a terminal). Data defaults to the bundled council files.
            Options go anywhere: `journey --data ROOT --council X summary` is \
            `journey summary --data ROOT --council X`.
            Exit codes: 0 success, 64 usage error, 65 data error (or a damaged review store), \
            66 input not found, 69 terminal unavailable, 74 review store unusable.
            """,
        version: JourneyVersion.current,
        subcommands: [
            Browse.self, Summary.self, Timeline.self, Show.self, Read.self, Status.self, Search.self,
            Brief.self, Councils.self, Check.self, ImportCommand.self, Note.self, Mark.self,
        ],
        defaultSubcommand: Browse.self
    )

    /// Parses the arguments with options in any position (see ``ArgumentOrder``), then runs;
    /// the browser's and the search's plain invocations are read directly (``BrowseShortcut``,
    /// ``SearchShortcut``).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let run = BrowseShortcut.browse(arguments)?.run ?? SearchShortcut.search(arguments)?.run else {
            return main(ArgumentOrder.arranged(arguments, for: Journey.self))
        }
        do {
            try run()
        } catch {
            exit(withError: error)
        }
    }
}

/// The version `--version` prints.
enum JourneyVersion {
    static let current = "0.1.0"
}
