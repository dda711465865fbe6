import Foundation
import Testing
@testable import JourneyModel

/// Each problem `journey check` must find, at its line and column.
@Suite struct CheckProblemTests {
    /// Loads a council.yaml (plus letters) and returns the diagnostics as printed.
    private func check(_ yaml: String, letters: [String: Data] = [:]) -> [String] {
        var files = ["councils/t/council.yaml": Data(yaml.utf8)]
        for (name, data) in letters { files["councils/t/letters/\(name)"] = data }
        return CouncilLoader.loadRoot(MemoryTree(name: "r", files: files)).diagnostics.map(\.description)
    }

    private let head = "council:\n  id: t\n  name: T\nevents:\n"

    @Test func yamlSyntaxError() {
        let found = check("council:\n  id: t\n  name: [unclosed\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("r/councils/t/council.yaml:4:1: error: YAML syntax"))
    }

    @Test func unknownKeyWithHint() {
        let found = check(head + "  - id: a\n    kind: inspection\n    framework: ILACS\n    start: 2019-01-01\n"
                          + "    sumary: x\n    sources: [s]\n")
        #expect(found == ["r/councils/t/council.yaml:9:5: error: unknown key 'sumary' in a inspection event; did you mean 'summary'?"])
    }

    @Test func unknownKindGradeAreaFramework() {
        let found = check(head + """
          - id: a
            kind: inspecton
            start: 2019
            sources: [s]
          - id: b
            kind: inspection
            framework: ILACZ
            start: 2019
            sources: [s]
          - id: c
            kind: inspection
            framework: ILACS
            start: 2019-03-01
            judgements:
              overall-effectiveness: Inadequat
              care-leavers: Good
              leadership: Good
            sources: [s]

        """)
        #expect(found.contains { $0.hasPrefix("r/councils/t/council.yaml:6:11: error: unknown event kind 'inspecton'; did you mean 'inspection'?") })
        #expect(found.contains { $0.hasPrefix("r/councils/t/council.yaml:11:16: error: unknown framework 'ILACZ'; did you mean 'ILACS'?") })
        #expect(found.contains("r/councils/t/council.yaml:19:30: error: unknown grade 'Inadequat'; did you mean 'Inadequate'? (Ofsted's grades: Outstanding, Good, Requires improvement to be good, Inadequate)"))
        #expect(found.contains { $0.hasPrefix("r/councils/t/council.yaml:20:7: error: judgement area 'care-leavers' does not belong to a ILACS inspection starting 1 March 2019") })
        #expect(found.contains { $0.hasPrefix("r/councils/t/council.yaml:21:7: error: unknown judgement area 'leadership'") })
        #expect(found.count == 5)
    }

    @Test func gradesOnVisitsAreRejected() {
        let found = check(head + "  - id: v\n    kind: focused-visit\n    start: 2024-07-31\n"
                          + "    judgements: {overall-effectiveness: Good}\n    sources: [s]\n")
        #expect(found == ["r/councils/t/council.yaml:8:5: error: 'judgements' is not allowed in a focused-visit event: visits carry no grades"])
    }

    @Test func impossibleDatesAndEndBeforeStart() {
        let found = check(head + "  - id: a\n    kind: leadership-change\n    start: 2023-02-30\n    sources: [s]\n"
                          + "  - id: b\n    kind: monitoring-visit\n    start: 2022-03-29\n    end: 2022-03-01\n    sources: [s]\n"
                          + "  - id: c\n    kind: letter\n    date: 6 September 2024\n    sources: [s]\n")
        #expect(found == [
            "r/councils/t/council.yaml:7:12: error: date '2023-02-30' is not a real date",
            "r/councils/t/council.yaml:12:10: error: end (2022-03-01) is before start (2022-03-29)",
            "r/councils/t/council.yaml:16:11: error: date '6 September 2024' is not an ISO 8601 date (2024-09-06, 2022-03 or 2022)",
        ])
    }

    @Test func duplicateIDs() {
        let event = "  - id: a\n    kind: letter\n    date: 2020\n    sources: [s]\n"
        let found = check(head + event + event)
        #expect(found == ["r/councils/t/council.yaml:9:9: error: duplicate event id 'a' (first defined at r/councils/t/council.yaml:5:9)"])
    }

    @Test func referencesToMissingEventsLettersAndDirections() {
        let yaml = head + """
          - id: d
            kind: direction
            action: revoked
            date: 2024
            revokes: direction-2020
            letters: [nowhere]
            sources: [s]

        """
        let letter = "---\nid: l\ndate: 2024\nfrom: a\nto: b\nsubject: c\nevents: [dd]\n---\ntext\n"
        let found = check(yaml, letters: ["l.md": Data(letter.utf8)])
        #expect(found == [
            "r/councils/t/council.yaml:9:14: error: 'revokes' names 'direction-2020', which is not a direction event",
            "r/councils/t/council.yaml:10:15: error: no letter with id 'nowhere' in letters/",
            "r/councils/t/letters/l.md:7:10: error: no event with id 'dd'; did you mean 'd'?",
        ])
    }

    @Test func invalidUTF8GivesTheByteOffset() {
        var bytes = Data("---\nid: l\n---\nabc".utf8)
        bytes.append(contentsOf: [0xE2, 0x28, 0xA1])
        let found = check(head + "  []\n".replacingOccurrences(of: "  []\n", with: ""), letters: ["l.md": bytes])
        #expect(found.contains("r/councils/t/letters/l.md: error: not valid UTF-8: bad byte at offset 17"))
    }

    @Test func oversizedLetter() {
        let big = Data(repeating: UInt8(ascii: "a"), count: CouncilLoader.letterFileLimit + 1)
        let found = check(head, letters: ["big.md": big])
        #expect(found.contains("r/councils/t/letters/big.md: error: file is 1048577 bytes, over the limit of 1048576 bytes"))
    }

    @Test func aSymbolicLinkCannotSmuggleInAnOversizedLetter() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journey-big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let letters = root.appendingPathComponent("councils/t/letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        try Data(head.utf8).write(to: root.appendingPathComponent("councils/t/council.yaml"))
        try Data(repeating: UInt8(ascii: "a"), count: CouncilLoader.letterFileLimit + 1)
            .write(to: letters.appendingPathComponent("big.txt"))
        try FileManager.default.createSymbolicLink(at: letters.appendingPathComponent("big.md"),
                                                   withDestinationURL: letters.appendingPathComponent("big.txt"))
        let found = CouncilLoader.loadRoot(DiskTree(root: root, name: "r")).diagnostics.map(\.description)
        #expect(found.contains("r/councils/t/letters/big.md: error: file is 1048577 bytes, over the limit of 1048576 bytes"))
    }

    @Test func importedEventsAreCheckedEvenWhenTheCouncilSectionFails() {
        let files = ["councils/t/council.yaml": Data("council:\n  id: t\n".utf8),
                     "councils/t/imported.yaml": Data("events:\n  - id: x\n    kind: visit\n".utf8)]
        let found = CouncilLoader.loadRoot(MemoryTree(name: "r", files: files)).diagnostics.map(\.description)
        #expect(found.contains("r/councils/t/council.yaml:2:3: error: council has no 'name'"))
        #expect(found.contains { $0.hasPrefix("r/councils/t/imported.yaml:3:11: error: unknown event kind 'visit'") })
    }

    @Test func aliasBombIsBoundedAndReported() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = "abcdefghij".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            yaml += "\(name): &\(name) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), "
                + "*\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
        }
        let found = check(yaml)
        #expect(found == ["r/councils/t/council.yaml:1:1: error: YAML document has more than 100000 nodes once aliases are expanded (an alias bomb?)"])
    }

    @Test func missingRequiredParts() {
        let found = check("council:\n  id: x\n  name: T\nevents:\n  - kind: letter\n    date: 2020\n")
        #expect(found == [
            "r/councils/t/council.yaml:2:7: error: council id 'x' does not match its folder 't'",
            "r/councils/t/council.yaml:5:5: error: event has no 'id'",
            "r/councils/t/council.yaml:5:5: error: no 'sources': every fact needs a source",
        ])
    }

    @Test func quoteMustOccurInTheText() {
        let yaml = head + "  - id: e\n    kind: letter\n    date: 2020\n    sources: [s]\n"
        let letter = "---\nid: l\ndate: 2024\nfrom: a\nto: b\nsubject: c\nquotes:\n  - text: not there\n    event: e\n---\ntext\n"
        let found = check(yaml, letters: ["l.md": Data(letter.utf8)])
        #expect(found == ["r/councils/t/letters/l.md:8:11: error: quoted phrase \"not there\" does not occur in the letter's text"])
    }

    @Test func aRevokedDirectionCannotBeRevisedOrRevokedAgain() {
        let directions = [("d1", "issued", "2020", ""), ("d2", "revoked", "2021", "revokes: d1"),
                          ("d3", "revoked", "2022", "revokes: d1"), ("d4", "revised", "2023", "revises: d1"),
                          ("d5", "revised", "2019", "revises: d1")]
        let yaml = head + directions.map { id, action, date, target in
            "  - id: \(id)\n    kind: direction\n    action: \(action)\n    date: \(date)\n"
                + (target.isEmpty ? "" : "    \(target)\n") + "    sources: [s]\n"
        }.joined()
        #expect(check(yaml) == [
            "r/councils/t/council.yaml:20:14: error: direction 'd1' was already revoked by 'd2' (2021); "
                + "a later direction is issued as a new one",
            "r/councils/t/council.yaml:26:14: error: direction 'd1' was already revoked by 'd2' (2021); "
                + "a later direction is issued as a new one",
            "r/councils/t/council.yaml:32:14: error: 'revises' names 'd1', dated 2020, after this direction (2019)",
        ])
    }

    @Test func letterReferencesCannotBePaths() {
        let found = check(head + "  - id: a\n    kind: letter\n    date: 2020\n    sources: [s]\n"
                          + "    letters: [../../secret, /etc/passwd]\n")
        #expect(found == [
            "r/councils/t/council.yaml:9:15: error: letter '../../secret' is a path: a letter is named by its id "
                + "(the file letters/<id>.md), so it cannot leave the council folder",
            "r/councils/t/council.yaml:9:29: error: letter '/etc/passwd' is a path: a letter is named by its id "
                + "(the file letters/<id>.md), so it cannot leave the council folder",
        ])
    }

    @Test func leftoversOfAnInterruptedImportAreReported() {
        let files = ["councils/t/council.yaml": Data(head.utf8), "councils/t/.journey-import-imported.yaml": Data(),
                     "councils/t/.DS_Store": Data(), "councils/.journey-import-new/council.yaml": Data()]
        let found = CouncilLoader.loadRoot(MemoryTree(name: "r", files: files)).diagnostics.map(\.description)
        #expect(found == [
            "r/councils/.journey-import-new: warning: left by an interrupted import; the next import removes it",
            "r/councils/t/.journey-import-imported.yaml: warning: left by an interrupted import; the next import removes it",
        ])
    }

    @Test func strayFilesInTheCouncilFolderAreReported() {
        let files = ["councils/t/council.yaml": Data(head.utf8), "councils/t/notes.txt": Data("x".utf8)]
        let found = CouncilLoader.loadRoot(MemoryTree(name: "r", files: files)).diagnostics.map(\.description)
        #expect(found == ["r/councils/t/notes.txt: warning: not part of a council file (council.yaml, imported.yaml, "
                          + "letters/, reports/); ignored"])
    }

    @Test func strayFilesAreReportedNotSkipped() {
        let found = check(head, letters: ["notes.txt": Data("x".utf8)])
        #expect(found == ["r/councils/t/letters/notes.txt: warning: not a letter file (letters are .md files); ignored"])
    }

    @Test func symbolicLinkLeavingTheFolderIsAnError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journey-link-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let letters = root.appendingPathComponent("councils/t/letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        try Data((head + "  []\n").utf8).write(to: root.appendingPathComponent("councils/t/council.yaml"))
        let outside = root.appendingPathComponent("secret.md")
        try Data("---\nid: x\n---\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: letters.appendingPathComponent("x.md"), withDestinationURL: outside)
        let result = CouncilLoader.loadRoot(DiskTree(root: root, name: "r"))
        #expect(result.diagnostics.map(\.description).contains(
            "r/councils/t/letters/x.md: error: path leaves the council folder (a symbolic link pointing outside?)"))
    }
}

