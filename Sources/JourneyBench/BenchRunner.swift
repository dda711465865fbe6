import Foundation

/// Measures every row of issue 12's table in one process: each case and `less` started in turn
/// in a real pseudo-terminal, round after round, so that all of them see the same machine.
public struct BenchRunner: Sendable {
    /// The release build of `journey` (absolute path).
    public var journey: String
    /// `less` (absolute path).
    public var less: String
    /// `grep` (absolute path), which search is measured against.
    public var grep: String
    /// The repository, whose `data/` makes the imported root and holds the letter `less` shows.
    public var repository: URL
    public var runs: Int
    /// The keys whose answers are timed (each one `j`).
    public var keys: String
    public var timer: PtyTimer

    public init(journey: String, less: String, grep: String = "/usr/bin/grep", repository: URL, runs: Int = 7,
                keys: String = "jjjjjjjjjj", timer: PtyTimer = PtyTimer()) {
        self.journey = journey
        self.less = less
        self.grep = grep
        self.repository = repository
        self.runs = runs
        self.keys = keys
        self.timer = timer
    }

    /// The council every comparison opens: bundled, and the same one in the imported root.
    public static let council = "middlesbrough"

    /// Builds the imported root and the 3000-event council in a temporary folder, checks that the
    /// large council loads, then times every case `runs` times and returns the medians.
    public func measure(log: (String) -> Void = { _ in }) throws -> BenchTable.Measurements {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("journey-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = try makeImportedRoot(in: scratch)
        let large = try SyntheticCouncil().write(into: scratch.appendingPathComponent("large"))
        try check(large)
        let letter = repository.appendingPathComponent("data/councils/middlesbrough/letters/revocation-2024.md").path
        let cases: [(name: String, command: [String], keys: String)] = [
            ("less", [less, letter], keys),
            ("bundled", [journey], keys),
            ("root council", [journey, "--data", root.path, "--council", Self.council], ""),
            ("picker", [journey, "--data", root.path], ""),
            ("large", [journey, "--data", large.path], keys),
        ]
        var frames: [String: [Double]] = [:], latencies: [String: [Double]] = [:], statuses: [String: [Double]] = [:]
        var searches: [String: [Double]] = [:]
        for round in 1...runs {
            for item in cases {
                let run = try timer.run(item.command, keys: item.keys)
                frames[item.name, default: []].append(run.firstFrame)
                if let latency = run.keyLatency { latencies[item.name, default: []].append(latency) }
            }
            statuses["bundled", default: []].append(try timer.runToExit([journey, "status"]))
            statuses["root", default: []].append(
                try timer.runToExit([journey, "status", "--data", root.path, "--council", Self.council]))
            for (name, word) in [("common", BenchTable.commonWord), ("nowhere", BenchTable.missingWord)] {
                searches["search " + name, default: []].append(
                    try timer.runToExit([journey, "search", "--all", "--data", root.path, word]))
                searches["grep " + name, default: []].append(try timer.runToExit([grep, "-rFic", word, root.path]))
            }
            log("round \(round) of \(runs) done")
        }
        let frame = { Statistics.median(frames[$0] ?? []) }
        let key = { Statistics.median(latencies[$0] ?? []) }
        return BenchTable.Measurements(
            lessFirstFrame: frame("less"), lessKey: key("less"), bundledFirstFrame: frame("bundled"),
            bundledKey: key("bundled"), rootCouncilFirstFrame: frame("root council"), pickerFirstFrame: frame("picker"),
            rootStatus: Statistics.median(statuses["root"] ?? []), bundledStatus: Statistics.median(statuses["bundled"] ?? []),
            largeFirstFrame: frame("large"), largeKey: key("large"),
            searchCommon: Statistics.median(searches["search common"] ?? []),
            grepCommon: Statistics.median(searches["grep common"] ?? []),
            searchNowhere: Statistics.median(searches["search nowhere"] ?? []),
            grepNowhere: Statistics.median(searches["grep nowhere"] ?? []))
    }

    /// A data root of every council in the repository's `data/` (the import of Ofsted's two
    /// releases), with the intervention register beside them.
    private func makeImportedRoot(in scratch: URL) throws -> URL {
        let root = scratch.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["councils", "interventions"] {
            let source = repository.appendingPathComponent("data/\(folder)")
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// `journey check` on the large council must pass before it is timed.
    private func check(_ folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: journey)
        process.arguments = ["check", "--data", folder.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError.failed("journey check --data \(folder.path) failed:\n\(message)")
        }
    }
}
