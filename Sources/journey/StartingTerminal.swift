import Foundation
import JourneyModel
import JourneyTerminal
import JourneyUI

/// The browser's terminal from the start of a session: taken over early, only when the councils
/// must be read before the first screen can be drawn (a root's index being built) and that takes
/// long enough to be noticed, to show how far the reading has got (``ReadingProgress``);
/// otherwise when the browser opens, as before. A start the index answers never calls
/// ``reading(_:of:)`` and so pays for nothing here.
final class StartingTerminal {
    /// Whether colour is wanted (no `--no-color`, no `NO_COLOR`).
    let colourWanted: Bool
    /// The data root, as the user named it, for the progress frame.
    private let root: String
    private var terminal: CursesTerminal?
    /// When the reading began (its first report).
    private var began: ContinuousClock.Instant?
    /// Whether the terminal could not be taken over early (the browser then says why).
    private var unavailable = false

    init(noColor: Bool, root: String) {
        colourWanted = !noColor && (ProcessEnvironment.values(of: ["NO_COLOR"])["NO_COLOR"] ?? "").isEmpty
        self.root = root
    }

    /// Takes a report of the councils read (``CouncilCatalogue/summaries(reading:)``): draws the
    /// progress once it is worth a frame, and stops the program on Ctrl-C (or another quit
    /// signal), giving the terminal back first.
    func reading(_ read: Int, of total: Int) {
        let now = ContinuousClock.now
        let began = began ?? now
        self.began = began
        let progress = ReadingProgress(read: read, total: total, root: root)
        guard terminal != nil || progress.isWorthAFrame(waited: began.duration(to: now)),
              let terminal = openedEarly() else { return }
        if let signal = terminal.takeQuitSignal() {
            terminal.restore()
            exit(128 + signal)
        }
        let size = terminal.size
        terminal.draw(progress.frame(size: Size(width: size.width, height: size.height),
                                     theme: Theme.named(noColor: !terminal.usesColour)))
    }

    /// The terminal taken over early, or nil when it cannot be.
    private func openedEarly() -> CursesTerminal? {
        if let terminal { return terminal }
        guard !unavailable else { return nil }
        terminal = try? CursesTerminal(colour: colourWanted)
        unavailable = terminal == nil
        return terminal
    }

    /// The terminal for the browser: the one taken over early, or a new one.
    func take() throws -> CursesTerminal {
        if let terminal { return terminal }
        do {
            return try CursesTerminal(colour: colourWanted)
        } catch let error as CursesTerminalError {
            throw CommandFailure(.unavailable, "\(error); use `journey summary` (or another subcommand) instead")
        }
    }

    /// Gives back the terminal taken over early, if any (the start failed before the browser).
    func restore() {
        terminal?.restore()
    }
}
