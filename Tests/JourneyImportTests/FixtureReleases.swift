import Foundation

/// Small releases in the layouts of the real ones, built for tests.
enum FixtureReleases {
    typealias Cell = ODSFixture.Cell

    static let longHeaders2025 = [
        "Web link", "Local authority area code", "Local authority name", "Region", "Inspection/Visit date",
        "Publication date", "Inspection/Visit type", "Overall effectiveness",
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care", "The experiences and progress of care leavers",
        "Visit Theme",
    ]

    static let historyHeaders2025 = [
        "Web link", "Local authority area code", "Local authority name", "Local authority status", "Ofsted region",
        "Inspection date", "Publication date", "Inspection type", "Overall effectiveness",
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care", "The experiences and progress of care leavers",
    ]

    static let shortHeaders2023 = [
        "Web link", "Local authority name", "Ofsted region", "Inspection/Visit date", "Inspection/Visit type",
        "Overall effectiveness", "Impact of leaders", "Experiences and progress of children who need help and protection",
        "Experiences and progress of children in care", "Experiences and progress of care leavers", "Visit Theme",
    ]

    /// The wide history table's headers, exactly as the 2023 release words them.
    static let wideHeaders2023 = [
        "Web link", "Local authority name", "LA region", "LA Authority Type",
        "Safeguarding & Looked After Children (SLAC) Inspection publication date",
        "SLAC Safeguarding Overall effectiveness (OE)", "SLAC Looked After Children Overall Effectiveness (OE)",
        "SLAC re-inspection of Safeguarding publication date", "SLAC re-inspection Safeguarding OE",
        "SLAC re-inspection of services for Children Looked After publication date",
        "SLAC re-inspection of services Children Looked After OE", "Child Protection Inspections (CPI) publication date",
        "CPI Overall Effectiveness (OE)", "Child Protection Re-Inspection (CPRI) publication date",
        "CPRI Overall Effectiveness (OE)", "Targeted Looked After Children (TLAC) inspection publication date",
        "TLAC Overall Effectiveness (OE)", "Single Inspection of LA Children's Services (SIF) First SIF publication date",
        "First SIF Overall Judgement\n(OE)", "First SIF children who need help and protection",
        "First SIF children looked after and achieving permanence", "First SIF CLA Sub: Adoption Performance",
        "First SIF CLA Sub: Experiences and progress of care leavers", "First SIF leadership, management and governance",
        "LSCB Overall Effectiveness", "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
        "SIF Re-inspection Overall Judgement\n(OE)", "SIF Re-inspection children who need help and protection",
        "SIF Re-inspection children looked after and achieving permanence", "SIF Re-inspection CLA Sub: Adoption Performance",
        "SIF Re-inspection CLA Sub: Experiences and progress of care leavers",
        "SIF Re-inspection leadership, management and governance", "First ILACS framework inspection type",
        "First ILACS framework publication date", "First ILACS framework overall effectiveness",
        "First ILACS framework impact of leaders",
        "First ILACS framework experiences and progress of children who need help and protection",
        "First ILACS framework experiences and progress of children in care and care leavers",
        "Second ILACS framework inspection type", "Second ILACS framework publication date",
        "Second ILACS framework overall effectiveness", "Second ILACS framework impact of leaders",
        "Second ILACS framework experiences and progress of children who need help and protection",
        "Second ILACS framework experiences and progress of children in care",
        "Second ILACS framework experiences and progress of care leavers",
    ]

    static let inadequate = "Inadequate"
    static let ri = "Requires improvement to be good"

    /// A date cell, typed, shown day first.
    static func date(_ iso: String) -> Cell {
        let parts = iso.split(separator: "-")
        return .date(iso, shown: "\(parts[2])/\(parts[1])/\(parts[0])")
    }

