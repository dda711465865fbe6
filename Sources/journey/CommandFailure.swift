import ArgumentParser

/// A failure with a message for standard error and a sysexits exit code.
struct CommandFailure: Error, CustomStringConvertible {
    /// Exit codes, following sysexits(3).
    enum Code: Int32 {
        case usage = 64
        case dataError = 65
        case inputNotFound = 66
        case unavailable = 69
        case ioError = 74
    }

    let code: Code
    let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``CommandFailure`` into its message on standard error and its exit code.
    func reportingFailures(_ body: () throws -> Void) throws {
        try CommandFailure.reporting(body)
    }
}

extension CommandFailure {
    /// Runs `body`, turning a ``CommandFailure`` into its message on standard error and its exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            Output.error(failure.message.hasPrefix("journey") || failure.message.contains(": error:")
                         ? failure.message : "journey: \(failure.message)")
            throw ExitCode(failure.code.rawValue)
        }
    }
}
