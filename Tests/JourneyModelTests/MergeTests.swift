import JourneyModel
import Testing

@Suite("Merging hand-written and imported events")
struct MergeTests {
    static let release = Source(title: "Ofsted statistics, sheet S, row 5")

    func day(_ iso: String) -> PartialDate { PartialDate(iso: iso)! }

    func ilacs(_ id: String, start: String, published: String? = nil, grade: Grade = .inadequate,
               origin: Origin = .handWritten, sources: [Source] = [Source(url: "https://example.org")]) -> Event {
        Event(id: id, kind: .inspection, title: "ILACS", start: day(start), published: published.map(day),
              summary: "by hand", sources: sources,
              detail: .inspection(Inspection(framework: .ilacs, type: .standard, judgements: [
                  Judgement(area: .overallEffectiveness, grade: grade),
                  Judgement(area: .impactOfLeaders, grade: .inadequate),
              ])), origin: origin)
    }

    func visit(_ id: String, _ kind: EventKind, start: String, theme: String?, origin: Origin = .handWritten) -> Event {
        Event(id: id, kind: kind, title: kind.label, start: day(start), sources: [Self.release], detail: .visit(theme: theme),
              origin: origin)
    }

    let imported = Origin.imported(release: "R", sheet: "S", row: 5)

    @Test func anImportedEventOnTheSameDayIsFoldedIntoTheHandWrittenOne() {
        let hand = ilacs("ilacs-2019", start: "2019-11-25", published: "2020-01-24")
        let release = ilacs("ofsted-ilacs-2019-11-25", start: "2019-11-25", published: "2020-01-24", origin: imported,
                            sources: [Self.release])
        let merged = Council.merge(handWritten: [hand], imported: [release])
        #expect(merged.events.map(\.id) == ["ilacs-2019"])
        #expect(merged.events[0].summary == "by hand")
        #expect(merged.events[0].sources == hand.sources + [Self.release])
        #expect(merged.conflicts.isEmpty)
        #expect(merged.matches == ["ofsted-ilacs-2019-11-25": "ilacs-2019"])
    }

    @Test func unmatchedImportedEventsAreKeptWithTheirOrigin() {
        let hand = ilacs("ilacs-2019", start: "2019-11-25")
        let other = ilacs("ofsted-ilacs-2023-03-13", start: "2023-03-13", origin: imported)
        let monitoring = visit("ofsted-monitoring-visit-2019-11-25", .monitoringVisit, start: "2019-11-25",
                               theme: nil, origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [other, monitoring])
        #expect(merged.events.map(\.id) == ["ilacs-2019", "ofsted-ilacs-2023-03-13", "ofsted-monitoring-visit-2019-11-25"])
        #expect(merged.events[1].origin == imported)
        #expect(merged.matches.isEmpty)
    }

    @Test func aPartialHandWrittenDateMatchesAnOverlappingImportedDay() {
        let hand = visit("focused-visit-2018-08", .focusedVisit, start: "2018-08", theme: "Front door")
        let release = visit("ofsted-focused-visit-2018-08-14", .focusedVisit, start: "2018-08-14", theme: "front  door",
                            origin: imported)
        let elsewhere = visit("ofsted-focused-visit-2018-09-14", .focusedVisit, start: "2018-09-14", theme: nil,
                              origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [release, elsewhere])
        #expect(merged.events.map(\.id) == ["focused-visit-2018-08", "ofsted-focused-visit-2018-09-14"])
        #expect(merged.conflicts.isEmpty)
    }

    @Test func anEventDatedByPublicationMatchesOnThePublicationDay() {
        let hand = Event(id: "sif-2015", kind: .inspection, title: "SIF", start: day("2015-11-24"),
                         published: day("2016-02-19"), detail: .inspection(Inspection(framework: .sif, judgements: [])))
        let release = Event(id: "ofsted-sif-published-2016-02-19", kind: .inspection, title: "SIF",
                            start: day("2016-02-19"), published: day("2016-02-19"), sources: [Self.release],
                            detail: .inspection(Inspection(framework: .sif, judgements: [])), origin: imported)
        let slac = Event(id: "ofsted-slac-published-2016-02-19", kind: .inspection, title: "SLAC",
                         start: day("2016-02-19"), published: day("2016-02-19"),
                         detail: .inspection(Inspection(framework: .slac, judgements: [])), origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [release, slac])
        #expect(merged.matches == ["ofsted-sif-published-2016-02-19": "sif-2015"])
        #expect(merged.events.map(\.id) == ["sif-2015", "ofsted-slac-published-2016-02-19"])
    }

    @Test func differencesAreConflictsAndTheHandWrittenValueIsShown() {
        let hand = ilacs("ilacs-2019", start: "2019-11-25", published: "2020-01-23", grade: .requiresImprovement)
        let release = ilacs("ofsted-ilacs-2019-11-25", start: "2019-11-25", published: "2020-01-24", origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [release])
        #expect(merged.conflicts == [
            .init(eventID: "ilacs-2019", importedID: "ofsted-ilacs-2019-11-25", field: "published",
                  handWritten: "2020-01-23", imported: "2020-01-24"),
            .init(eventID: "ilacs-2019", importedID: "ofsted-ilacs-2019-11-25", field: "judgements.overall-effectiveness",
                  handWritten: "Requires improvement to be good", imported: "Inadequate"),
        ])
        #expect(merged.events.map(\.overallGrade) == [.requiresImprovement])
    }

    @Test func differentThemesConflict() {
        let hand = visit("mv", .monitoringVisit, start: "2022-03-29", theme: "Children in care")
        let release = visit("ofsted-mv", .monitoringVisit, start: "2022-03-29", theme: "Care leavers", origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [release])
        #expect(merged.conflicts.map(\.field) == ["theme"])
    }

    @Test func eachHandWrittenEventAbsorbsOneImportedEvent() {
        let hand = visit("fv-2018", .focusedVisit, start: "2018", theme: nil)
        let first = visit("ofsted-fv-1", .focusedVisit, start: "2018-03-01", theme: nil, origin: imported)
        let second = visit("ofsted-fv-2", .focusedVisit, start: "2018-10-01", theme: nil, origin: imported)
        let merged = Council.merge(handWritten: [hand], imported: [first, second])
        #expect(merged.events.map(\.id) == ["fv-2018", "ofsted-fv-2"])
    }

    @Test func idsDropATrailingCouncilAndInvertedCityOf() {
        #expect(Council.id(forName: "Middlesbrough Council") == "middlesbrough")
        #expect(Council.id(forName: "Bristol, City of") == "bristol")
        #expect(Council.id(forName: "Bournemouth, Christchurch & Poole") == "bournemouth-christchurch-and-poole")
        #expect(Council.id(forName: "City of London") == "city-of-london")
        #expect(Council.id(forName: "Council") == "council")
    }

    @Test func olderFrameworksHaveTheirOwnAreasAndEveryGrade() {
        #expect(Framework.slac.areas(startingOn: day("2011-07-22")) == [.safeguarding, .lookedAfterChildren])
        #expect(Framework.cpi.areas(startingOn: day("2013")) == [.overallEffectiveness])
        #expect(Framework.tlac.areas(startingOn: day("2013")) == [.overallEffectiveness])
        #expect(Framework.ilacs.areas(startingOn: day("2019-11-25")) == JudgementArea.ilacsBefore2023)
        #expect(Framework.allCases.allSatisfy { $0.grades == Grade.allCases })
        #expect(Framework(rawValue: "TLAC") == .tlac)
    }
}
