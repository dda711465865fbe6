import ArgumentParser
import Foundation
import JourneyModel

/// `journey` / `journey browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser (the default). Prints the summary when output is not a terminal.")

    @OptionGroup var data: DataOptions
    @Flag(help: "No colour; every meaning is still carried by text and attributes. NO_COLOR does the same.")
    var noColor = false

    func run() throws {
        try reportingFailures {
            let tree = try data.tree()
            let councils = try data.loadCouncils(from: tree)
            guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
                let council = try data.select(from: councils)
                Output.lines(SummaryReport(council: council, today: CalendarDay.today()).lines)
                return
            }
            // An unknown --council is a usage error here too, before the screen is taken over.
            let selected = try data.council.map { _ in try data.select(from: councils).id }
            let exitCode = try BrowserSession(councils: councils, tree: tree, selected: selected, noColor: noColor).run()
            if exitCode != 0 { throw ExitCode(exitCode) }
        }
    }
}
