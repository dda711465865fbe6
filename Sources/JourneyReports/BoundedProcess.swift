import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs a program as a child process with a time limit and a limit on its output, through
/// swift-subprocess: when either runs out the child is killed, never waited for.
struct BoundedProcess: Sendable {
    /// What a run came to.
    struct Outcome: Sendable {
        var status: TerminationStatus?
        var output: Data
        /// The first part of standard error (at most ``errorLimit`` bytes).
        var errorText: String
        var timedOut: Bool
        var outputOverLimit: Bool
    }

    /// Standard error kept, in bytes; the rest is read and dropped.
    static let errorLimit = 16 * 1024

    var executable: String
    var timeLimit: Duration
    var outputLimit: Int
    /// An address-space limit in bytes, applied through `prlimit` when it is installed.
    var memoryLimit: Int?

    /// Runs the program with `arguments`.
    func run(_ arguments: [String]) async throws -> Outcome {
        var program = executable
        var allArguments = arguments
        if let memoryLimit, let prlimit = BoundedProcess.locate("prlimit") {
            program = prlimit
            allArguments = ["--as=\(memoryLimit)", "--", executable] + arguments
        }
        let limit = outputLimit
        let time = timeLimit
        let result = try await Subprocess.run(.path(FilePath(program)), arguments: Arguments(allArguments),
                                              input: .none, output: .sequence, error: .sequence) { execution in
            try await withThrowingTaskGroup(of: Piece.self) { group in
                group.addTask { try await Self.collectOutput(execution, limit: limit) }
                group.addTask { try await Self.collectErrors(execution) }
                group.addTask { await Self.watch(execution, for: time) }
                var outcome = Outcome(status: nil, output: Data(), errorText: "", timedOut: false, outputOverLimit: false)
                var streamsOpen = 2
                while streamsOpen > 0, let piece = try await group.next() {
                    switch piece {
                    case .output(let data, let over):
                        outcome.output = data
                        outcome.outputOverLimit = over
                        streamsOpen -= 1
                    case .errors(let text):
                        outcome.errorText = text
                        streamsOpen -= 1
                    case .timedOut:
                        outcome.timedOut = true
                    case .stoppedWatching:
                        break
                    }
                }
                group.cancelAll()
                if let piece = try? await group.next(), case .timedOut = piece { outcome.timedOut = true }
                return outcome
            }
        }
        var outcome = result.closureResult
        outcome.status = result.terminationStatus
        return outcome
    }

    private enum Piece: Sendable {
        case output(Data, over: Bool)
        case errors(String)
        case timedOut
        case stoppedWatching
    }

    private static func collectOutput(_ execution: Execution<NoInput, SequenceOutput, SequenceOutput>,
                                      limit: Int) async throws -> Piece {
        var data = Data()
        var over = false
        for try await buffer in execution.standardOutput {
            guard !over else { continue }
            if data.count + buffer.count > limit {
                over = true
                try? execution.send(signal: .kill)
                continue
            }
            data.append(Data(buffer: buffer))
        }
        return .output(data, over: over)
    }

    private static func collectErrors(_ execution: Execution<NoInput, SequenceOutput, SequenceOutput>) async throws -> Piece {
        var data = Data()
        for try await buffer in execution.standardError where data.count < errorLimit {
            data.append(Data(buffer: buffer).prefix(errorLimit - data.count))
        }
        return .errors(String(decoding: data, as: UTF8.self))
    }

    /// Kills the child when the time is up; returns early, doing nothing, when cancelled.
    private static func watch(_ execution: Execution<NoInput, SequenceOutput, SequenceOutput>,
                              for time: Duration) async -> Piece {
        do {
            try await Task.sleep(for: time)
        } catch {
            return .stoppedWatching
        }
        try? execution.send(signal: .kill)
        return .timedOut
    }

    /// The full path of a program on `PATH`, if it is there and executable.
    static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
