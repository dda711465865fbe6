import JourneyModel
import Testing
@testable import JourneyReports

/// Reading reports' wordings from text alone (no PDF tools needed): dates, front pages of every
/// kind of document, council names, the judgement table and the list of improvements.
@Suite struct TextReadingTests {
    private func day(_ iso: String) -> CalendarDay { PartialDate(iso: iso)!.first }

    @Test(arguments: [
        ("8 November 2021 to 19 November 2021", "2021-11-08", "2021-11-19"),
        ("18 March 2014 – 09 April 2014", "2014-03-18", "2014-04-09"),
        ("13 to 24 March 2023", "2023-03-13", "2023-03-24"),
        ("24 November 2015 – 17 December 2015 Report published", "2015-11-24", "2015-12-17"),
        ("9 October to 2 November 2017", "2017-10-09", "2017-11-02"),
        ("13 August 2019 and 14 August 2019. The visit", "2019-08-13", "2019-08-14"),
        ("11 and 12 July 2022.", "2022-07-11", "2022-07-12"),
        ("31 July and 1 August 2024", "2024-07-31", "2024-08-01"),
        ("28 December to 8 January 2020", "2019-12-28", "2020-01-08"),
        ("Tuesday 3 March 2020", "2020-03-03", "2020-03-03"),
    ])
    func dateWordings(text: String, start: String, end: String) throws {
        let dates = try #require(DatePhrase.parse(text))
        #expect(dates.start == day(start))
        #expect((dates.end ?? dates.start) == day(end))
    }

    @Test func notADateIsNil() {
        #expect(DatePhrase.parse("the local authority") == nil)
        #expect(DatePhrase.parse("31 February 2020") == nil)
        #expect(DatePhrase.parse("24 to 13 March 2023") == nil)
    }

    @Test(arguments: [
        ("Middlesbrough Borough Council", "middlesbrough"), ("Wakefield Metropolitan District Council", "wakefield"),
        ("London Borough of Barking and Dagenham", "barking and dagenham"), ("Bristol, City of", "bristol"),
        ("Royal Borough of Windsor & Maidenhead", "windsor and maidenhead"), ("Birmingham City Council", "birmingham"),
        ("Kingston upon Hull, City of", "kingston upon hull"), ("Hull City Council", "kingston upon hull"),
        ("County Durham", "durham"), ("Durham County Council", "durham"), ("St. Helens", "st helens"),
        ("Knowsley Metropolitan Borough Council", "knowsley"), ("Central Bedfordshire Council", "central bedfordshire"),
    ])
    func councilNameKeys(name: String, key: String) {
        #expect(CouncilMatcher.key(name) == key)
    }

    @Test func frontPagesOfEachKind() throws {
        let ilacs = try FrontPage.read([["Inspection of Wakefield local authority", "children’s services",
                                         "Inspection dates: 8 November 2021 to 19 November 2021"]])
        #expect(ilacs.kind == .inspection && ilacs.framework == .ilacs && ilacs.councilNames == ["Wakefield"])
        #expect(ilacs.start == day("2021-11-08") && ilacs.end == day("2021-11-19"))
        let old = try FrontPage.read([["Middlesbrough Borough Council", "Inspection of children’s social care services",
                                       "Inspection dates: 25 November 2019 to 6 December 2019"]])
        #expect(old.framework == .ilacs && old.councilNames == ["Middlesbrough Borough Council"])
        let sif = try FrontPage.read([["Leeds City Council Inspection of services for children in need of help and",
                                       "protection, children looked after and care leavers", "and",
                                       "Inspection date: 20 January 2015 – 11 February 2015", "Report published: 27 March 2015",
                                       "The overall judgement is that children’s services are good"]])
        #expect(sif.framework == .sif && sif.councilNames == ["Leeds City Council"])
        #expect(sif.published == day("2015-03-27") && sif.end == day("2015-02-11"))
        let focused = try FrontPage.read([["Dear Ms Smith", "Focused visit to Wakefield children’s services",
            "This letter summarises the findings of the focused visit to Wakefield children’s",
            "services on 13 August 2019 and 14 August 2019. The visit was carried out by inspectors."]])
        #expect(focused.kind == .focusedVisit && focused.councilNames == ["Wakefield"])
        #expect(focused.start == day("2019-08-13") && focused.end == day("2019-08-14"))
        let monitoring = try FrontPage.read([["Monitoring visit to Birmingham children’s services",
            "This letter summarises the findings of the monitoring visit to Birmingham children’s services on",
            "11 and 12 July 2022. This was the third monitoring visit."]])
        #expect(monitoring.kind == .monitoringVisit && monitoring.end == day("2022-07-12"))
        #expect(throws: Refusal.notAReport) { try FrontPage.read([["Minutes of the scrutiny panel"]]) }
        #expect(throws: Refusal.noDates("inspection dates (\"Inspection dates: ...\")")) {
            try FrontPage.read([["Inspection of Wakefield local authority children’s services", "Published soon"]])
        }
    }

    @Test func judgementTableWithWrappedLabelsAndGrades() {
        let lines = [
            " Judgement                                                     Grade",
            " The impact of leaders on social work practice with children",
            "                                                               Inadequate",
            " and families",
            " The experiences and progress of children who   Requires improvement to be",
            " need help and protection                       good",
            " The experiences and progress of children in care and care      Good",
            " leavers",
            " Overall effectiveness                                         Inadequate",
        ]
        let judgements = JudgementTable.read([lines], framework: .ilacs, start: day("2019-11-25"))
        #expect(judgements == [
            Judgement(area: .overallEffectiveness, grade: .inadequate), Judgement(area: .impactOfLeaders, grade: .inadequate),
            Judgement(area: .helpAndProtection, grade: .requiresImprovement),
            Judgement(area: .childrenInCareAndCareLeavers, grade: .good),
        ])
        var missingGrade = lines
        missingGrade.remove(at: 2)
        #expect(JudgementTable.read([missingGrade], framework: .ilacs, start: day("2019-11-25")).isEmpty,
                "a table whose labels and grades do not pair is not read")
    }

    @Test func improvementsAcrossAPageBreakWithoutFurniture() throws {
        let pages = [["Report", "What needs to improve", "◼ The identification of and response to risk,",
                      "  particularly neglect.", "", "◼ The quality of", "Inspection of T", "1"],
                     ["Inspection of T", "◼ Plans for permanence.", "", "The experiences and progress of children",
                      "Inspection of T", "2"],
                     ["Inspection of T", "End", "3"]]
        let list = try #require(ReportBody.improvements(pages))
        #expect(list.heading == "What needs to improve")
        #expect(list.items == ["The identification of and response to risk, particularly neglect.", "The quality of",
                               "Plans for permanence."])
    }

    @Test func leadInspectorFromTheFrontPageOrTheSignature() {
        #expect(ReportBody.leadInspector([["Lead inspector: Jan Edwards, Her Majesty’s Inspector"]])
                == "Jan Edwards, Her Majesty’s Inspector")
        #expect(ReportBody.leadInspector([["Yours sincerely", "", "Tracey Scott", "Her Majesty’s Inspector"]])
                == "Tracey Scott, Her Majesty’s Inspector")
    }
}
