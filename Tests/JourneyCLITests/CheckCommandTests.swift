import Foundation
import Testing

/// `journey check` and the other commands on bad, hostile and ambiguous data.
@Suite struct CheckCommandTests {
    /// A council folder with one of every problem the checker must find.
    private func brokenRoot() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("councils/broken/council.yaml", """
            council:
              id: broken
              name: Broken Council
              area-code: X123
            events:
              - id: a
                kind: inspecton
                date: 2019
                sources: [s]
              - id: b
                kind: inspection
                framework: ILACS
                start: 2019-11-25
                end: 2019-11-01
                judgements:
                  overall-effectiveness: Inadequat
                  care-leavers: Good
                sources: [s]
              - id: b
                kind: focused-visit
                date: 2023-02-30
                judgements: {overall-effectiveness: Good}
                letters: [missing-letter]
                sources: [s]
              - id: d
                kind: direction
                action: revoked
                date: 2024
                revokes: no-such-direction
                sources: [s]

            """)
        try folder.write("councils/broken/letters/bad-bytes.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]))
        try folder.write("councils/broken/letters/l.md", "---\nid: l\ndate: 2024\nfrom: a\nto: b\nsubject: c\n"
                         + "events: [zz]\nqutoes: []\n---\ntext\n")
        return folder
    }

    @Test func reportsEveryProblemAtItsPlaceAndExits65() throws {
        let folder = try brokenRoot()
        let outcome = try JourneyProcess.run(["check", folder.url.path])
        #expect(outcome.status == 65)
        let file = "\(folder.url.path)/councils/broken/council.yaml"
        let expected = [
            "\(file):4:14: error: area-code 'X123' is not an ONS code such as E06000002",
            "\(file):7:11: error: unknown event kind 'inspecton'; did you mean 'inspection'?",
            "\(file):14:10: error: end (2019-11-01) is before start (2019-11-25)",
            "\(file):16:30: error: unknown grade 'Inadequat'; did you mean 'Inadequate'?",
            "\(file):17:7: error: judgement area 'care-leavers' does not belong to a ILACS inspection starting 25 November 2019",
            "\(file):19:9: error: duplicate event id 'b'",
            "\(file):21:11: error: date '2023-02-30' is not a real date",
            "\(file):22:5: error: 'judgements' is not allowed in a focused-visit event: visits carry no grades",
            "\(file):23:15: error: no letter with id 'missing-letter' in letters/",
            "\(file):29:14: error: 'revokes' names 'no-such-direction', which is not a direction event",
            "\(folder.url.path)/councils/broken/letters/bad-bytes.md: error: not valid UTF-8: bad byte at offset 4",
            "\(folder.url.path)/councils/broken/letters/l.md:7:10: error: no event with id 'zz'",
            "\(folder.url.path)/councils/broken/letters/l.md:8:1: error: unknown key 'qutoes' in a letter's front matter; did you mean 'quotes'?",
        ]
        for line in expected {
            #expect(outcome.stderr.contains(line), "missing: \(line)")
        }
        #expect(outcome.stdout.contains("checked 1 council: \(expected.count) errors"))
    }

    @Test func checksACouncilFolderDirectly() throws {
        let folder = try brokenRoot()
        let outcome = try JourneyProcess.run(["check", folder.url.appendingPathComponent("councils/broken").path,
                                              "--format", "json"])
        #expect(outcome.status == 65)
        let records = try #require(try JourneyProcess.json(outcome.stdout) as? [[String: Any]])
        #expect(records.count == 13)
        #expect(records.allSatisfy { ($0["line"] as? Int ?? 0) >= 0 && $0["severity"] as? String == "error" })
    }

    @Test func commandsTakeACouncilFolderAsTheData() throws {
        let folder = MiddlesbroughCommandTests.dataRoot.appendingPathComponent("councils/middlesbrough")
        let outcome = try JourneyProcess.run(["status", "--on", "2021-06-01", "--data", folder.path + "/"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Under statutory direction since 2020"))
        let here = try JourneyProcess.run(["check", "."], directory: folder)
        #expect(here.stdout == "checked 1 council: 0 errors, 0 warnings\n")
    }

    @Test func anEmptyRootIsValidButHasNothingToShow() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("councils"),
                                                withIntermediateDirectories: true)
        let check = try JourneyProcess.run(["check", folder.url.path])
        #expect(check.status == 0)
        #expect(check.stderr.contains("councils: warning: no council folders"))
        let summary = try JourneyProcess.run(["summary", "--data", folder.url.path])
        #expect(summary.status == 65)
        #expect(summary.stderr.contains("journey: the data root holds no councils"))
    }

