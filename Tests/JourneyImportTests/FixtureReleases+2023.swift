import Foundation

extension FixtureReleases {
    /// "Children's social care data in England 2023"-style release: short headers without an
    /// area code or publication date, and the wide 2009-2023 history table with a second
    /// table for councils that no longer exist.
    static func release2023() -> ODSFixture {
        let inYear = shortHeaders2023
        return ODSFixture(sheets: [
            ODSFixture.Sheet(name: "Cover", rows: [
                ODSFixture.row(["Cover sheet - Official statistics"]), ODSFixture.row(["Section", "Detail"]),
                ODSFixture.row(["Policy area:", "Children's social care data in England 2023"]),
                ODSFixture.row([.text("Published on:"), date("2023-07-06")]),
                ODSFixture.row(["Period covered - Inspection outcomes for local authority children's services inspections:",
                                "As at 31 March 2023, published by 30 April 2023"]),
            ]),
            ODSFixture.Sheet(name: "LA_level_in_year_2022-23", rows: [
                ODSFixture.row(["Children's social care data in England 2023 - LA level in year 2022-23"]),
                ODSFixture.row(inYear),
                // A day-first date held as text, as some sheets store them.
                ODSFixture.row(["Ofsted Local Authority Webpage", "Middlesbrough", "North East, Yorkshire and The Humber",
                                "29/03/2022", "LA Monitoring visit", "", "", "", "", "", "Children in care"]),
                row(inYear, ["Local authority name": "Middlesbrough", "Inspection/Visit date": "2023-03-13",
                             "Inspection/Visit type": "ILACS Standard Inspection",
                             "Overall effectiveness": ri, "Impact of leaders": ri,
                             "Experiences and progress of children who need help and protection": ri,
                             "Experiences and progress of children in care": ri,
                             "Experiences and progress of care leavers": ri]),
            ]),
            ODSFixture.Sheet(name: "LA_inspections_2009-2023", rows: wideRows()),
        ])
    }

    private static func wideRows() -> [String] {
        let headers = wideHeaders2023
        let formerHeaders = Array(headers.prefix(32)) + headers[32..<38].map { $0.replacingOccurrences(of: "First ", with: "") }
        return [
            ODSFixture.row(["Children's social care data in England 2023 - LA inspections 2009-2023"]),
            ODSFixture.row(headers),
            row(headers, middlesbroughHistory(headers, ilacs2019Published: "2020-01-24").merging([
                headers[38]: "ILACS Standard Inspection", headers[39]: "2023-05-25", headers[40]: ri, headers[41]: ri,
                headers[42]: ri, headers[43]: ri, headers[44]: ri,
            ]) { first, _ in first }),
            row(headers, [
                "Local authority name": "Bedford Borough", "LA region": "East of England", "LA Authority Type": "Unitary",
                headers[11]: "2013-02-15", headers[12]: ri, headers[15]: "2013-03-01", headers[16]: "Good",
                headers[25]: "2018-01-29", headers[26]: "Good", headers[27]: "Good", headers[28]: "Good",
                headers[29]: "-", headers[30]: "Good", headers[31]: "Good",
            ]),
            ODSFixture.row([""]),
            ODSFixture.row(["Table 11: History of inspections of local authorities that existed before the restructure"]),
            ODSFixture.row(formerHeaders),
            row(formerHeaders, [
                "Local authority name": "Poole", "LA region": "South West", "LA Authority Type": "Unitary",
                headers[4]: "2011-12-16", headers[5]: "Good", headers[6]: "Good",
            ]),
            row(formerHeaders, [
                "Local authority name": "Dorset", "LA region": "South West", "LA Authority Type": "Shire County",
                headers[7]: "2012-05-04", headers[8]: "Good",
            ]),
        ]
    }

    /// Middlesbrough's wide history row up to its first ILACS inspection, in the 2023 wording
    /// (`headers` begins with ``wideHeaders2023``'s first 38): SLAC 2011, SIF 2016 and the
    /// 2019 ILACS, whose publication date the 2022 and 2023 editions give differently.
    static func middlesbroughHistory(_ headers: [String], ilacs2019Published: String) -> [String: String] {
        [
            "Local authority name": "Middlesbrough", "LA region": "North East, Yorkshire and The Humber",
            "LA Authority Type": "Unitary", headers[4]: "2011-07-22", headers[5]: ri, headers[6]: ri,
            headers[17]: "2016-02-19", headers[18]: ri, headers[19]: ri, headers[20]: ri, headers[21]: "Good",
            headers[22]: "Good", headers[23]: ri, headers[24]: ri,
            headers[32]: "ILACS Standard Inspection", headers[33]: ilacs2019Published, headers[34]: inadequate,
            headers[35]: inadequate, headers[36]: inadequate, headers[37]: inadequate,
        ]
    }
}
