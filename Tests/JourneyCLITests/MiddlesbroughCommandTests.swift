import Foundation
import Testing

/// The command line on the bundled Middlesbrough file: the acceptance points.
@Suite struct MiddlesbroughCommandTests {
    @Test func summaryTellsTheJourney() throws {
        let outcome = try JourneyProcess.run(["summary", "--today", "2025-01-01"])
        #expect(outcome.status == 0)
        let text = outcome.stdout
        #expect(text.contains("Middlesbrough Council (E06000002)"))
        #expect(text.contains("2019-11-25  Inspection            ILACS standard inspection — Inadequate (I) in all 4 judgements"))
        #expect(text.contains("ILACS standard inspection — Requires improvement to be good (RI) in all 5 judgements"))
        #expect(text.contains("2024-07-31  Focused visit         Focused visit: Care leavers"))
        #expect(text.contains("Intervention:     Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); "
                              + "not known since then (DfE register checked to 9 April 2024)"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func statusDuringAndAfterTheDirection() throws {
        let during = try JourneyProcess.run(["status", "--on", "2021-06-01"])
        #expect(during.status == 0)
        #expect(during.stdout.contains("Intervention:     Under statutory direction since 2020"))
        #expect(during.stdout.contains("Latest judgement: Inadequate (I)"))
        let after = try JourneyProcess.run(["status", "--on", "2024-10-01"])
        #expect(after.stdout.contains("Statutory direction revoked on 6 September 2024"))
    }

    @Test func statusAsJSONSaysTheSameInFields() throws {
        let during = try #require(try JourneyProcess.json(JourneyProcess.run(["status", "--on", "2021-06-01",
                                                                                "--format", "json"]).stdout) as? [String: Any])
        let duringIntervention = try #require(during["intervention"] as? [String: Any])
        #expect(duringIntervention["state"] as? String == "underDirection")
        #expect(duringIntervention["issuedOn"] as? String == "2020")
        let after = try #require(try JourneyProcess.json(JourneyProcess.run(["status", "--on", "2024-10-01",
                                                                               "--format", "json"]).stdout) as? [String: Any])
        let intervention = try #require(after["intervention"] as? [String: Any])
        #expect(intervention["state"] as? String == "revoked")
        #expect(intervention["revokedOn"] as? String == "2024-09-06")
        let judgement = try #require((after["judgement"] as? [String: Any])?["latest"] as? [String: Any])
        #expect(judgement["overallGrade"] as? String == "Requires improvement to be good")
    }

    @Test func readPrintsTheLetterWordForWord() throws {
        let outcome = try JourneyProcess.run(["read", "revocation-2024"])
        #expect(outcome.status == 0)
        let file = try String(contentsOf: Self.dataRoot.appendingPathComponent(
            "councils/middlesbrough/letters/revocation-2024.md"), encoding: .utf8)
        let body = try #require(file.components(separatedBy: "\n---\n").last)
        let plain = body.replacingOccurrences(of: "<u>", with: "").replacingOccurrences(of: "</u>", with: "")
        #expect(outcome.stdout.hasSuffix("\n\n" + plain + "\n"), "the letter word for word, its markup dropped")
        #expect(outcome.stdout.contains("By email: mayor@middlesbrough.gov.uk\n"))
        #expect(outcome.stdout.contains("I have decided to revoke the revised Statutory Direction which was issued in 2022"))
        #expect(outcome.stdout.hasPrefix("From:      Janet Daby MP, Minister for Children and Families\n"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: MiddlesbroughCommandTests.sharedLetter.path)))
    func readMatchesThePublishedLetter() throws {
        let original = try String(contentsOf: Self.sharedLetter, encoding: .utf8)
        let printed = try JourneyProcess.run(["read", "revocation-2024"]).stdout
        let trimmed = original.drop { $0 == "\n" }
            .replacingOccurrences(of: "<u>", with: "").replacingOccurrences(of: "</u>", with: "")
        #expect(printed.hasSuffix(trimmed + "\n"))
    }

    @Test func timelineFiltersByKindAndDates() throws {
        let outcome = try JourneyProcess.run(["timeline", "--kind", "direction", "--from", "2021-01-01"])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("Direction") })
        let json = try #require(try JourneyProcess.json(JourneyProcess.run(["timeline", "--kind", "inspection",
                                                                              "--format", "json"]).stdout) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String }
                == ["ofsted-slac-published-2011-07-22", "sif-2015", "ilacs-2019", "ilacs-2023"])
    }

    @Test func showGivesEveryJudgementAndTheLinks() throws {
        let text = try JourneyProcess.run(["show", "ilacs-2023"]).stdout
        #expect(text.contains("The experiences and progress of care leavers: Requires improvement to be good (RI)"))
        #expect(text.contains("Quoted in\n  revocation-2024, line"))
        let revocation = try JourneyProcess.run(["show", "direction-revoked-2024"]).stdout
        #expect(revocation.contains("Letters\n  revocation-2024"))
        let missing = try JourneyProcess.run(["show", "nope"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no event 'nope'; `journey timeline` lists them"))
    }

    @Test func searchFindsEventsAndLetterLines() throws {
        let text = try JourneyProcess.run(["search", "GRADUAL improvements"]).stdout
        #expect(text.contains("letter revocation-2024:"))
        let hits = try #require(try JourneyProcess.json(JourneyProcess.run(["search", "care leavers", "--format", "json"])
            .stdout) as? [[String: Any]])
        #expect(hits.contains { $0["owner"] as? String == "event" })
        #expect(hits.contains { $0["owner"] as? String == "letter" })
    }

    @Test func councilsListsEveryBundledCouncil() throws {
        let json = try #require(try JourneyProcess.json(JourneyProcess.run(["councils", "--format", "json"]).stdout)
            as? [[String: Any]])
        #expect(json.count == 158)
        #expect(json.filter { $0["former"] as? Bool == true }.count == 5)
        let middlesbrough = try #require(json.first { $0["id"] as? String == "middlesbrough" })
        #expect(middlesbrough["latestJudgement"] as? String == "Requires improvement to be good")
        #expect((middlesbrough["intervention"] as? [String: Any])?["sentence"] != nil)
    }

    @Test func bundledDataIsFoundWhenTheBinaryIsCopiedElsewhere() throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("journey")
        try FileManager.default.copyItem(at: JourneyProcess.binary, to: copy)
        let outcome = try Self.runFreshCopy(copy, ["status", "--on", "2021-06-01"], directory: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Under statutory direction"))
    }

    @Test func versionAndHelp() throws {
        #expect(try JourneyProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try JourneyProcess.run(["--help"]).stdout
        for command in ["summary", "timeline", "show", "read", "status", "search", "councils", "check"] {
            #expect(help.contains(command))
        }
    }

    /// Runs a just-written executable. While the copy's file was open for writing, a process
    /// that another test was spawning at that moment may have inherited the descriptor, and
    /// executing the file then fails with ETXTBSY until that process has exec'd; so retry briefly.
    static func runFreshCopy(_ binary: URL, _ arguments: [String], directory: URL) throws -> JourneyProcess.Outcome {
        for _ in 0..<50 {
            do {
                return try JourneyProcess.run(arguments, binary: binary, directory: directory)
            } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        return try JourneyProcess.run(arguments, binary: binary, directory: directory)
    }

    /// The repository's data root.
    static let dataRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")
    static let sharedLetter = dataRoot.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/reference/letter-2024-09-06-middlesbrough-statutory-direction.txt")
}
