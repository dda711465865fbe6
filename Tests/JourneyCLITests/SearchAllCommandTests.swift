import Foundation
import Testing

/// `journey search --all` over a data root answers from the index exactly as searching each
/// council does, and shows a hand edit on the next run.
@Suite struct SearchAllCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A root holding copies of the repository's Middlesbrough (letters, reports) and Halton.
    func root() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("councils"),
                                                withIntermediateDirectories: true)
        for id in ["middlesbrough", "halton"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("data/councils/\(id)"),
                                             to: folder.url.appendingPathComponent("councils/\(id)"))
        }
        return folder
    }

    /// The lines `search --all` gives for one council, without the council's id.
    func lines(of council: String, in output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            line.hasPrefix(council + " ") ? String(line.dropFirst(council.count + 1)) : nil
        }
    }

    @Test func everyCouncilsHitsAreTheCouncilsOwnOnTheFirstRunAndTheNext() throws {
        let root = try root(), cache = try TemporaryFolder()
        for phrase in ["children", "Serious and\nwidespread", "ab"] {
            let arguments = ["search", "--all", "--data", root.url.path, phrase]
            let first = try JourneyProcess.run(arguments, cacheHome: cache.url)
            let next = try JourneyProcess.run(arguments, cacheHome: cache.url)
            #expect(first.status == 0 && next.status == 0)
            #expect(next.stdout == first.stdout, "the index answers as the first run, which built it")
            for council in ["middlesbrough", "halton"] {
                let own = try JourneyProcess.run(["search", "--data", root.url.path, "--council", council, phrase],
                                                 cacheHome: cache.url)
                let expected = own.stdout.hasPrefix("No matches") ? [] : own.stdout.split(separator: "\n").map(String.init)
                #expect(lines(of: council, in: next.stdout) == expected, "\(council): \(phrase)")
            }
        }
        let reports = try JourneyProcess.run(["search", "--all", "--data", root.url.path, "Serious and\nwidespread"],
                                             cacheHome: cache.url)
        #expect(reports.stdout.contains("middlesbrough report "))
    }

    @Test func aHandEditIsFoundOnTheNextRun() throws {
        let root = try root(), cache = try TemporaryFolder()
        let arguments = ["search", "--all", "--data", root.url.path, "zanzibar quokka"]
        #expect(try JourneyProcess.run(arguments, cacheHome: cache.url).stdout.hasPrefix("No matches"))
        let file = root.url.appendingPathComponent("councils/middlesbrough/council.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: SIF inspection and review", with: "title: Zanzibar quokka review")
            .write(to: file, atomically: false, encoding: .utf8)
        let after = try JourneyProcess.run(arguments, cacheHome: cache.url)
        #expect(after.stdout == "middlesbrough event sif-2015 (title): Zanzibar quokka review of the LSCB\n")
    }
}
