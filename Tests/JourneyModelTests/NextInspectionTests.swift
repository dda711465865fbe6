import Testing
@testable import JourneyModel

/// The likely next inspection by the ILACS framework's rules (issue 13's first feature).
@Suite struct NextInspectionTests {
    private func inspection(_ id: String, _ start: String, published: String?, _ grade: Grade,
                            framework: Framework = .ilacs) -> Event {
        Event(id: id, kind: .inspection, title: "\(framework.rawValue) inspection", start: Fixtures.date(start),
              published: published.map(Fixtures.date),
              detail: .inspection(Inspection(framework: framework, judgements: [Judgement(area: .overallEffectiveness,
                                                                                          grade: grade)])))
    }

    private func council(_ events: [Event], asAt: String? = nil) -> Council {
        let coverage = asAt.map { DataCoverage(sources: [.init(kind: .councilFile, name: "file", asAt: Fixtures.day($0))]) }
        return Council(id: "t", name: "T", events: events, coverage: coverage ?? DataCoverage())
    }

    @Test func goodGetsAShortInspectionAroundTheThirdAnniversary() throws {
        let good = council([inspection("i", "2021-11-08", published: "2022-01-05", .good)])
        let next = try #require(good.nextInspection(on: Fixtures.day("2023-01-01")))
        #expect(next.expected == .shortInspection)
        #expect(next.window == Fixtures.day("2024-05-08")...Fixtures.day("2025-05-08"))
        #expect(next.progress == .upcoming)
        #expect(next.sentence == "Short inspection expected May 2024 – May 2025 (estimate)")
        #expect(next.rule.contains("good or outstanding gets a short inspection"))
        #expect(next.framework.label == "updated for 1 January 2023 (a separate judgement for care leavers)",
                "the version in force on the day asked")
        #expect(good.nextInspection(on: Fixtures.day("2024-06-01"))?.progress == .due)
        #expect(good.nextInspection(on: Fixtures.day("2025-06-01"))?.progress == .overdue)
    }

    @Test func requiresImprovementGetsAStandardInspectionAndInadequateMonitoring() throws {
        let ri = council([inspection("i", "2023-03-13", published: "2023-05-25", .requiresImprovement)])
        #expect(ri.nextInspection(on: Fixtures.day("2024-01-01"))?.expected == .standardInspection)
        let inadequate = council([inspection("i", "2019-11-25", published: "2020-01-24", .inadequate)])
        let next = try #require(inadequate.nextInspection(on: Fixtures.day("2021-06-01")))
        #expect(next.expected == .monitoringThenReinspection && next.window == nil && next.progress == .noDate)
        #expect(next.sentence.contains("the framework sets no date"))
    }

    @Test func saysNothingWhereTheRulesDoNotApply() {
        let sifOnly = council([inspection("s", "2015-11-24", published: "2016-02-19", .requiresImprovement,
                                          framework: .sif)])
        #expect(sifOnly.nextInspection(on: Fixtures.day("2019-01-01")) == nil, "never inspected under ILACS")
        let awaiting = council([inspection("a", "2019-01-07", published: "2019-03-01", .good),
                                inspection("b", "2022-01-10", published: "2022-03-04", .good)])
        #expect(awaiting.nextInspection(on: Fixtures.day("2022-02-01")) == nil, "an inspection awaits its report")
        var former = council([inspection("i", "2018-07-16", published: "2018-08-24", .requiresImprovement)])
        former.isFormer = true
        #expect(former.nextInspection(on: Fixtures.day("2025-01-01")) == nil, "a former council is not inspected")
    }

    @Test func pastTheDataTheWindowIsJudgedOnTheAsAtDate() throws {
        let good = council([inspection("i", "2021-11-08", published: "2022-01-05", .good)], asAt: "2025-03-31")
        let notKnown = try #require(good.nextInspection(on: Fixtures.day("2026-12-02")))
        #expect(notKnown.progress == .notKnown, "the window closed after the data stops")
        #expect(notKnown.asOf == Fixtures.day("2025-03-31") && notKnown.limitedByData)
        let older = council([inspection("i", "2019-01-07", published: "2019-03-01", .good)], asAt: "2025-03-31")
        #expect(older.nextInspection(on: Fixtures.day("2026-12-02"))?.progress == .overdue,
                "the window closed before the data stops with none on record")
    }

    @Test func frameworkVersionsAreCitedByDate() {
        #expect(ILACSFramework.version(on: Fixtures.day("2017-12-31")) == nil)
        #expect(ILACSFramework.version(on: Fixtures.day("2024-05-01"))?.label == "updated 5 April 2024")
        #expect(ILACSFramework.version(on: Fixtures.day("2025-01-01"))?.url.hasPrefix("https://gov.uk/") == true)
    }
}
