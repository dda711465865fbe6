import Foundation
import Testing
@testable import JourneyModel

/// A data root in memory: council folders with a bare council.yaml, plus any other files.
func registerRoot(councils: [String], files: [String: String] = [:], name: String = "r") -> MemoryTree {
    var data: [String: Data] = [:]
    for id in councils {
        data["councils/\(id)/council.yaml"] = Data("council:\n  id: \(id)\n  name: \(id.capitalized)\n".utf8)
    }
    for (path, text) in files { data[path] = Data(text.utf8) }
    return MemoryTree(name: name, files: data)
}

let registerYAML = """
register:
  title: DfE interventions in councils' children's services
  from: 2010
  checked: 2025-03-31
  indexes:
    - title: "Children's services: improvement notices and directions (GOV.UK collection)"
      url: https://www.gov.uk/government/collections/childrens-services-improvement-notices-and-directions
      as-of: 2024-04-09

"""

let wakefieldYAML = """
council: wakefield
events:
  - id: dfe-direction-2018-08
    kind: direction
    action: issued
    date: 2018-08-22
    sources: [https://www.gov.uk/government/publications/direction-issued-to-wakefield-council]
  - id: dfe-direction-2018-12
    kind: direction
    action: revised
    date: 2018-12-13
    sources: [https://www.gov.uk/government/publications/revised-direction-issued-to-wakefield-council]
  - id: dfe-direction-revoked-2022
    kind: direction
    action: revoked
    date: 2022-01-13
    sources: [https://www.gov.uk/example]

"""

/// Loading, checking and applying the intervention register.
@Suite struct RegisterLoaderTests {
    private func diagnostics(_ files: [String: String], councils: [String] = ["wakefield"]) -> [String] {
        CouncilLoader.loadRoot(registerRoot(councils: councils, files: files)).diagnostics.map(\.description)
    }

    private let head = "council: wakefield\nevents:\n"

