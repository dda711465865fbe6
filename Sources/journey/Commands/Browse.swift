import ArgumentParser
import Foundation
import JourneyModel

/// `journey` / `journey browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default). Prints the summary when output is not a terminal.")

    @OptionGroup var data: DataOptions
    @Flag(help: "No colour; every meaning is still carried by text and attributes. NO_COLOR does the same.")
    var noColor = false

    func run() throws {
        try reportingFailures {
            guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
                Output.lines(SummaryReport(council: try data.loadCouncil(), today: CalendarDay.today()).lines)
                return
            }
            let catalogue = try data.catalogue()
            let exitCode = try BrowserSession(catalogue: catalogue, first: try firstCouncil(in: catalogue),
                                              noColor: noColor, dataRoot: data.root).run()
            if exitCode != 0 { throw ExitCode(exitCode) }
        }
    }

    /// The council to open on; nil to open the picker (a root of several councils and no
    /// `--council`). Data errors in the council opened stop the browser.
    private func firstCouncil(in catalogue: CouncilCatalogue) throws -> Council? {
        if data.council == nil, data.root != nil, catalogue.ids.count > 1 {
            // The picker offers the councils that load; only when none does is there nothing to show.
            if catalogue.summaries().loadable.isEmpty { _ = try DataOptions.councils(from: catalogue.loadAll()) }
            return nil
        }
        return try DataOptions.council(from: catalogue.load(data.councilID(in: catalogue)))
    }
}
