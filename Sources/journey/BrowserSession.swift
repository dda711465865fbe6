import Foundation
import JourneyBrief
import JourneyModel
import JourneyTerminal
import JourneyUI

/// Wires the UI core to the ncurses backend for one browsing session.
struct BrowserSession {
    let catalogue: CouncilCatalogue
    /// The council to open on; nil opens the council picker.
    let first: Council?
    /// The terminal, perhaps already showing how far reading the councils got.
    let start: StartingTerminal
    /// The data root on disk (`--data`), which briefings are never written into.
    let dataRoot: String?

    /// Runs the browser until the user quits; returns the exit code.
    func run() throws -> Int32 {
        let terminal = try start.take()
        let state = AppState(catalogue: catalogue, council: first, today: CalendarDay.today())
        let theme = Theme.named(noColor: !terminal.usesColour)
        let catalogue = catalogue
        let writer = BriefingWriter(dataRoot: dataRoot)
        let runner = AppRunner(state: state, backend: terminal, theme: theme, reportText: { _, report in
            try catalogue.text(of: report)
        }, review: StoreReviewKeeper(), briefingWriter: { council, day in
            // The store as it is now: the browser's own notes and any written meanwhile.
            do {
                let review = try BriefingReview.stored(for: council)
                return writer.writeForBrowser(council, day: day, register: catalogue.register?.info, review: review)
            } catch {
                return .failure(BriefingFailure("no briefing written: \(error)"))
            }
        })
        // No work in the background: the councils come compiled (bundled) or from the index,
        // so the picker reads them when it opens instead of competing with the first frame.
        let code = runner.run()
        terminal.restore()
        return code
    }
}
