import Foundation
import Testing
@testable import JourneyModel

/// The model's side of issue 13: as-at dates, dates and kinds as people type them, ids in any
/// case, an inspection awaiting its report, terms that close, snippets on word boundaries.
@Suite struct AdvisorTrialModelTests {
    // MARK: - Data as at

    @Test func asAtComesFromTheCouncilFileAndEachRelease() throws {
        let tree = Self.tree([
            "councils/w/council.yaml": "council:\n  id: w\n  name: W\n  as-at: 2025-11-12\n",
            "councils/w/imported.yaml": """
                releases:
                  - title: "Local authority inspection outcomes as at 31 March 2025"
                    published: 2025-09-25
                    as-at: 2025-03-31
                  - title: "Children's social care data in England 2023"
                    published: 2023-07-06
                events: []

                """,
        ])
        let result = CouncilLoader.loadRoot(tree)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let coverage = try #require(result.councils.first?.coverage)
        #expect(coverage.asAt == Fixtures.day("2025-11-12"))
        #expect(coverage.sources.map(\.kind) == [DataCoverage.Source.Kind.councilFile, .ofstedRelease],
                "a release without as-at adds nothing")
        #expect(coverage.standing(of: Fixtures.day("2025-12-01")) == .pastTheData(asAt: Fixtures.day("2025-11-12")))
        #expect(coverage.caveat(on: Fixtures.day("2025-06-01"), today: Fixtures.day("2025-12-01")) == nil)
        #expect(coverage.caveat(on: Fixtures.day("2027-01-01"), today: Fixtures.day("2025-12-01"))?
            .hasPrefix("This day is in the future, and the data covers up to 12 November 2025 only") == true)
    }

    @Test func anAsAtMustBeADay() {
        let tree = Self.tree(["councils/w/council.yaml": "council:\n  id: w\n  name: W\n  as-at: 2025-11\n"])
        let errors = CouncilLoader.loadRoot(tree).errors.map(\.description)
        #expect(errors == ["r/councils/w/council.yaml:4:10: error: 'as-at' must be a day (e.g. 2025-03-31), not '2025-11'"])
    }

    static func tree(_ files: [String: String]) -> MemoryTree {
        MemoryTree(name: "r", files: files.mapValues { Data($0.utf8) })
    }

    // MARK: - Dates, kinds, ids

    @Test func oneParserForDatesAsPeopleTypeThem() {
        #expect(PartialDate(parsing: "2021-06-01") == PartialDate(year: 2021, month: 6, day: 1))
        #expect(PartialDate(parsing: " 2021-06 ") == PartialDate(year: 2021, month: 6))
        #expect(PartialDate(parsing: "2021") == PartialDate(year: 2021))
        #expect(PartialDate(parsing: "1 June 2021") == PartialDate(year: 2021, month: 6, day: 1))
        #expect(PartialDate(parsing: "Sept 2024") == PartialDate(year: 2024, month: 9))
        #expect(PartialDate(parsing: "30 Feb 2023") == nil)
        #expect(PartialDate(parsing: "June") == nil)
        #expect(PartialDate(parsing: "ma 2021") == nil)
    }

    @Test func oneVocabularyOfKinds() {
        #expect(EventKind.selection(named: "Inspections") == [.inspection])
        #expect(EventKind.selection(named: "visit") == [.focusedVisit, .monitoringVisit])
        #expect(EventKind.selection(named: "direction") == [.direction])
        #expect(EventKind.selection(named: "directions")
                == [.direction, .improvementNotice, .sendDirection, .sendImprovementNotice, .ministerialDecision])
        #expect(EventKind.selection(named: "all")?.count == EventKind.allCases.count)
        #expect(EventKind.selection(named: "inspectoins") == nil)
    }

    @Test func councilsAreFoundInAnyCaseOrByNameAndMissesSuggest() {
        let councils = [Council(id: "barking-and-dagenham", name: "Barking and Dagenham"),
                        Council(id: "wakefield", name: "Wakefield"),
                        Council(id: "bournemouth-christchurch-and-poole", name: "Bournemouth, Christchurch and Poole")]
        #expect(IDLookup.council("Wakefield", in: councils)?.id == "wakefield")
        #expect(IDLookup.council("Barking and Dagenham", in: councils)?.id == "barking-and-dagenham")
        #expect(IDLookup.council("nosuch", in: councils) == nil)
        #expect(IDLookup.suggestion(for: "wakefeld", among: councils.map(\.id)) == "wakefield")
        #expect(IDLookup.suggestion(for: "Bournemouth", among: councils.map(\.id)) == "bournemouth-christchurch-and-poole")
        #expect(IDLookup.notFound("council", "zz", among: councils.map(\.id), lister: "journey councils")
                == "no council 'zz'; `journey councils` lists them")
    }

    // MARK: - Judgements

    @Test func anInspectionAwaitingItsReportIsNamed() throws {
        let council = Fixtures.middlesbrough
        let newYear = council.judgementStatus(on: Fixtures.day("2020-01-01"))
        #expect(newYear.latest?.eventID == "sif-2015")
        let awaiting = try #require(newYear.awaiting)
        #expect(awaiting.eventID == "ilacs-2019" && !awaiting.underWay)
        #expect(council.judgementStatus(on: Fixtures.day("2019-11-30")).awaiting?.underWay == true)
        #expect(council.judgementStatus(on: Fixtures.day("2020-01-24")).awaiting == nil, "published that day")
        #expect(newYear.latest?.inspected.labelled() == "inspected 24 November – 17 December 2015, published 19 February 2016")
    }

    @Test func importedDatesKnownOnlyByPublicationSaySo() {
        let event = Event(id: "slac", kind: .inspection, title: "SLAC inspection", start: Fixtures.date("2011-03-25"),
                          published: Fixtures.date("2011-03-25"),
                          origin: .imported(release: "r", sheet: "s", row: 1))
        #expect(event.isDatedOnlyByPublication)
        #expect(InspectionDates(event).labelled() == "published 25 March 2011 (the release gives no inspection dates)")
        var handWritten = event
        handWritten.origin = .handWritten
        #expect(!handWritten.isDatedOnlyByPublication)
        #expect(Framework.slac.releaseWording(of: .requiresImprovement)?.contains("called it \"adequate\"") == true)
        #expect(Framework.ilacs.releaseWording(of: .requiresImprovement) == nil)
    }

    // MARK: - People

    @Test func aCertainHolderClosesTheOpenTermsOfTheRole() {
        let council = Council(id: "t", name: "T", people: [
            RoleHolder(name: "Undated", role: .mayor),
            RoleHolder(name: "Current", role: .mayor, from: PartialDate(year: 2023, month: 5)),
            RoleHolder(name: "Member", role: .mp),
            RoleHolder(name: "Other member", role: .mp, from: PartialDate(year: 2024, month: 7)),
        ])
        let names = council.postHolders(on: Fixtures.day("2026-12-02")).map(\.name)
        #expect(names == ["Current", "Member", "Other member"], "several MPs at once; one mayor")
        #expect(council.postHolders(on: Fixtures.day("2020-01-01")).map(\.name) == ["Undated", "Member"])
    }

    // MARK: - Search snippets

    @Test func contextsStartAndEndOnWordBoundaries() {
        let text = String(repeating: "alpha ", count: 20) + "needle" + String(repeating: " omega", count: 20)
        let hit = SearchHit(owner: .event, ownerID: "e", field: .summary, line: 1, match: 120..<126, text: text)
        #expect(hit.context.hasPrefix("…alpha ") && hit.context.hasSuffix(" omega…"), "\(hit.context)")
        let start = hit.context.index(hit.context.startIndex, offsetBy: hit.contextColumn)
        #expect(hit.context[start...].hasPrefix("needle"))
        let oneWord = String(repeating: "x", count: 200)
        let long = SearchHit(owner: .event, ownerID: "e", field: .summary, line: 1, match: 100..<101, text: oneWord)
        #expect(long.context.count == SearchHit.contextWidth + 2, "a window inside one word is cut as it must be")
    }
}
