/// Why ``CursesTerminal`` could not take over the terminal.
///
/// The description names the cause (and `TERM`); the caller adds what to do instead, such as a
/// plain-text command, and exits with status 69 (`EX_UNAVAILABLE`).
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (a pipe, a file).
    case notATerminal
    /// `TERM` is unset, empty or `dumb`: the terminal cannot move the cursor.
    case unsupportedTerminal(term: String?)
    /// The terminfo database has no entry for `TERM`.
    case unknownTerminal(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the full-screen display needs a terminal on standard input and output"
        case .unsupportedTerminal(nil):
            return "the full-screen display needs a terminal type, but TERM is not set"
        case .unsupportedTerminal(let term?):
            return "the full-screen display cannot run on this terminal (TERM=\(term))"
        case .unknownTerminal(let term):
            return "the terminal type TERM=\(term) is not in the terminfo database"
        }
    }
}