    /// A row in the order of `headers`, from values by header; dates are ISO strings made typed cells.
    static func row(_ headers: [String], _ values: [String: String]) -> String {
        ODSFixture.row(headers.map { header in
            guard let value = values[header], !value.isEmpty else { return .empty(1) }
            if header.lowercased().contains("date"), value.count == 10, value.dropFirst(4).first == "-" {
                return date(value)
            }
            return .text(value)
        })
    }

    /// "As at 31 March 2025"-style release: a one-row-per-event in-year sheet and the ILACS history.
    static func release2025() -> ODSFixture {
        let inYear = longHeaders2025
        let history = historyHeaders2025
        return ODSFixture(sheets: [
            ODSFixture.cover(title: "Local authority inspection outcomes as at 31 March 2025", published: "2025-09-25",
                             shown: "25 September 2025"),
            ODSFixture.Sheet(name: "Notes", rows: [ODSFixture.row(["Note number", "Note text"]),
                                                   ODSFixture.row(["1", "Local authority name is the council."])]),
            ODSFixture.Sheet(name: "In-year_inspections", rows: [
                ODSFixture.row(["Local authority in-year inspection activity 2024-25"]),
                ODSFixture.row(["This worksheet contains one table."]),
                ODSFixture.row(inYear.map { .text($0) } + [.empty(16371)]),
                row(inYear, ["Web link": "Ofsted Local Authority Webpage", "Local authority area code": "E06000002",
                             "Local authority name": "Middlesbrough", "Region": "North East, Yorkshire and the Humber",
                             "Inspection/Visit date": "2024-07-31", "Publication date": "2024-09-02",
                             "Inspection/Visit type": "ILACS Focused Visit", "Visit Theme": "Care leavers"]),
                row(inYear, ["Local authority area code": "E09000003", "Local authority name": "Barnet", "Region": "London",
                             "Inspection/Visit date": "2024-06-10", "Publication date": "2024-07-23",
                             "Inspection/Visit type": "ILACS Short Inspection", "Overall effectiveness": "Good",
                             "The impact of leaders on social work practice with children and families": "Good",
                             "The experiences and progress of children who need help and protection": "Good",
                             "The experiences and progress of children in care": "Outstanding",
                             "The experiences and progress of care leavers": "Good"]),
                row(inYear, ["Local authority area code": "E06000055", "Local authority name": "Bedford",
                             "Region": "East of England", "Inspection/Visit date": "2024-11-05",
                             "Publication date": "2024-12-05", "Inspection/Visit type": "LA Monitoring visit",
                             "Visit Theme": "Front door"]),
            ]),
            ODSFixture.Sheet(name: "ILACS_inspection_history", rows: [
                ODSFixture.row(["ILACS inspection history from 2018-2025"]),
                ODSFixture.row([""]),
                ODSFixture.row(history),
                historyRow("E06000002", "Middlesbrough", "Current", "2019-11-25", "2020-01-24", "ILACS Standard Inspection",
                           Array(repeating: inadequate, count: 4)),
                historyRow("E06000002", "Middlesbrough", "Current", "2023-03-13", "2023-05-25", "ILACS Standard Inspection",
                           Array(repeating: ri, count: 5)),
                historyRow("E09000003", "Barnet", "Current", "2024-06-10", "2024-07-23", "ILACS Short Inspection",
                           ["Good", "Good", "Good", "Outstanding", "Good"]),
                historyRow("E06000028", "Bournemouth", "No longer exists", "2018-07-16", "2018-08-24",
                           "ILACS Standard Inspection", [ri, inadequate, ri, ri]),
            ]),
        ])
    }

    static func historyRow(_ code: String, _ name: String, _ status: String, _ start: String, _ published: String,
                           _ type: String, _ grades: [String]) -> String {
        var values = ["Web link": "Ofsted Local Authority Webpage", "Local authority area code": code,
                      "Local authority name": name, "Local authority status": status, "Ofsted region": "Somewhere",
                      "Inspection date": start, "Publication date": published, "Inspection type": type]
        for (header, grade) in zip(historyHeaders2025.suffix(5), grades) { values[header] = grade }
        return row(historyHeaders2025, values)
    }
}
