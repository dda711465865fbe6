import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program in a pane of a private, detached tmux server, driven like a user would.
///
/// Each harness has its own server (`-S` socket under /tmp, removed by ``stop()``), no user
/// configuration (`-f /dev/null`), a UTF-8 locale, and a scratch directory. ``start(command:)``
/// runs the command under `bash -c`, records the terminal modes (`stty -g`) before and after it,
/// and then prints `[exit N]`.
struct TmuxHarness: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Variables that would change how programs in the pane behave: `swift test` sets NO_COLOR
    /// when its output is not a terminal; TMUX would point at the user's own tmux.
    private static let strippedEnvironment: Set<String> = ["NO_COLOR", "TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE"]

    let tmuxPath: String
    let socket: String
    let session: String
    /// Scratch directory for files the pane writes (terminal modes).
    let directory: String

    /// - Throws: ``Failure`` when tmux is not installed (`.ci/run` installs it).
    init() throws {
        let candidates = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "tmux is not installed: the terminal tests need it (.ci/run installs it)")
        }
        let id = UUID().uuidString.prefix(8).lowercased()
        tmuxPath = path
        socket = "/tmp/journey-tmux-\(id).sock"   // short: a socket path holds at most 108 bytes
        session = "s\(id)"
        directory = NSTemporaryDirectory() + "journey-tmux-\(id)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Path of an executable product built next to the test runner.
    static func productPath(_ product: String) -> String {
        Bundle.main.bundleURL.appendingPathComponent(product).path
    }

    /// Runs a tmux command against this harness's server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let (status, output) = try ProcessRunner.run(
            [tmuxPath, "-S", socket, "-f", "/dev/null"] + arguments, removing: Self.strippedEnvironment)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited \(status): \(output)")
        }
        return output
    }

    /// Starts `command` (bash syntax) in a new pane of the given size.
    ///
    /// The wrapper is bash, not sh: when Ctrl-C reaches the whole foreground process group, dash
    /// dies with the program, while bash carries on if the program handled SIGINT and exited.
    /// The pane then stays alive (`sleep`): tmux changes a pane's cursor flag when it dies.
    func start(command: String, width: Int = 100, height: Int = 30) throws {
        let script = """
            stty -g > \(directory)/before; \(command); status=$?; \
            stty -g > \(directory)/after; echo "[exit $status]"; exec sleep 600
            """
        try startPane(["/bin/bash", "--norc", "--noprofile", "-c", script], width: width, height: height)
    }

    /// Starts an interactive bash (job control, prompt `shell$ `) in a new pane; type into it with
    /// ``type(_:)``.
    func startShell(width: Int = 100, height: Int = 30) throws {
        try startPane(["/bin/bash", "--norc", "--noprofile", "-i"], width: width, height: height,
                      environment: ["PS1": "shell$ ", "HISTFILE": "/dev/null"])
    }

    private func startPane(_ argv: [String], width: Int, height: Int, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)"]
        // The review store goes under the scratch directory: no test reads or writes the real one.
        let defaults = ["LANG": "C.UTF-8", "XDG_DATA_HOME": "\(directory)/data-home", "XDG_CACHE_HOME": "\(directory)/cache-home"]
        for (name, value) in defaults.merging(environment, uniquingKeysWith: { $1 }).sorted(by: <) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        // remain-on-exit in the same invocation, so a program that exits at once keeps its pane.
        try tmux(arguments + argv + [";", "set-option", "-t", session, "remain-on-exit", "on"])
    }

    /// Sends tmux key names (`Up`, `F5`, `C-c`, `Escape`).
    func sendKeys(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Types `text` literally, then Enter.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
        try sendKeys("Enter")
    }

    /// Waits until the program in the pane has read every byte typed so far: the pane's
    /// terminal holds no unread input (ncurses reads a byte at a time, handling each before the
    /// next read). Keys sent just before a resize can otherwise be handled after it.
    func waitUntilInputIsRead(timeout: Duration = .seconds(10)) async throws {
        let tty = try display("#{pane_tty}")
        let fd = open(tty, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(description: "cannot open the pane's terminal \(tty)") }
        defer { close(fd) }
        let deadline = ContinuousClock.now + timeout
        var unread: Int32 = 0
        while ioctl(fd, UInt(FIONREAD), &unread) == 0, unread > 0 {
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the program left \(unread) bytes of input unread")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen; `history` adds the scrollback, `escapes` keeps colour and attributes.
    func screen(history: Bool = false, escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session] + (history ? ["-S", "-"] : []) + (escapes ? ["-e"] : []))
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `text` appears.
    ///
    /// - Returns: the screen that contained it.
    @discardableResult
    func waitFor(_ text: String, history: Bool = false, timeout: Duration = .seconds(10)) async throws -> String {
        try await waitUntil("\"\(text)\"", history: history, timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds for it, and the screen has settled.
    ///
    /// The screen is always read once more after the deadline has passed: when other tests keep
    /// every worker thread busy, this task may not run again until long after the program has
    /// drawn, and a wait must fail only if the screen is still wrong when it is finally read.
    /// A screen that matches is read again a moment later and returned only if it is unchanged:
    /// on a loaded machine tmux can show a frame half drawn (the new title over the old body),
    /// and the caller's checks are about whole frames.
    @discardableResult
    func waitUntil(_ what: String, history: Bool = false, timeout: Duration = .seconds(10),
                   _ condition: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let last = try screen(history: history)
            if condition(last) {
                try await Task.sleep(for: .milliseconds(30))
                if try screen(history: history) == last { return last }
                continue
            }
            guard clock.now < deadline else {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(last)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Waits for the `[exit N]` line that ``start(command:)`` prints and returns N.
    func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int {
        let exitLine = /\[exit (\d+)\]/
        let screen = try await waitUntil("[exit N]", history: true, timeout: timeout) {
            $0.firstMatch(of: exitLine) != nil
        }
        guard let match = screen.firstMatch(of: exitLine), let status = Int(match.1) else {
            throw Failure(description: "no exit status on the screen:\n\(screen)")
        }
        return status
    }

    /// The terminal modes (`stty -g`) recorded before and after the command.
    func terminalModes() throws -> (before: String, after: String) {
        let read = { (name: String) in try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8) }
        return (try read("before"), try read("after"))
    }

    /// Kills the server and removes the socket and scratch directory.
    func stop() {
        _ = try? tmux(["kill-server"])
        unlink(socket)   // tmux leaves the socket file behind
        try? FileManager.default.removeItem(atPath: directory)
    }
}
