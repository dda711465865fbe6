import ArgumentParser
import Foundation
import JourneyModel

/// What `journey` (the browser) was asked to open, as plain values: made by ``Browse`` after
/// ArgumentParser, or by ``BrowseShortcut`` without it.
struct BrowseRequest: Equatable {
    var data: DataSelection
    var noColor: Bool

    /// Opens the browser; prints the summary when standard output or input is not a terminal.
    func run() throws {
        try CommandFailure.reporting {
            guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
                Output.lines(SummaryReport(council: try data.loadCouncil(), today: CalendarDay.today()).lines)
                return
            }
            let catalogue = try data.catalogue()
            let start = StartingTerminal(noColor: noColor, root: data.root ?? "the bundled data")
            let first: Council?
            do {
                first = try firstCouncil(in: catalogue, reading: start.reading)
            } catch {
                start.restore()
                throw error
            }
            let exitCode = try BrowserSession(catalogue: catalogue, first: first, start: start, dataRoot: data.root).run()
            if exitCode != 0 { throw ExitCode(exitCode) }
        }
    }

    /// The council to open on; nil to open the picker (a root of several councils and no
    /// `--council`). Data errors in the council opened stop the browser. `reading` hears how far
    /// reading the councils the index does not hold has got.
    private func firstCouncil(in catalogue: CouncilCatalogue,
                              reading: @escaping (_ read: Int, _ of: Int) -> Void) throws -> Council? {
        if data.council == nil, data.root != nil, catalogue.ids.count > 1 {
            // The picker offers the councils that load; only when none does is there nothing to show.
            if catalogue.summaries(reading: reading).loadable.isEmpty { _ = try DataOptions.councils(from: catalogue.loadAll()) }
            return nil
        }
        return try DataOptions.council(from: catalogue.load(data.councilID(in: catalogue)))
    }
}
