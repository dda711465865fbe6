import Foundation
import Testing
@testable import JourneyImport

/// Imports into one data root, as real `journey` processes: they take turns, and the end
/// state is what one import leaves.
@Suite("Import: concurrent imports into one root")
struct ConcurrentImportTests {
    /// The `journey` executable built next to the test runner.
    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("journey") }

    /// A running `journey import ofsted`, its standard error going to a file.
    struct Running {
        let process: Process
        let stderr: URL

        var errorText: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

        /// Waits for the process to end; returns its exit status.
        func finish() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    func start(_ files: [URL], into root: URL, log: URL) throws -> Running {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["import", "ofsted"] + files.map(\.path) + ["--into", root.path]
        // The import refreshes the root's index: it goes beside the root, not into the user's cache.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = root.deletingLastPathComponent().appendingPathComponent("cache").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, stderr: log)
    }

    /// A root with a hand-written council, and the two fixture releases.
    func prepared() throws -> (ImportHarness, [URL]) {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        return (harness, try harness.bothReleases())
    }

    /// What one import of the fixture releases leaves in a prepared root.
    func afterOneImport() throws -> [String: Data] {
        let (harness, files) = try prepared()
        let one = try start(files, into: harness.root, log: harness.folder.file("one.log"))
        #expect(one.finish() == 0, "\(one.errorText)")
        return harness.folder.snapshot("root")
    }

    @Test func threeConcurrentImportsAllSucceedAndLeaveWhatOneImportLeaves() throws {
        let expected = try afterOneImport()
        #expect(expected.keys.contains("councils/middlesbrough/imported.yaml"))
        for round in 0..<3 {
            let (harness, files) = try prepared()
            let runs = try (0..<3).map { try start(files, into: harness.root, log: harness.folder.file("run-\($0).log")) }
            for run in runs { #expect(run.finish() == 0, "round \(round): \(run.errorText)") }
            #expect(harness.folder.snapshot("root") == expected, "round \(round)")
        }
    }

    @Test func anImportWaitsForTheLockAndSaysSo() throws {
        let expected = try afterOneImport()
        let (harness, files) = try prepared()
        let message = "journey import ofsted: waiting for another import into \(harness.root.path) to finish"
        var runs: [Running] = []
        // Held by this test until both imports have said they wait.
        try withExtendedLifetime(try ImportLock(root: harness.root) {}) {
            runs = try (0..<2).map { try start(files, into: harness.root, log: harness.folder.file("wait-\($0).log")) }
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline, !runs.allSatisfy({ $0.errorText.contains(message) }) {
                Thread.sleep(forTimeInterval: 0.05)
            }
            for run in runs {
                #expect(run.errorText.contains(message), "\(run.errorText)")
                #expect(run.process.isRunning)
            }
            #expect(harness.folder.snapshot("root/councils").keys.allSatisfy { !$0.contains("imported.yaml") })
        }
        for run in runs { #expect(run.finish() == 0, "\(run.errorText)") }
        #expect(harness.folder.snapshot("root") == expected)
    }
}
