import Foundation
import Testing

/// Issue 8's acceptance on the bundled data, with no --data: the status of a wide sample of
/// councils and days agrees with DfE's published directions and notices (as the register in
/// data/interventions/ records them, each entry citing its source).
@Suite struct BundledRegisterTests {
    /// Council, day, and the intervention line `journey status` must print.
    static let sample: [(council: String, day: String, sentence: String)] = [
        ("wakefield", "2017-06-01", "Not under a statutory direction"),
        ("wakefield", "2019-06-01", "Under statutory direction since 22 August 2018 (revised 13 December 2018)"),
        ("wakefield", "2023-01-01", "Statutory direction revoked on 13 January 2022 (issued 22 August 2018, revised "
            + "13 December 2018); under direction for 3 years 4 months"),
        ("rotherham", "2016-06-01", "Under statutory direction since 10 October 2014 (revised February 2015)"),
        ("rotherham", "2020-01-01", "Statutory direction revoked on 31 March 2019 (issued 10 October 2014, revised "
            + "February 2015 and 18 September 2018); under direction for 4 years 5 months"),
        ("doncaster", "2014-01-01", "Under statutory direction since March 2013 (revised August 2013)"),
        ("sunderland", "2016-01-01", "Under statutory direction since 20 July 2015"),
        ("sunderland", "2022-06-01", "Statutory direction revoked by 20 December 2021 (issued 20 July 2015, revised "
            + "3 April 2017); the exact date is not known"),
        ("torbay", "2012-06-01", "Under an improvement notice since 31 January 2011 (revised 19 April 2012)"),
        ("torbay", "2018-01-01", "Under statutory direction since May 2016 (revised October 2017)"),
        ("kirklees", "2018-06-01", "Under statutory direction since November 2016"),
        ("birmingham", "2017-01-01", "Under statutory direction since December 2015"),
        ("south-gloucestershire", "2023-01-01", "Under an improvement notice since March 2022"),
        ("south-gloucestershire", "2024-01-01", "Improvement notice lifted on 21 December 2023 (issued March 2022); "
            + "in force for between 1 year 8 months and 1 year 9 months"),
        ("halton", "2023-06-01", "Under an improvement notice since 13 January 2022"),
        ("halton", "2024-09-15", "Under statutory direction since 30 August 2024, replacing the improvement notice "
            + "of 13 January 2022"),
        ("middlesbrough", "2021-06-01", "Under statutory direction since 2020"),
        ("leeds", "2019-06-01", "No statutory direction recorded (DfE register, checked to 9 April 2024)"),
        ("leeds", "2025-06-01", "No statutory direction recorded (DfE register, checked to 9 April 2024); not known since then"),
        ("slough", "2024-01-01", "Not known whether still under statutory direction (no end recorded): issued "
            + "October 2017, revised May 2020 and 1 April 2021"),
    ]

    @Test(arguments: sample.indices)
    func statusAgreesWithTheRegister(index: Int) throws {
        let (council, day, sentence) = Self.sample[index]
        let outcome = try JourneyProcess.run(["status", "--council", council, "--on", day])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: "\n").contains { $0 == "Intervention:     \(sentence)" },
                "\(council) on \(day): \(outcome.stdout)")
    }

    @Test func sendMeasuresAreShownApart() throws {
        let outcome = try JourneyProcess.run(["status", "--council", "birmingham", "--on", "2021-10-15"])
        #expect(outcome.stdout.contains("SEND:             Under a SEND statutory direction since 15 October 2021"))
        #expect(!outcome.stdout.contains("Intervention:     Under a SEND"))
    }

    @Test func southGloucestershireAndHaltonTimelinesShowTheirMeasures() throws {
        let south = try JourneyProcess.run(["timeline", "--council", "south-gloucestershire", "--kind", "improvement-notice"])
        #expect(south.stdout.contains("2022-03     Improvement notice"))
        let halton = try JourneyProcess.run(["timeline", "--council", "halton", "--kind", "direction"])
        #expect(halton.stdout.contains("2024-08-30  Direction"))
    }

    @Test func everyCouncilOpensByIDAndTheDefaultIsMiddlesbrough() throws {
        let wakefield = try JourneyProcess.run(["--council", "wakefield"])
        #expect(wakefield.status == 0)
        #expect(wakefield.stdout.hasPrefix("Wakefield"))
        #expect(try JourneyProcess.run([]).stdout.hasPrefix("Middlesbrough Council"))
        let former = try JourneyProcess.run(["summary", "--council", "northamptonshire"])
        #expect(former.stdout.contains("[former council]"))
    }

    @Test func councilsFilterByInterventionOnADay() throws {
        let outcome = try JourneyProcess.run(["councils", "--intervention", "direction", "--on", "2019-06-01"])
        let ids = outcome.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        for id in ["wakefield", "doncaster", "kirklees", "torbay", "middlesbrough"] where id != "middlesbrough" {
            #expect(ids.contains(id), "\(id) was under a direction on 1 June 2019")
        }
        #expect(!ids.contains("middlesbrough") && !ids.contains("leeds"))
        let notices = try JourneyProcess.run(["councils", "--intervention", "notice", "--on", "2023-01-01"])
        #expect(notices.stdout.contains("south-gloucestershire"))
    }
}
