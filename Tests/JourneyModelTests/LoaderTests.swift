import Foundation
import Testing
@testable import JourneyModel

/// A council folder in memory, under `councils/<id>/`.
private func tree(_ files: [String: String], id: String = "testshire") -> MemoryTree {
    var data: [String: Data] = [:]
    for (path, text) in files { data["councils/\(id)/\(path)"] = Data(text.utf8) }
    return MemoryTree(name: "root", files: data)
}

private let validCouncil = """
council:
  id: testshire
  name: Testshire Council
  region: North East, Yorkshire and the Humber
  area-code: E06000099
people:
  - name: Ann Example
    role: mayor
    from: 2019-05
    sources: [https://example.org/mayor]
events:
  - id: ilacs-2019
    kind: inspection
    framework: ILACS
    type: standard
    start: 2019-11-25
    end: 2019-12-06
    published: 2020-01-24
    judgements:
      overall-effectiveness: Inadequate
      impact-of-leaders: Inadequate
      help-and-protection: Inadequate
      children-in-care-and-care-leavers: Inadequate
    summary: Serious failures.
    sources: [https://example.org/2019]
  - id: direction-2020
    kind: direction
    action: issued
    date: 2020
    sources: [{title: A press report}]
  - id: direction-revoked-2024
    kind: direction
    action: revoked
    date: 2024-09-06
    revokes: direction-2020
    letter: revocation-2024
    sources: [the letter]
"""

private let validLetter = """
---
id: revocation-2024
date: 2024-09-06
from: A Minister
to: The Mayor
cc: [Someone]
subject: Direction
events: [direction-revoked-2024]
quotes:
  - text: gradual improvements
    event: ilacs-2019
---
Dear Mayor

There were gradual improvements.
"""

@Suite struct LoaderTests {
    @Test func loadsAValidCouncil() throws {
        let result = CouncilLoader.loadRoot(tree(["council.yaml": validCouncil, "letters/revocation-2024.md": validLetter]))
        #expect(result.diagnostics == [])
        let council = try #require(result.councils.first)
        #expect(council.name == "Testshire Council")
        #expect(council.areaCode == "E06000099")
        #expect(council.people.first?.from == PartialDate(year: 2019, month: 5))
        #expect(council.events.map(\.id) == ["ilacs-2019", "direction-2020", "direction-revoked-2024"])
        #expect(council.event("ilacs-2019")?.judgements.count == 4)
        #expect(council.event("ilacs-2019")?.overallGrade == .inadequate)
        #expect(council.event("direction-2020")?.start.precision == .year)
        #expect(council.event("direction-2020")?.sources == [Source(title: "A press report")])
        let revoked = try #require(council.event("direction-revoked-2024"))
        #expect(revoked.detail == .intervention(.direction(.revoked, target: "direction-2020")))
        #expect(revoked.letterIDs == ["revocation-2024"])
        let letter = try #require(council.letter("revocation-2024"))
        #expect(letter.body == "Dear Mayor\n\nThere were gradual improvements.")
        #expect(letter.bodyLine == 13)
        #expect(letter.quotes == [Quote(text: "gradual improvements", eventID: "ilacs-2019")])
    }

    @Test func derivesTitlesWhenAbsent() throws {
        let council = try #require(CouncilLoader.loadRoot(tree(["council.yaml": validCouncil,
                                                                "letters/revocation-2024.md": validLetter])).councils.first)
        #expect(council.event("ilacs-2019")?.title == "ILACS standard inspection")
        #expect(council.event("direction-revoked-2024")?.title == "Statutory direction revoked")
    }

    @Test func readsLettersWithWindowsLineEndings() throws {
        let crlf = validLetter.replacingOccurrences(of: "\n", with: "\r\n")
        let result = CouncilLoader.loadRoot(tree(["council.yaml": validCouncil, "letters/revocation-2024.md": crlf]))
        #expect(result.diagnostics == [])
        let letter = try #require(result.councils.first?.letter("revocation-2024"))
        #expect(letter.lines == ["Dear Mayor", "", "There were gradual improvements."])
        #expect(letter.bodyLine == 13)
    }

    @Test func foldsImportedEventsIntoHandWrittenOnes() throws {
        let imported = """
            events:
              - id: ofsted-ilacs-2019-11-25
                kind: inspection
                framework: ILACS
                type: standard
                start: 2019-11-25
                published: 2020-01-24
                judgements:
                  overall-effectiveness: Inadequate
                  impact-of-leaders: Requires improvement to be good
                  help-and-protection: Inadequate
                  children-in-care-and-care-leavers: Inadequate
                sources: [{title: "Release, sheet S, row 7"}]
                origin: {release: Release, published: 2025-09-25, sheet: S, row: 7}
              - id: ofsted-focused-visit-2024-07-31
                kind: focused-visit
                start: 2024-07-31
                theme: Care leavers
                sources: [{title: "Release, sheet S, row 8"}]
                origin: {release: Release, published: 2025-09-25, sheet: S, row: 8}
            """
        let result = CouncilLoader.loadRoot(tree(["council.yaml": validCouncil, "imported.yaml": imported,
                                                  "letters/revocation-2024.md": validLetter]))
        let council = try #require(result.councils.first)
        #expect(council.events.map(\.id) == ["ilacs-2019", "direction-2020", "direction-revoked-2024",
                                             "ofsted-focused-visit-2024-07-31"])
        #expect(council.event("ilacs-2019")?.sources.contains(Source(title: "Release, sheet S, row 7")) == true)
        #expect(council.event("ilacs-2019")?.judgements.map(\.grade) == Array(repeating: .inadequate, count: 4))
        #expect(council.event("ofsted-focused-visit-2024-07-31")?.origin == .imported(release: "Release", sheet: "S", row: 7 + 1))
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.description) == [
            "root/councils/testshire/imported.yaml: warning: event 'ilacs-2019', judgements.impact-of-leaders: hand-written "
                + "'Inadequate', release 'Requires improvement to be good' ('ofsted-ilacs-2019-11-25'); the hand-written value is shown",
        ])
    }

    @Test func rejectsMissingCouncilsFolder() {
        let result = CouncilLoader.loadRoot(MemoryTree(name: "root", files: ["x": Data()]))
        #expect(result.hasErrors)
        #expect(result.errors.first?.description == "root/councils: error: no 'councils' folder: not a journey data root")
    }
}