/// Section 4 of issue 8: the hand-made format accepts what people write.
@Suite struct RelaxedFormatTests {
    private func load(_ yaml: String, letters: [String: String] = [:]) -> CouncilLoader.Result {
        var files = ["councils/t/council.yaml": Data(yaml.utf8)]
        for (name, text) in letters { files["councils/t/letters/\(name)"] = Data(text.utf8) }
        return CouncilLoader.loadRoot(MemoryTree(name: "r", files: files))
    }

    private let head = "council:\n  id: t\n  name: T\nevents:\n"

    @Test func aLettersFileNameNeedNotBeItsID() throws {
        let letter = "---\nid: minister-2024\ndate: 2024-09-06\nfrom: A\nto: B\nsubject: S\n---\nText.\n"
        let result = load(head + "  - id: e\n    kind: letter\n    date: 2024\n    letter: minister-2024\n    sources: [s]\n",
                          letters: ["Letter from the minister.md": letter])
        #expect(result.diagnostics == [])
        #expect(result.councils.first?.letter("minister-2024")?.subject == "S")
    }

    @Test func duplicateLetterIDsAreTheError() {
        let letter = "---\nid: l\ndate: 2024-09-06\nfrom: A\nto: B\nsubject: S\n---\nText.\n"
        let found = load(head, letters: ["a.md": letter, "b.md": letter]).diagnostics.map(\.description)
        #expect(found == ["r/councils/t/letters/b.md:2:5: error: duplicate letter id 'l' (first defined at r/councils/t/letters/a.md:2:5)"])
    }

