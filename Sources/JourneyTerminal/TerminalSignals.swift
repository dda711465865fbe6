#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The quit and suspend signals while curses owns the terminal.
///
/// Each handler only stores into a lock-free atomic; ``CursesTerminal`` polls the flags between
/// short waits for input and does the real work (leaving curses, stopping) outside the handler.
/// The handlers are installed before `newterm`, so ncurses keeps its own (which call `endwin`
/// from inside the handler) out of the way.
enum TerminalSignals {
    /// Signals that ask the program to quit: Ctrl-C, `kill`, and the terminal going away.
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The last quit signal received and not yet taken; 0 for none.
    private static let pendingQuit = Atomic<Int32>(0)
    /// Whether SIGTSTP (Ctrl-Z) arrived and has not yet been acted on.
    private static let pendingSuspend = Atomic<Bool>(false)

    /// Installs the flag-setting handlers.
    ///
    /// - Returns: the dispositions replaced, by signal, for ``CursesTerminal/restore()``.
    static func install() -> [(signal: Int32, replaced: SignalAction)] {
        // Initialise the lazy statics now, so no handler ever runs their one-time setup.
        _ = pendingQuit.load(ordering: .relaxed)
        _ = pendingSuspend.load(ordering: .relaxed)
        var replaced = quitSignals.map { signal in
            (signal, SignalAction.install({ TerminalSignals.pendingQuit.store($0, ordering: .relaxed) },
                                          for: signal, flags: SA_RESTART))
        }
        replaced.append((SIGTSTP, installSuspendHandler()))
        return replaced
    }

    /// Installs the SIGTSTP handler (again, after a suspend).
    ///
    /// - Returns: the disposition it replaced.
    @discardableResult
    static func installSuspendHandler() -> SignalAction {
        SignalAction.install({ _ in TerminalSignals.pendingSuspend.store(true, ordering: .relaxed) },
                             for: SIGTSTP, flags: SA_RESTART)
    }

    /// The pending quit signal, if any, clearing it.
    static func takeQuitSignal() -> Int32? {
        let signal = pendingQuit.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Whether a suspend is pending, clearing it.
    static func takeSuspendRequest() -> Bool {
        pendingSuspend.exchange(false, ordering: .relaxed)
    }
}
