import CPty
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Times a terminal program as a user sees it, in a real pseudo-terminal: the method of
/// `ptytime.py` (the first frame ends at the last byte before `settle` of silence; a key's
/// latency runs from writing it to the first byte of the answer).
public struct PtyTimer: Sendable {
    public var columns: UInt16 = 120
    public var rows: UInt16 = 40
    /// Silence that ends the first frame, in milliseconds.
    public var settleMilliseconds: Int32 = 150

    public init(columns: UInt16 = 120, rows: UInt16 = 40, settleMilliseconds: Int32 = 150) {
        self.columns = columns
        self.rows = rows
        self.settleMilliseconds = settleMilliseconds
    }

    /// One run's first frame and median key latency, in milliseconds.
    public struct Run: Sendable {
        public var firstFrame: Double
        public var keyLatency: Double?
    }

    /// Starts `command` (absolute path first) in a pty, waits for its first frame, sends each
    /// of `keys` and times the answer, then quits with `q`.
    public func run(_ command: [String], keys: String = "") throws -> Run {
        var master: Int32 = -1
        let start = Self.now()
        let pid = try Self.spawn(command, rows: rows, columns: columns, master: &master)
        defer {
            Self.finish(pid, master: master)
            close(master)
        }
        guard let last = waitForSilence(master) else { throw BenchError.noFrame(command.joined(separator: " ")) }
        let firstFrame = (last - start) * 1000
        drain(master, silence: 200)
        var latencies: [Double] = []
        for key in keys.utf8 {
            var byte = key
            let sent = Self.now()
            _ = write(master, &byte, 1)
            guard Self.poll(master, milliseconds: 2000) else { continue }
            latencies.append((Self.now() - sent) * 1000)
            drain(master, silence: 50)
        }
        return Run(firstFrame: firstFrame, keyLatency: latencies.isEmpty ? nil : Statistics.median(latencies))
    }

    /// Runs `command` to its end with output to /dev/null; the time from start to exit in ms.
    public func runToExit(_ command: [String]) throws -> Double {
        var master: Int32 = -1
        let start = Self.now()
        let pid = try Self.spawn(command, rows: rows, columns: columns, master: &master)
        defer { close(master) }
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Self.poll(master, milliseconds: 50) { _ = readChunk(master) }
        }
        return (Self.now() - start) * 1000
    }

    /// The time of the last byte before `settleMilliseconds` of silence; nil if nothing came
    /// within 20 s or the program ended first.
    private func waitForSilence(_ fd: Int32) -> Double? {
        let deadline = Self.now() + 20
        var last: Double?
        while Self.now() < deadline {
            if Self.poll(fd, milliseconds: settleMilliseconds) {
                guard readChunk(fd) else { return nil }
                last = Self.now()
            } else if let last {
                return last
            }
        }
        return nil
    }

    private func drain(_ fd: Int32, silence: Int32) {
        while Self.poll(fd, milliseconds: silence), readChunk(fd) {}
    }

    /// Reads what is there; false at the end of output.
    private func readChunk(_ fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        return read(fd, &buffer, buffer.count) > 0
    }

    private static func spawn(_ command: [String], rows: UInt16, columns: UInt16, master: inout Int32) throws -> pid_t {
        guard let path = command.first, path.hasPrefix("/") else { throw BenchError.notAbsolute(command.first ?? "") }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = environment["LANG"] ?? "C.UTF-8"
        environment["LC_ALL"] = environment["LC_ALL"] ?? "C.UTF-8"
        let arguments = command.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        let pid = cpty_spawn(path, arguments, variables, rows, columns, &master)
        guard pid > 0 else { throw BenchError.spawnFailed(path, errno) }
        return pid
    }

    /// Sends `q` and waits up to 3 s for the exit, then kills the child.
    private static func finish(_ pid: pid_t, master: Int32) {
        var quit = UInt8(ascii: "q")
        _ = write(master, &quit, 1)
        let deadline = now() + 3
        var status: Int32 = 0
        while now() < deadline {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            if poll(master, milliseconds: 50) {
                var buffer = [UInt8](repeating: 0, count: 65_536)
                _ = read(master, &buffer, buffer.count)
            }
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }

    private static func poll(_ fd: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&entry, 1, milliseconds) > 0
    }

    /// Monotonic seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
