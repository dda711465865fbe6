import Foundation
import Testing

/// `journey brief`: the real binary, its output, its file writing and its refusals.
@Suite struct BriefCommandTests {
    @Test func markdownToStandardOutputByDefault() throws {
        let outcome = try JourneyProcess.run(["brief", "--council", "wakefield", "--on", "2019-06-01"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("# Briefing: Wakefield on 1 June 2019\n"))
        #expect(outcome.stdout.contains("| Intervention | Under statutory direction since 22 August 2018 (revised 13 December 2018) |"))
        #expect(outcome.stdout.contains("No notes recorded."))
        #expect(outcome.stdout.contains("<https://gov.uk/government/publications/revised-direction-issued-to-wakefield-council>"))
    }

    @Test func theStatusMatchesJourneyStatus() throws {
        let status = try JourneyProcess.run(["status", "--council", "halton", "--on", "2024-06-01", "--format", "json"])
        let sentence = try #require((try JourneyProcess.json(status.stdout) as? [String: Any])?["sentence"] as? String)
        let brief = try JourneyProcess.run(["brief", "--council", "halton", "--on", "2024-06-01"])
        #expect(brief.stdout.contains("| Intervention | \(sentence) |"))
    }

    @Test func aMonthMeansItsFirstDayAndSaysSo() throws {
        let outcome = try JourneyProcess.run(["brief", "--council", "middlesbrough", "--on", "2020-06"])
        #expect(outcome.stdout.replacingOccurrences(of: "\n", with: " ").contains("on 1 June 2020 (the first day of June 2020)"))
    }

    @Test func htmlToAFileAtomicallyAndSaysWhere() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("middlesbrough.html")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let outcome = try JourneyProcess.run(["brief", "--format", "html", "--on", "2023-06-01", "--output", target.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "journey: wrote the briefing to \(target.path)\n")
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<svg class=\"journey\""))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(left == ["middlesbrough.html"], "no temporary file is left behind")
    }

    @Test func refusesToWriteInsideTheDataRoot() throws {
        let folder = try TemporaryFolder()
        try folder.write("councils/anyshire/council.yaml", "council:\n  id: anyshire\n  name: Anyshire\n")
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
        for target in ["brief.md", "councils/anyshire/brief.md", "councils/../councils/brief.md"] {
            let path = folder.url.appendingPathComponent(target).path
            let outcome = try JourneyProcess.run(["brief", "--data", folder.url.path, "--output", path])
            #expect(outcome.status == 64, "\(target): \(outcome.stderr)")
            #expect(outcome.stderr.contains("\(path): error: refusing to write inside the data root"))
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted() == before)
    }

    @Test func refusesThroughASymbolicLinkToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("root/councils/anyshire/council.yaml", "council:\n  id: anyshire\n  name: Anyshire\n")
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("link"),
                                                   withDestinationURL: folder.url.appendingPathComponent("root/councils"))
        let outcome = try JourneyProcess.run(["brief", "--data", folder.url.appendingPathComponent("root").path,
                                              "--output", folder.url.appendingPathComponent("link/brief.md").path])
        #expect(outcome.status == 64, "\(outcome.stderr)")
    }

    @Test func badInputIsAClearUsageError() throws {
        let date = try JourneyProcess.run(["brief", "--on", "the 31st"])
        #expect(date.status == 64)
        #expect(date.stderr.contains("--on 'the 31st' is not a date"))
        let format = try JourneyProcess.run(["brief", "--format", "pdf"])
        #expect(format.status == 64)
        let missing = try JourneyProcess.run(["brief", "--output", "/nonexistent-folder/brief.md"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent-folder/brief.md: error: the folder /nonexistent-folder does not exist"))
    }
}
