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
            Exit codes: 0 success, 64 usage error, 65 data error, 66 input not found, \
            69 terminal unavailable.
            """,
        version: JourneyVersion.current,
        subcommands: [
            Browse.self, Summary.self, Timeline.self, Show.self, Read.self, Status.self, Search.self,
            Brief.self, Councils.self, Check.self, ImportCommand.self,
        ],
        defaultSubcommand: Browse.self
    )
}

/// The version `--version` prints.
enum JourneyVersion {
    static let current = "0.1.0"
}
