import Foundation
import JourneyModel
import JourneyTerminal
import JourneyUI

/// Wires the UI core to the ncurses backend for one browsing session.
struct BrowserSession {
    let councils: [Council]
    /// Where the councils were loaded from, to read reports' texts when they are opened.
    let tree: any FileTree
    let selected: String?
    let noColor: Bool

    /// Runs the browser until the user quits; returns the exit code.
    func run() throws -> Int32 {
        let colourWanted = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(colour: colourWanted)
        } catch let error as CursesTerminalError {
            throw CommandFailure(.unavailable, "\(error); use `journey summary` (or another subcommand) instead")
        }
        let state = AppState(councils: councils, councilID: selected, today: CalendarDay.today())
        let theme = Theme.named(noColor: !terminal.usesColour)
        let tree = self.tree
        let code = AppRunner(state: state, backend: terminal, theme: theme) { _, report in
            try CouncilLoader.text(of: report, in: tree)
        }.run()
        terminal.restore()
        return code
    }
}
