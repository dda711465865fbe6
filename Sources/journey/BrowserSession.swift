import Foundation
import JourneyModel

/// Wires the UI core to the ncurses backend for one browsing session.
struct BrowserSession {
    let councils: [Council]
    let selected: String?
    let noColor: Bool

    /// Runs the browser; returns the exit code.
    func run() throws -> Int32 {
        throw CommandFailure(.unavailable, "the browser is not wired yet; use `journey summary`")
    }
}
