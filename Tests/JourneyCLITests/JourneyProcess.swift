import Foundation

/// Runs the built `journey` binary and captures what it prints.
struct JourneyProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `journey` executable built next to the test runner.
    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("journey") }

    /// The cache folder the runs share (the indexes of the tests' data roots), not the user's.
    static let cacheHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("journey-cli-cache-\(ProcessInfo.processInfo.processIdentifier)")

    /// Runs `journey` with arguments (and optionally another binary path, working folder or
    /// cache folder) and waits for it.
    static func run(_ arguments: [String], binary: URL = JourneyProcess.binary,
                    directory: URL? = nil, environment: [String: String] = [:],
                    cacheHome: URL = JourneyProcess.cacheHome) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var merged = testEnvironment.merging(environment) { $1 }
        merged["XDG_CACHE_HOME"] = cacheHome.path
        process.environment = merged
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The test runner's environment with `XDG_DATA_HOME` in a folder of its own, so that no
    /// test reads or writes the real review store.
    static let testEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("journey-cli-xdg-\(UUID().uuidString)").path
        environment["JOURNEY_AUTHOR"] = nil
        return environment
    }()

    /// Parses JSON output into a dictionary or array.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

/// A temporary folder that is removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("journey-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file (creating folders) and returns its URL.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        try write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}
