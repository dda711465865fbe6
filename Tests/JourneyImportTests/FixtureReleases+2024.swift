import Foundation

extension FixtureReleases {
    /// The "as at 31 March 2024" edition's headers (middlesbrough-facts.md, section 3.3).
    static let asAtHeaders2024 = [
        "Web link", "Local authority name", "Ofsted region", "Inspection date", "Overall effectiveness",
        "Impact of leaders", "Experiences and progress of children who need help and protection",
        "Experiences and progress of children in care", "Experiences and progress of care leavers",
    ]

    static let inYearHeaders2024 = [
        "Web link", "Local authority name", "Ofsted region", "Inspection/Visit date", "Inspection/Visit type",
        "Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
        "Experiences and progress of children in care", "Experiences and progress of care leavers", "Visit Theme",
    ]

    /// The wide ILACS table, with "First ILACS ..." headers (no "framework").
    static let wideHeaders2024: [String] = ["Web link", "Local authority name", "Ofsted region"]
        + ["First", "Second"].flatMap { ordinal in
            ["publication date", "inspection type", "overall effectiveness", "impact of leaders",
             "experiences and progress of children who need help and protection",
             "experiences and progress of children in care", "experiences and progress of care leavers"]
                .map { "\(ordinal) ILACS \($0)" }
        }

    /// "Local authority inspection outcomes as at 31 March 2024"-style release: `Not yet
    /// inspected` in the inspection-date column for the two councils created in 2023, and
    /// Middlesbrough's 2019 inspection only in the wide ILACS table.
    static func release2024() -> ODSFixture {
        let asAt = asAtHeaders2024
        let inYear = inYearHeaders2024
        let wide = wideHeaders2024
        return ODSFixture(sheets: [
            ODSFixture.cover(title: "Local authority inspection outcomes as at 31 March 2024", published: "2024-08-30",
                             shown: "30 August 2024"),
            ODSFixture.Sheet(name: "Inspections_31_March_2024", rows: [
                ODSFixture.row(["Local authority inspection judgements as at 31 March 2024"]),
                ODSFixture.row(asAt),
                row(asAt, ["Local authority name": "Middlesbrough", "Ofsted region": "North East, Yorkshire and the Humber",
                           "Inspection date": "2023-03-13", "Overall effectiveness": ri, "Impact of leaders": ri,
                           asAt[6]: ri, asAt[7]: ri, asAt[8]: ri]),
                row(asAt, ["Local authority name": "Cumberland", "Ofsted region": "North West",
                           "Inspection date": "Not yet inspected"]),
                row(asAt, ["Local authority name": "Westmorland and Furness", "Ofsted region": "North West",
                           "Inspection date": "Not yet inspected"]),
            ]),
            ODSFixture.Sheet(name: "Inspections_in_year_2023-24", rows: [
                ODSFixture.row(["Local authority in-year inspection activity 2023-24"]),
                ODSFixture.row(inYear),
                row(inYear, ["Local authority name": "Barnet", "Ofsted region": "London",
                             "Inspection/Visit date": "2023-10-02", "Inspection/Visit type": "ILACS Focused Visit",
                             "Visit Theme": "Front door"]),
            ]),
            ODSFixture.Sheet(name: "ILACS_inspections_2018-2024", rows: [
                ODSFixture.row(["ILACS inspections 2018-2024"]),
                ODSFixture.row(wide),
                row(wide, ["Local authority name": "Middlesbrough", "Ofsted region": "North East, Yorkshire and the Humber",
                           wide[3]: "2020-01-24", wide[4]: "ILACS Standard Inspection", wide[5]: inadequate,
                           wide[6]: inadequate, wide[7]: inadequate, wide[8]: inadequate,
                           wide[10]: "2023-05-25", wide[11]: "ILACS Standard Inspection", wide[12]: ri, wide[13]: ri,
                           wide[14]: ri, wide[15]: ri, wide[16]: ri]),
            ]),
        ])
    }
}