    @Test func appliesTheRegisterToItsCouncil() throws {
        let result = CouncilLoader.loadRoot(registerRoot(
            councils: ["wakefield", "leeds"],
            files: ["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": wakefieldYAML]))
        #expect(result.diagnostics == [])
        let wakefield = try #require(result.councils.first { $0.id == "wakefield" })
        #expect(wakefield.events.map(\.origin) == [.register, .register, .register])
        #expect(wakefield.event("dfe-direction-2018-12")?.intervention?.target == "dfe-direction-2018-08")
        #expect(wakefield.registerCoverage == RegisterCoverage(from: Fixtures.date("2010"),
                                                               checked: Fixtures.day("2025-03-31"), listsCouncil: true))
        #expect(wakefield.interventionStatus(on: Fixtures.day("2019-06-01")).sentence
                == "Under statutory direction since 22 August 2018 (revised 13 December 2018)")
        let leeds = try #require(result.councils.first { $0.id == "leeds" })
        #expect(leeds.registerCoverage?.listsCouncil == false)
        #expect(leeds.interventionStatus(on: Fixtures.day("2019-06-01")).sentence
                == "No statutory direction recorded (DfE register, checked to March 2025)")
    }

    @Test func unknownCouncilWithAHint() {
        let found = diagnostics(["interventions/register.yaml": registerYAML,
                                 "interventions/wakefeld.yaml": wakefieldYAML.replacingOccurrences(of: "council: wakefield", with: "council: wakefeld")])
        #expect(found == ["r/interventions/wakefeld.yaml:1:10: error: unknown council 'wakefeld'; did you mean "
                          + "'wakefield'? (a register file is named after the id of a council in councils/)"])
    }

    @Test func fileNameMustMatchItsCouncil() {
        let found = diagnostics(["interventions/register.yaml": registerYAML,
                                 "interventions/wakefield.yaml": wakefieldYAML.replacingOccurrences(of: "council: wakefield", with: "council: leeds")])
        #expect(found == ["r/interventions/wakefield.yaml:1:10: error: council 'leeds' does not match the file's name 'wakefield.yaml'"])
    }

    @Test func impossibleDateAndRevisionBeforeItsIssue() {
        let yaml = head + """
          - id: dfe-d
            kind: direction
            date: 2018-02-30
            sources: [s]
          - id: dfe-d2
            kind: direction
            date: 2018-08-01
            sources: [s]
          - id: dfe-r
            kind: direction
            action: revised
            revises: dfe-d2
            date: 2018-05-01
            sources: [s]

        """
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found == [
            "r/interventions/wakefield.yaml:5:11: error: date '2018-02-30' is not a real date",
            "r/interventions/wakefield.yaml:14:14: error: 'revises' names 'dfe-d2', dated 1 August 2018, after this direction (1 May 2018)",
        ])
    }

    @Test func aRevocationWithNothingToRevoke() {
        let yaml = head + "  - id: dfe-r\n    kind: direction\n    action: revoked\n    date: 2020-01-01\n    sources: [s]\n"
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found == ["r/interventions/wakefield.yaml:5:13: error: nothing to revoke: no direction is in force on 1 January 2020"])
    }

    @Test func twoDirectionsInForceAtOnce() {
        let yaml = head + "  - id: dfe-a\n    kind: direction\n    date: 2018-01-01\n    sources: [s]\n"
            + "  - id: dfe-b\n    kind: direction\n    date: 2019-01-01\n    sources: [s]\n"
            + "  - id: dfe-a-revised\n    kind: direction\n    action: revised\n    revises: dfe-a\n"
            + "    date: 2019-06-01\n    sources: [s]\n"
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found == ["r/interventions/wakefield.yaml:7:5: error: two directions in force at once: 'dfe-a' "
                          + "(issued 1 January 2018) has not been revoked by 1 January 2019; if this one replaced it, "
                          + "write 'action: revised' with 'revises: dfe-a', otherwise record when it was revoked"])
    }

    @Test func duplicateIDsAndKindsARegisterCannotHold() {
        let yaml = head + "  - id: dfe-a\n    kind: direction\n    date: 2018-01-01\n    sources: [s]\n"
            + "  - id: dfe-a\n    kind: inspection\n    date: 2019-01-01\n    sources: [s]\n"
            + "  - id: a\n    kind: improvement-notice\n    date: 2012-01-01\n    letters: [x]\n    sources: [s]\n"
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found.contains { $0.hasPrefix("r/interventions/wakefield.yaml:7:9: error: duplicate event id 'dfe-a'") })
        #expect(found.contains { $0.hasPrefix("r/interventions/wakefield.yaml:8:11: error: a register holds DfE's interventions only") })
        #expect(found.contains("r/interventions/wakefield.yaml:11:9: warning: register event ids start with 'dfe-' so "
                               + "they never clash with a council file's (e.g. 'dfe-a')"))
        #expect(found.contains("r/interventions/wakefield.yaml:14:5: error: 'letters' is not allowed in a "
                               + "improvement-notice event: a register has no letter files; cite them in 'sources'"))
    }

    @Test func wrongActionsAndMisplacedKeys() {
        let yaml = head + """
          - id: dfe-n
            kind: improvement-notice
            date: 2012-01-01
            by: 2012-02-01
            sources: [s]
          - id: dfe-n-end
            kind: improvement-notice
            action: revoked
            date: 2013-01-01
            sources: [s]
          - id: dfe-d
            kind: direction
            action: revised
            replaces: dfe-n
            date: 2014-01-01
            sources: [s]

        """
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found.contains { $0.hasPrefix("r/interventions/wakefield.yaml:6:5: error: give one of 'date' (or 'start') and 'by'") })
        #expect(found.contains("r/interventions/wakefield.yaml:6:5: error: 'by' (the day by which it had ended) is for "
                               + "a lifted improvement notice whose date is not known; give 'date'"))
        #expect(found.contains("r/interventions/wakefield.yaml:10:13: error: unknown improvement-notice action 'revoked'; "
                               + "an improvement notice is lifted (expected one of: issued, revised, lifted)"))
        #expect(found.contains("r/interventions/wakefield.yaml:16:5: error: 'replaces' (the improvement notice a "
                               + "direction replaced) belongs on the issued direction"))
    }

    @Test func aNoticeStillInForceWhenADirectionIsIssuedIsAWarning() {
        let yaml = head + "  - id: dfe-n\n    kind: improvement-notice\n    date: 2016-01-01\n    sources: [s]\n"
            + "  - id: dfe-d\n    kind: direction\n    date: 2017-01-01\n    sources: [s]\n"
            + "  - id: dfe-n-lifted\n    kind: improvement-notice\n    action: lifted\n    date: 2017-06-01\n"
            + "    sources: [s]\n"
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found == ["r/interventions/wakefield.yaml:7:5: warning: improvement notice 'dfe-n' (issued 1 January 2016) "
                          + "is still in force when this direction is issued: if the direction replaced it, add "
                          + "'replaces: dfe-n'; otherwise record when the notice was lifted"])
    }

    @Test func withNoEndRecordedASecondDirectionIsNoProblem() {
        let yaml = head + "  - id: dfe-a\n    kind: direction\n    date: 2018-01-01\n    sources: [s]\n"
            + "  - id: dfe-b\n    kind: direction\n    date: 2019-01-01\n    sources: [s]\n"
        #expect(diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml]) == [])
    }

    @Test func anEndKnownOnlyByABoundMustComeAfterTheLastStep() {
        let yaml = head + "  - id: dfe-n\n    kind: improvement-notice\n    date: 2016-01-01\n    sources: [s]\n"
            + "  - id: dfe-n-lifted\n    kind: improvement-notice\n    action: lifted\n    by: 2016-01-01\n    sources: [s]\n"
        let found = diagnostics(["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml])
        #expect(found == ["r/interventions/wakefield.yaml:10:9: error: 'by' (1 January 2016) is not after the last day "
                          + "the improvement notice is known to have been in force (1 January 2016)"])
    }

    @Test func theRegisterFileItselfIsChecked() {
        let found = diagnostics(["interventions/register.yaml": "register:\n  from: 2010\n  checked: 2025-03\n",
                                 "interventions/notes.txt": "x"])
        #expect(found == [
            "r/interventions/register.yaml:2:3: error: register has no 'indexes'",
            "r/interventions/register.yaml:3:12: error: 'checked' must be a day (2025-03-31): the register is complete up to that day",
            "r/interventions/notes.txt: warning: not part of the register (register.yaml, <council>.yaml); ignored",
        ])
        #expect(diagnostics(["interventions/wakefield.yaml": wakefieldYAML])
                == ["r/interventions: error: no register.yaml: a register says what it covers (from, checked, indexes); see docs/data-format.md"])
    }

    @Test func theCouncilFileWinsAndGainsTheRegisterAsASource() throws {
        let own = "council:\n  id: wakefield\n  name: Wakefield\nevents:\n"
            + "  - id: direction-2018\n    kind: direction\n    action: issued\n    date: 2018\n    sources: [a press report]\n"
        var tree = registerRoot(councils: [], files: ["interventions/register.yaml": registerYAML,
                                                       "interventions/wakefield.yaml": wakefieldYAML])
        tree = MemoryTree(name: "r", files: tree.files.merging(["councils/wakefield/council.yaml": Data(own.utf8)]) { $1 })
        let result = CouncilLoader.loadRoot(tree)
        #expect(result.diagnostics.map(\.description) == [
            "r/interventions/wakefield.yaml:3:5: warning: 'dfe-direction-2018-08' is the council file's 'direction-2018', "
                + "dated 2018 there and 2018-08-22 here; the council file's date is shown",
        ])
        let council = try #require(result.councils.first)
        #expect(council.events.map(\.id) == ["direction-2018", "dfe-direction-2018-12", "dfe-direction-revoked-2022"])
        #expect(council.event("direction-2018")?.sources.map(\.text)
                == ["a press report", "https://www.gov.uk/government/publications/direction-issued-to-wakefield-council"])
        #expect(council.event("dfe-direction-2018-12")?.intervention?.target == "direction-2018")
        #expect(council.interventionStatus(on: Fixtures.day("2019-06-01")).sentence
                == "Under statutory direction since 2018 (revised 13 December 2018)")
    }

    @Test func aRegisterEventWhoseIDTheCouncilUsesForSomethingElseIsReported() throws {
        let own = "council:\n  id: wakefield\n  name: Wakefield\nevents:\n"
            + "  - id: dfe-direction-2018-08\n    kind: leadership-change\n    date: 2018\n    sources: [s]\n"
        let tree = MemoryTree(name: "r", files: registerRoot(councils: [], files: [
            "interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": wakefieldYAML,
            "councils/wakefield/council.yaml": own]).files)
        let result = CouncilLoader.loadRoot(tree)
        #expect(result.diagnostics.map(\.description).contains("r/interventions/wakefield.yaml:3:5: warning: event id "
            + "'dfe-direction-2018-08' is also a different event in r/councils/wakefield/council.yaml; the register's event is not shown"))
        #expect(result.councils.first?.events.count == 3)
    }
}

