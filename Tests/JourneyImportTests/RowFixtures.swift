import Foundation
@testable import JourneyImport

/// One-table releases for the cell-by-cell tests: a Cover sheet and a sheet named "Data"
/// whose header row is row 1, in the 2025 in-year wording.
enum RowFixtures {
    static let headers = FixtureReleases.longHeaders2025
    static let overall = "Overall effectiveness"
    static let leaders = "The impact of leaders on social work practice with children and families"
    static let help = "The experiences and progress of children who need help and protection"
    static let inCare = "The experiences and progress of children in care"
    static let leavers = "The experiences and progress of care leavers"

    /// Middlesbrough's November 2019 inspection, as the in-year sheet would give it.
    static let middlesbrough2019: [String: String] = [
        "Local authority area code": "E06000002", "Local authority name": "Middlesbrough",
        "Region": "North East, Yorkshire and the Humber", "Inspection/Visit date": "2019-11-25",
        "Publication date": "2020-01-24", "Inspection/Visit type": "ILACS Standard Inspection",
        overall: "Inadequate", leaders: "Inadequate", help: "Inadequate", inCare: "Inadequate",
    ]

    /// A release of the rows given (values by header; ISO dates become date cells).
    static func release(_ rows: [[String: String]]) -> ODSFixture {
        ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "Data", rows: [ODSFixture.row(headers)] + rows.map { FixtureReleases.row(headers, $0) }),
        ])
    }

    /// Imports the rows and returns the harness and the summary.
    static func importing(_ rows: [[String: String]], strict: Bool = false) throws -> (ImportHarness, ImportSummary) {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(release(rows), named: "rows.ods")], strict: strict)
        return (harness, summary)
    }

    /// The column letter of a header.
    static func column(_ header: String) -> String {
        ODSRow.columnName(headers.firstIndex(of: header)!)
    }

    /// `rows.ods: sheet 'Data', row R, column C ('Header'): message`.
    static func warning(row: Int, _ header: String, _ message: String) -> String {
        "rows.ods: sheet 'Data', row \(row), column \(column(header)) ('\(header)'): \(message)"
    }
}
