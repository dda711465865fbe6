import Foundation

extension FixtureReleases {
    /// The 2022 edition's short headers, whose last judgement is the combined one
    /// (middlesbrough-facts.md, section 3.3).
    static let asAtHeaders2022 = [
        "Web link", "Local authority name", "Ofsted region", "Inspection date", "Overall effectiveness",
        "Impact of leaders", "Experiences and progress of children who need help and protection",
        "Experiences and progress of children in care and care leavers",
    ]

    static let inYearHeaders2022 = [
        "Web link", "Local authority name", "Ofsted region", "Inspection/Visit date", "Inspection/Visit type",
        "Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
        "Experiences and progress of children in care and care leavers", "Visit Theme",
    ]

    /// "Children's social care data in England 2022"-style release: a Cover sheet headed
    /// "Cover sheet", `No full inspection` in the grade columns of a council never inspected
    /// under ILACS, the combined children-in-care-and-care-leavers judgement, and the wide
    /// 2009-2022 history, whose 2019 ILACS row is dated 23/01/2020 (a day before the other
    /// releases' 24/01/2020).
    static func release2022() -> ODSFixture {
        let asAt = asAtHeaders2022
        let inYear = inYearHeaders2022
        let combined = "Experiences and progress of children in care and care leavers"
        return ODSFixture(sheets: [
            ODSFixture.Sheet(name: "Cover", rows: [
                ODSFixture.row(["Cover sheet - Official statistics"]), ODSFixture.row(["Section", "Detail"]),
                ODSFixture.row(["Policy area:", "Children's social care data in England 2022"]),
                ODSFixture.row([.text("Published on:"), date("2022-07-07")]),
            ]),
            ODSFixture.Sheet(name: "LA_level_at_31_Mar_2022", rows: [
                ODSFixture.row(["Children's social care data in England 2022 - LA level at 31 March 2022"]),
                ODSFixture.row(["This worksheet contains one table."]),
                ODSFixture.row(asAt),
                row(asAt, ["Local authority name": "Middlesbrough", "Ofsted region": "North East, Yorkshire and the Humber",
                           "Inspection date": "2019-11-25", "Overall effectiveness": inadequate,
                           "Impact of leaders": inadequate, asAt[6]: inadequate, combined: inadequate]),
                row(asAt, ["Local authority name": "Example Borough", "Ofsted region": "London",
                           "Overall effectiveness": "No full inspection", "Impact of leaders": "No full inspection",
                           asAt[6]: "No full inspection", combined: "No full inspection"]),
            ]),
            ODSFixture.Sheet(name: "LA_level_in_year_2021-22", rows: [
                ODSFixture.row(["Children's social care data in England 2022 - LA level in year 2021-22"]),
                ODSFixture.row(inYear),
                row(inYear, ["Local authority name": "Middlesbrough", "Inspection/Visit date": "2022-03-29",
                             "Inspection/Visit type": "LA Monitoring visit", "Visit Theme": "Children in care"]),
            ]),
            ODSFixture.Sheet(name: "LA_inspections_2009-2022", rows: wideRows2022()),
        ])
    }

    private static func wideRows2022() -> [String] {
        let headers = Array(wideHeaders2023.prefix(38))
        return [
            ODSFixture.row(["Children's social care data in England 2022 - LA inspections 2009-2022"]),
            ODSFixture.row(headers),
            row(headers, middlesbroughHistory(headers, ilacs2019Published: "2020-01-23")),
        ]
    }
}