    @Test func fromAndToAreRecommendedNotRequired() throws {
        let result = load(head, letters: ["l.md": "---\nid: l\ndate: 2024-09-06\nsubject: S\n---\nText.\n"])
        #expect(result.diagnostics.map(\.description) == [
            "r/councils/t/letters/l.md:2:1: warning: letter has no 'from' (recommended: who wrote it and to whom)",
            "r/councils/t/letters/l.md:2:1: warning: letter has no 'to' (recommended: who wrote it and to whom)",
        ])
        let letter = try #require(result.councils.first?.letter("l"))
        #expect(letter.from == nil && letter.to == nil)
    }

    @Test func revisesIsInferredWhenOneDirectionIsInForce() throws {
        let result = load(head + """
          - id: d
            kind: direction
            date: 2019-01-01
            sources: [s]
          - id: r
            kind: direction
            action: revised
            date: 2020-01-01
            sources: [s]
          - id: end
            kind: direction
            action: revoked
            date: 2021-01-01
            sources: [s]

        """)
        #expect(result.diagnostics == [])
        let council = try #require(result.councils.first)
        #expect(council.event("r")?.intervention?.target == "d")
        #expect(council.event("end")?.intervention?.target == "d")
        #expect(council.interventionStatus(on: Fixtures.day("2020-06-01")).sentence
                == "Under statutory direction since 1 January 2019 (revised 1 January 2020)")
    }

    @Test func anAmbiguousRevisionIsAnErrorWithAHint() {
        let found = load(head + """
          - id: a
            kind: direction
            date: 2019
            sources: [s]
          - id: b
            kind: direction
            date: 2019
            sources: [s]
          - id: r
            kind: direction
            action: revised
            date: 2020-01-01
            sources: [s]

        """).diagnostics.map(\.description)
        #expect(found == ["r/councils/t/council.yaml:15:13: error: say which direction this revised with 'revises': "
                          + "'a' and 'b' are all in force on 1 January 2020"])
    }
}