    @Test func theBundledDataIsValid() throws {
        let outcome = try JourneyProcess.run(["check"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "checked 158 councils: 0 errors, 0 warnings\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func exitCodesForMissingInputAndUsage() throws {
        #expect(try JourneyProcess.run(["check", "/nonexistent/journey"]).status == 66)
        #expect(try JourneyProcess.run(["summary", "--data", "/nonexistent/journey"]).status == 66)
        #expect(try JourneyProcess.run(["status", "--on", "2021-13-01"]).status == 64)
        #expect(try JourneyProcess.run(["timeline", "--kind", "party"]).status == 64)
        #expect(try JourneyProcess.run(["summary", "--council", "nowhere"]).status == 64)
    }

    @Test func otherCommandsRefuseBrokenDataWithEveryError() throws {
        let folder = try brokenRoot()
        let outcome = try JourneyProcess.run(["summary", "--data", folder.url.path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("journey: 13 errors in the data; nothing shown"))
    }

    @Test func severalCouncilsNeedAChoice() throws {
        let folder = try TemporaryFolder()
        for id in ["north", "south"] {
            try folder.write("councils/\(id)/council.yaml", "council:\n  id: \(id)\n  name: \(id.capitalized)\n")
        }
        let outcome = try JourneyProcess.run(["summary", "--data", folder.url.path])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("2 councils in the data root; choose one with --council ID"))
        #expect(outcome.stderr.contains("`journey councils --data "), "says how to list the ids")
        let wrong = try JourneyProcess.run(["summary", "--data", folder.url.path, "--council", "sooth"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("no council 'sooth'; did you mean south? `journey councils --data "))
        #expect(try JourneyProcess.run(["summary", "--data", folder.url.path, "--council", "south"]).stdout
            .hasPrefix("South\n"))
    }

    /// A line feed inside a single-line field must not start a line of its own: it could forge
    /// a `path:line:column: error:` line that editors jump to, or a line of the report.
    @Test func lineFeedsInFieldsCannotForgeLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("councils/lf/council.yaml", """
            council:
              id: lf
              name: "Real Council\\nfake.yaml:1:1: error: forged"
            events:
              - id: i
                kind: inspection
                framework: ILACS
                start: 2019-01-01
                judgements: {overall-effectiveness: "Bad\\nx.yaml:9:9: error: forged"}
                sources: [s]

            """)
        let check = try JourneyProcess.run(["check", folder.url.path])
        #expect(check.status == 65)
        #expect(!check.stderr.split(separator: "\n").contains { $0.hasPrefix("x.yaml:9:9") })
        #expect(check.stderr.contains("unknown grade 'Bad^Jx.yaml:9:9: error: forged'"))
        try folder.write("councils/lf/council.yaml", """
            council:
              id: lf
              name: "Real Council\\nfake.yaml:1:1: error: forged"

            """)
        for arguments in [["summary"], ["councils"], ["status"]] {
            let outcome = try JourneyProcess.run(arguments + ["--data", folder.url.path])
            #expect(outcome.status == 0, "\(arguments)")
            #expect(!outcome.stdout.split(separator: "\n").contains { $0.hasPrefix("fake.yaml") }, "\(arguments)")
            #expect(outcome.stdout.contains("Real Council^Jfake.yaml:1:1: error: forged"), "\(arguments)")
        }
    }

    @Test func hostileTextNeverReachesThePipeAsControlSequences() throws {
        let folder = try TemporaryFolder()
        let hostile = "Evil \u{1B}]0;pwned\u{07} title \u{1B}[2J cleared \u{9B}31m \r back \u{202E}reversed"
        try folder.write("councils/evil/council.yaml", """
            council:
              id: evil
              name: "Evil \\e[31mCouncil"
            events:
              - id: e
                kind: letter
                date: 2024
                summary: "\(hostile.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E ? String(format: "\\u%04X", $0.value) : String($0) }.joined())"
                sources: [s]

            """)
        try folder.write("councils/evil/letters/x.md", "---\nid: x\ndate: 2024\nfrom: a\nto: b\nsubject: s\n---\n"
                         + hostile + "\n\u{1B}P+q544e\u{1B}\\ and \u{1B}]52;c;ZXZpbA==\u{07}\n")
        let json = try JourneyProcess.run(["summary", "--format", "json", "--data", folder.url.path])
        #expect(!json.stdout.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.properties.isBidiControl })
        let decoded = try #require(try JourneyProcess.json(json.stdout) as? [String: Any])
        let events = try #require(decoded["timeline"] as? [[String: Any]])
        #expect((events.first?["summary"] as? String)?.contains("\u{9B}31m") == true, "the same value, escaped")
        for arguments in [["summary"], ["show", "e"], ["read", "x"], ["search", "evil"], ["timeline"]] {
            let outcome = try JourneyProcess.run(arguments + ["--data", folder.url.path])
            #expect(outcome.status == 0, "\(arguments)")
            let forbidden = outcome.stdout.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
            }
            #expect(forbidden.isEmpty, "\(arguments): \(forbidden.map { String($0.value, radix: 16) })")
        }
    }
}
