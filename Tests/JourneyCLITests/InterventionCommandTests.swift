import Foundation
import Testing

/// The intervention register through the command line, on a data root written by the tests.
@Suite struct InterventionCommandTests {
    static let register = """
        register:
          title: A test register
          from: 2010
          checked: 2025-03-31
          indexes:
            - title: A test index
              url: https://example.org/index

        """

    /// Wakefield under a direction 2018-2022, South Gloucestershire under a notice, Halton
    /// under a direction from 2024 (replacing a notice), Leeds with no entry.
    static func root() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (id, name) in [("wakefield", "Wakefield"), ("south-gloucestershire", "South Gloucestershire"),
                           ("halton", "Halton"), ("leeds", "Leeds")] {
            try folder.write("councils/\(id)/council.yaml", "council:\n  id: \(id)\n  name: \(name)\n")
        }
        try folder.write("interventions/register.yaml", register)
        try folder.write("interventions/wakefield.yaml", """
            council: wakefield
            events:
              - {id: dfe-direction-2018-08, kind: direction, date: 2018-08-22, sources: [s]}
              - {id: dfe-direction-2018-12, kind: direction, action: revised, date: 2018-12-13, sources: [s]}
              - {id: dfe-direction-revoked-2022, kind: direction, action: revoked, date: 2022-01-13, sources: [s]}

            """)
        try folder.write("interventions/south-gloucestershire.yaml", """
            council: south-gloucestershire
            events:
              - {id: dfe-notice-2022-03, kind: improvement-notice, date: 2022-03, sources: [s]}
              - id: dfe-notice-lifted
                kind: improvement-notice
                action: lifted
                by: 2023-12-21
                note: The collection moved the notice to closed notices; it gives no lifting date.
                sources: [s]

            """)
        try folder.write("interventions/halton.yaml", """
            council: halton
            events:
              - {id: dfe-notice-2024-03, kind: improvement-notice, date: 2024-03, sources: [s]}
              - {id: dfe-direction-2024-10, kind: direction, date: 2024-10-01, replaces: dfe-notice-2024-03, sources: [s]}

            """)
        return folder
    }

    private func status(_ root: TemporaryFolder, _ council: String, on day: String) throws -> String {
        let outcome = try JourneyProcess.run(["status", "--data", root.url.path, "--council", council, "--on", day])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout.split(separator: "\n").first { $0.hasPrefix("Intervention:") }.map(String.init) ?? ""
    }

    @Test func statusSaysWhatTheRegisterKnows() throws {
        let root = try Self.root()
        #expect(try status(root, "wakefield", on: "2019-06-01")
                == "Intervention:     Under statutory direction since 22 August 2018 (revised 13 December 2018)")
        #expect(try status(root, "wakefield", on: "2017-06-01") == "Intervention:     Not under a statutory direction")
        #expect(try status(root, "leeds", on: "2019-06-01")
                == "Intervention:     No statutory direction recorded (DfE register, checked to March 2025)")
        #expect(try status(root, "south-gloucestershire", on: "2022-03-01")
                == "Intervention:     Not known whether under an improvement notice: the notice was issued in March 2022; "
                + "its exact date is not known")
        #expect(try status(root, "south-gloucestershire", on: "2024-06-01")
                == "Intervention:     Improvement notice lifted by 21 December 2023 (issued March 2022); the exact date is not known")
        #expect(try status(root, "halton", on: "2024-10-01")
                == "Intervention:     Under statutory direction since 1 October 2024, replacing the improvement notice of March 2024")
        #expect(try status(root, "halton", on: "2025-06-01")
                == "Intervention:     Not known whether still under statutory direction (no end recorded): issued "
                + "1 October 2024, replacing the improvement notice of March 2024")
        #expect(try status(root, "wakefield", on: "2025-06-01")
                == "Intervention:     Statutory direction revoked on 13 January 2022 (issued 22 August 2018, revised "
                + "13 December 2018); not known since March 2025 (DfE register checked to then)")
    }

    @Test func statusAsJSONCarriesTheNewStates() throws {
        let root = try Self.root()
        let outcome = try JourneyProcess.run(["status", "--data", root.url.path, "--council", "halton", "--on",
                                              "2024-06-01", "--format", "json"])
        let object = try #require(try JourneyProcess.json(outcome.stdout) as? [String: Any])
        let intervention = try #require(object["intervention"] as? [String: Any])
        #expect(intervention["state"] as? String == "underImprovementNotice")
        #expect(intervention["issuedOn"] as? String == "2024-03")
        #expect((intervention["coverage"] as? [String: Any])?["listsCouncil"] as? Bool == true)
    }

    @Test func councilsFiltersAndSortsByIntervention() throws {
        let root = try Self.root()
        let under = try JourneyProcess.run(["councils", "--data", root.url.path, "--on", "2019-06-01",
                                            "--intervention", "direction"])
        #expect(under.status == 0)
        #expect(under.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
                == ["wakefield"])
        #expect(under.stdout.contains("— under direction since 22 August 2018"))
        let sorted = try JourneyProcess.run(["councils", "--data", root.url.path, "--on", "2024-06-01",
                                             "--sort", "intervention"])
        #expect(sorted.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
                == ["halton", "south-gloucestershire", "wakefield", "leeds"])
        #expect(sorted.stdout.contains("halton                 Halton — no graded inspection on record — "
                                       + "under improvement notice since March 2024"))
        let none = try JourneyProcess.run(["councils", "--data", root.url.path, "--on", "2019-06-01",
                                           "--intervention", "none", "--format", "json"])
        let records = try #require(try JourneyProcess.json(none.stdout) as? [[String: Any]])
        #expect(records.compactMap { $0["id"] as? String } == ["halton", "leeds", "south-gloucestershire"])
        #expect(try JourneyProcess.run(["councils", "--intervention", "nonsense"]).status == 64)
    }

    @Test func timelineAndShowGiveNoticesAndBounds() throws {
        let root = try Self.root()
        let timeline = try JourneyProcess.run(["timeline", "--data", root.url.path, "--council", "south-gloucestershire",
                                               "--kind", "improvement-notice"])
        #expect(timeline.stdout == """
            2022-03     Improvement notice    Improvement notice issued  [dfe-notice-2022-03]
            ≤2023-12-21  Improvement notice    Improvement notice lifted by 21 December 2023 (exact date not known)  [dfe-notice-lifted]

            """)
        let show = try JourneyProcess.run(["show", "dfe-notice-lifted", "--data", root.url.path, "--council",
                                           "south-gloucestershire"]).stdout
        #expect(show.contains("Dates:      by 21 December 2023 (the exact date is not known)"))
        #expect(show.contains("From:       the DfE interventions register"))
    }

    @Test func checkReportsRegisterProblemsAtTheirPlace() throws {
        let root = try Self.root()
        try root.write("interventions/wakefeld.yaml", "council: wakefeld\nevents:\n"
                       + "  - {id: dfe-d, kind: direction, action: revoked, date: 2019-02-30, sources: [s]}\n"
                       + "  - {id: dfe-e, kind: direction, action: revoked, date: 2019-03-01, sources: [s]}\n")
        let outcome = try JourneyProcess.run(["check", root.url.path])
        #expect(outcome.status == 65)
        let file = "\(root.url.path)/interventions/wakefeld.yaml"
        #expect(outcome.stderr == """
            \(file):3:57: error: date '2019-02-30' is not a real date
            \(file):4:42: error: nothing to revoke: no direction is in force on 1 March 2019
            \(file):1:10: error: unknown council 'wakefeld'; did you mean 'wakefield'? (a register file is named after the id of a council in councils/)

            """)
        #expect(outcome.stdout == "checked 4 councils: 3 errors, 0 warnings\n")
    }
}
