import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Runs a command to completion with `posix_spawn` and `waitpid`.
///
/// Not `Foundation.Process`: on Linux it detects the child's exit through a socket the child
/// inherits, and `tmux new-session` forks the tmux server, which keeps that socket open, so
/// `waitUntilExit()` hangs until the server dies. Here the child gets only stdin (/dev/null) and a
/// pipe for stdout and stderr, and its signal mask and dispositions are reset: test code runs on
/// Swift-concurrency threads that block most signals, and a child inherits that mask (tmux then
/// never sees SIGCHLD, and programs in its panes never see SIGINT, SIGTERM or SIGWINCH).
enum ProcessRunner {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Serialises pipe creation and spawn, so no other test's pipe leaks into this child
    /// between the scan of open descriptors and `posix_spawn`.
    private static let spawnLock = Mutex<Void>(())

    /// Where the programs run here keep the indexes of the tests' data roots: not the user's cache.
    static let cacheHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("journey-e2e-cache-\(ProcessInfo.processInfo.processIdentifier)").path

    /// Runs `arguments` (the first is an absolute path) with the test process's environment
    /// minus `removing` (and with ``cacheHome`` as XDG_CACHE_HOME), and returns its exit status
    /// (128 + signal if killed) and its output.
    static func run(_ arguments: [String], removing: Set<String> = []) throws -> (status: Int32, output: String) {
        let environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome]) { $1 }
            .filter { !removing.contains($0.key) }
            .map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let (pid, readEnd) = try spawnLock.withLock { _ in try spawn(arguments[0], &argv, &envp) }
        let output = readAll(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are macros, not imported.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, output)
    }

    private static func spawn(
        _ path: String, _ argv: inout [UnsafeMutablePointer<CChar>?], _ envp: inout [UnsafeMutablePointer<CChar>?]
    ) throws -> (pid: pid_t, readEnd: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = fileActions(output: fds[1])
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = resetSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }

        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
        close(fds[1])
        guard result == 0 else {
            close(fds[0])
            throw Failure(description: "posix_spawn \(path) failed: \(result)")
        }
        return (pid, fds[0])
    }

    /// stdin from /dev/null, stdout and stderr into the pipe, every other descriptor closed.
    private static func fileActions(output: Int32) -> posix_spawn_file_actions_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        // glibc ignores EBADF here, so a stale entry (the scan's own descriptor) is harmless.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        return actions
    }

    /// An empty signal mask and default dispositions for every signal.
    private static func resetSignalAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        var all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    private static func readAll(_ descriptor: Int32) -> String {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(descriptor)
        return String(decoding: output, as: UTF8.self)
    }
}