/// What a register folder may hold besides its files.
@Suite struct RegisterFolderTests {
    @Test func hiddenFilesArePassedOverAndAFileNamedInterventionsIsReported() {
        let hidden = CouncilLoader.loadRoot(registerRoot(councils: ["wakefield"], files: [
            "interventions/register.yaml": registerYAML, "interventions/.wakefield.yaml.swp": "x",
            "interventions/.draft.yaml": "council: nowhere\n",
        ]))
        #expect(hidden.diagnostics == [])
        let file = CouncilLoader.loadRoot(registerRoot(councils: ["wakefield"], files: ["interventions": "x"]))
        #expect(file.diagnostics.map(\.description)
                == ["r/interventions: warning: not a folder: the intervention register is a folder; ignored"])
    }
}

extension RegisterLoaderTests {
    @Test func anEventsNoteIsKept() throws {
        let yaml = wakefieldYAML.replacingOccurrences(
            of: "    date: 2018-08-22\n",
            with: "    date: 2018-08-22\n    note: Published on GOV.UK on this day; the direction may be dated earlier.\n")
        let result = CouncilLoader.loadRoot(registerRoot(councils: ["wakefield"], files: [
            "interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": yaml]))
        #expect(result.councils.first?.event("dfe-direction-2018-08")?.note
                == "Published on GOV.UK on this day; the direction may be dated earlier.")
    }
}
