import Foundation
import Testing

/// The command line as an advisor used it in the trial of issue 13: choosing councils, dates and
/// kinds as the browser takes them, and answers that say how far the data reaches.
@Suite struct AdvisorTrialCommandTests {
    /// A root of four councils in the shape `journey import ofsted` writes: Barking and Dagenham
    /// first (the one an unknown id used to open), Wakefield (judged good in 2021, releases as at
    /// 31 March 2025), Halton (inadequate in 2024, no letters) and a council with a long id.
    static func importedRoot() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (id, name) in [("barking-and-dagenham", "Barking and Dagenham"), ("wakefield", "Wakefield"),
                           ("halton", "Halton"), ("bournemouth-christchurch-and-poole", "Bournemouth, Christchurch and Poole")] {
            try folder.write("councils/\(id)/council.yaml", "council:\n  id: \(id)\n  name: \"\(name)\"\n  region: \"North\"\n")
        }
        try folder.write("councils/wakefield/imported.yaml", """
            releases:
              - title: "Local authority inspection outcomes as at 31 March 2025"
                published: 2025-09-25
                as-at: 2025-03-31
            events:
              - id: ofsted-slac-published-2011-03-25
                kind: inspection
                framework: SLAC
                start: 2011-03-25
                published: 2011-03-25
                judgements:
                  safeguarding: "Requires improvement to be good"
                  looked-after-children: "Good"
                sources: [{title: "Ofsted release, row 1"}]
                origin: {release: "Children's social care data in England 2023", published: 2023-07-06, sheet: "LA", row: 1}
              - id: ofsted-ilacs-2021-11-08
                kind: inspection
                framework: ILACS
                type: standard
                start: 2021-11-08
                published: 2022-01-05
                judgements:
                  overall-effectiveness: "Good"
                sources: [{title: "Ofsted release, row 2"}]
                origin: {release: "Local authority inspection outcomes as at 31 March 2025", published: 2025-09-25, sheet: "H", row: 2}

            """)
        try folder.write("councils/halton/imported.yaml", """
            releases:
              - title: "Local authority inspection outcomes as at 31 March 2025"
                published: 2025-09-25
                as-at: 2025-03-31
            events:
              - id: ofsted-ilacs-2024-05-13
                kind: inspection
                framework: ILACS
                type: standard
                start: 2024-05-13
                published: 2024-07-12
                judgements:
                  overall-effectiveness: "Inadequate"
                sources: [{title: "Ofsted release, row 3"}]
                origin: {release: "Local authority inspection outcomes as at 31 March 2025", published: 2025-09-25, sheet: "H", row: 3}

            """)
        return folder
    }

    // MARK: - 1. Choosing a council

    @Test func councilIdsIgnoreCaseAndUnknownIdsAreUsageErrorsWithADidYouMean() throws {
        let root = try Self.importedRoot()
        let capital = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "Wakefield"])
        #expect(capital.status == 0)
        #expect(capital.stdout.hasPrefix("Wakefield on "))
        let misspelt = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "wakefeld"])
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("no council 'wakefeld'; did you mean wakefield?"))
        #expect(misspelt.stderr.contains("journey councils"))
        #expect(!misspelt.stderr.contains("barking-and-dagenham"), "never every id on one line")
        // The browser's own path (output not a terminal) takes the same choice, never the first council.
        let browser = try JourneyProcess.run(["--data", root.url.path, "--council", "nosuch"])
        #expect(browser.status == 64)
        #expect(!browser.stdout.contains("Barking and Dagenham"))
        let byName = try JourneyProcess.run(["--data", root.url.path, "--council", "Barking and Dagenham"])
        #expect(byName.status == 0 && byName.stdout.hasPrefix("Barking and Dagenham"))
    }

    @Test func eventAndLetterIdsIgnoreCaseAndSuggest() throws {
        #expect(try JourneyProcess.run(["show", "ILACS-2019"]).status == 0)
        let missing = try JourneyProcess.run(["show", "ilacs-2091"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no event 'ilacs-2091'; did you mean ilacs-2019?"))
        #expect(!missing.stderr.contains("sif-2015"), "no list of every id")
        #expect(try JourneyProcess.run(["read", "Revocation-2024"]).status == 0)
    }

    // MARK: - 2. Data as at

    @Test func statusAndSummarySayHowFarTheDataReaches() throws {
        let root = try Self.importedRoot()
        let status = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "wakefield", "--on", "2024-01-01"])
        #expect(status.stdout.contains("Data as at:       31 March 2025"))
        let future = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "wakefield",
                                             "--on", "2030-01-01"])
        #expect(future.stdout.contains("This day is in the future, and the data covers up to 31 March 2025 only"))
        let summary = try JourneyProcess.run(["summary", "--data", root.url.path, "--council", "wakefield"])
        #expect(summary.stdout.contains("Data as at:       31 March 2025"))
        let bundled = try JourneyProcess.run(["status", "--on", "2021-06-01"])
        #expect(bundled.stdout.contains("Data as at:       12 November 2025 (the council file to 12 November 2025; "
                                        + "Local authority inspection outcomes as at 31 March 2025; the DfE interventions "
                                        + "register to 9 April 2024; Children's social care data in England 2023 to 31 March 2023)"))
        let json = try #require(try JourneyProcess.json(JourneyProcess.run(["status", "--on", "2026-01-01", "--format",
                                                                               "json"]).stdout) as? [String: Any])
        #expect(json["asAt"] as? String == "2025-11-12")
        #expect((json["caveat"] as? String)?.contains("12 November 2025") == true)
    }

    // MARK: - 4, 5. Which date is which; an inspection awaiting its report

    @Test func inspectionDatesAreLabelledAndAwaitedReportsNamed() throws {
        let status = try JourneyProcess.run(["status", "--on", "2020-01-01"]).stdout
        #expect(status.contains("inspected 24 November – 17 December 2015, published 19 February 2016"))
        #expect(status.contains("Awaiting report:  ILACS standard inspection, inspected 25 November – 6 December 2019; "
                                + "report not yet published"))
        let councils = try JourneyProcess.run(["councils"]).stdout
        #expect(councils.contains("(inspected 13–24 March 2023, published 25 May 2023)"))
    }

    // MARK: - 6. What an old release says and how it reads

    @Test func showSaysWhatTheReleaseGivesForOldInspections() throws {
        let root = try Self.importedRoot()
        let show = try JourneyProcess.run(["show", "--data", root.url.path, "--council", "wakefield",
                                           "ofsted-slac-published-2011-03-25"]).stdout
        #expect(show.contains("Inspected:  not given by the release"))
        #expect(show.contains("Published:  25 March 2011"))
        #expect(show.contains("SLAC inspections called it \"adequate\""))
        let timeline = try JourneyProcess.run(["timeline", "--data", root.url.path, "--council", "wakefield"]).stdout
        #expect(timeline.contains("SLAC inspection — Safeguarding: RI, Looked after children: G (dated by its publication;"))
    }

    // MARK: - 7. People whose terms have closed

    @Test func peopleLongGoneAreNotPossiblyInPost() throws {
        let status = try JourneyProcess.run(["status", "--on", "2026-12-02"]).stdout
        for name in ["Gavin Williamson", "Will Quince", "Janet Daby", "Dave Budd", "Sue Myers", "Joe Tynan", "Mike Carr"] {
            #expect(!status.contains(name), "\(name) listed in December 2026")
        }
        #expect(status.contains("Mayor: Chris Cooke"))
        let then = try JourneyProcess.run(["status", "--on", "2021-12-01"]).stdout
        #expect(then.contains("Minister: Will Quince"))
        #expect(then.contains("Secretary of State") == false, "Williamson had left by December 2021")
    }

    // MARK: - 8. Words that read right

    @Test func oneJudgementAndNoLettersReadRight() throws {
        let root = try Self.importedRoot()
        let summary = try JourneyProcess.run(["summary", "--data", root.url.path, "--council", "halton"]).stdout
        #expect(!summary.contains("in all 1 judgements"))
        #expect(summary.contains("Inadequate (I), its only judgement"))
        #expect(!summary.contains("Letters"), "no empty Letters heading")
    }

    // MARK: - 14, 15. Ids where they are needed, whole

    @Test func timelineTextShowsEventIds() throws {
        let timeline = try JourneyProcess.run(["timeline"]).stdout
        #expect(timeline.contains("[ilacs-2019]"))
        #expect(try JourneyProcess.run(["summary"]).stdout.contains("[direction-revoked-2024]"))
    }

    @Test func councilsPrintsWholeIdsWithNamesAligned() throws {
        let root = try Self.importedRoot()
        let lines = try JourneyProcess.run(["councils", "--data", root.url.path]).stdout.split(separator: "\n")
        let long = try #require(lines.first { $0.hasPrefix("bournemouth-christchurch-and-poole ") })
        let column = try #require(long.range(of: "Bournemouth, Christchurch")).lowerBound.utf16Offset(in: long)
        let halton = try #require(lines.first { $0.hasPrefix("halton ") })
        #expect(try #require(halton.range(of: "Halton —")).lowerBound.utf16Offset(in: halton) == column)
    }

    // MARK: - 16. One parser for dates, one vocabulary of kinds

    @Test func datesAndKindsAsTheBrowserTakesThem() throws {
        let month = try JourneyProcess.run(["status", "--on", "2020-06"])
        #expect(month.status == 0)
        #expect(month.stdout.hasPrefix("Middlesbrough Council on 1 June 2020 (the first day of June 2020)"))
        #expect(try JourneyProcess.run(["status", "--on", "1 June 2021"]).stdout.contains("Under statutory direction"))
        let year = try JourneyProcess.run(["timeline", "--from", "2020", "--to", "2020"])
        #expect(year.status == 0)
        #expect(year.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("2020") })
        let inspections = try JourneyProcess.run(["timeline", "--kind", "inspections"])
        #expect(inspections.status == 0)
        #expect(inspections.stdout.split(separator: "\n").count == 4, "SLAC 2011 (Ofsted's release), SIF 2015, ILACS 2019 and 2023")
        let visits = try JourneyProcess.run(["timeline", "--kind", "visits"]).stdout
        #expect(visits.contains("Focused visit") && visits.contains("Monitoring visit"))
        #expect(try JourneyProcess.run(["timeline", "--kind", "inspectoins"]).status == 64)
    }

    // MARK: - The likely next inspection

    @Test func statusGivesTheNextInspectionAsAnEstimateWithItsRule() throws {
        let root = try Self.importedRoot()
        let wakefield = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "wakefield",
                                                "--on", "2024-01-01"]).stdout
        #expect(wakefield.contains("Next inspection:  Short inspection expected May 2024 – May 2025 (estimate)"))
        #expect(wakefield.contains("Follows: ILACS standard inspection, inspected 8 November 2021, published 5 January 2022 (G)"))
        #expect(wakefield.contains("Rule:    ILACS: a council last judged good or outstanding gets a short inspection"))
        #expect(wakefield.contains("Source:  Ofsted, Inspecting local authority children's services (ILACS)"))
        let halton = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "halton"]).stdout
        #expect(halton.contains("Monitoring visits, then a standard re-inspection (estimate"))
        let before = try JourneyProcess.run(["status", "--on", "2017-01-01"]).stdout
        #expect(before.contains("Next inspection:  no estimate"), "never inspected under ILACS by then")
    }
}
