import Foundation
import JourneyModel
@testable import JourneyImport

/// Checks imported events against a naive reading of a release's sheets, row by row.
struct IndependentCheck {
    /// A row the naive reading says must be cited: release title, sheet, row.
    struct RowKey: Hashable { var release: String, sheet: String, row: Int }

    /// Every imported event by the rows it cites, with its council.
    let eventsByRow: [RowKey: [(council: Council, event: Event)]]
    var problems: [String] = []
    /// The rows (and, for wide rows, how many events) the naive reading expects to be cited.
    var expected: [RowKey: Int] = [:]

    init(councils: [Council]) {
        var index: [RowKey: [(Council, Event)]] = [:]
        for council in councils {
            for event in council.events where event.origin != .handWritten {
                for source in event.sources {
                    guard let key = Self.rowKey(source.title ?? "") else { continue }
                    index[key, default: []].append((council, event))
                }
            }
        }
        eventsByRow = index
    }

    static func rowKey(_ citation: String) -> RowKey? {
        let pattern = #"^Ofsted, "(.*)" \(official statistics, published [^)]*\), sheet (.*), row (\d+)$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: citation, range: NSRange(citation.startIndex..., in: citation)),
              let title = Range(match.range(at: 1), in: citation), let sheet = Range(match.range(at: 2), in: citation),
              let row = Range(match.range(at: 3), in: citation), let number = Int(citation[row]) else { return nil }
        return RowKey(release: String(citation[title]), sheet: String(citation[sheet]), row: number)
    }

    mutating func problem(_ text: String) { problems.append(text) }

    /// Tables of a naive sheet reading: each header row (one naming "Local authority name")
    /// with the rows that follow it up to the first gap.
    static func tables(_ rows: [(number: Int, cells: [String])]) -> [(header: [String], rows: [(number: Int, cells: [String])])] {
        var tables: [([String], [(number: Int, cells: [String])])] = []
        var index = 0
        while index < rows.count {
            guard rows[index].cells.contains("Local authority name") else { index += 1; continue }
            let header = rows[index].cells
            var body: [(number: Int, cells: [String])] = []
            var next = index + 1
            while next < rows.count, rows[next].number == rows[next - 1].number + 1 {
                body.append(rows[next])
                next += 1
            }
            tables.append((header, body))
            index = next
        }
        return tables
    }

    /// Whether an event's summary records a disagreement on `field` (then either value may be kept).
    static func disagrees(_ event: Event, on field: String) -> Bool {
        event.summary.contains("disagree on \(field)")
    }

    static func cell(_ cells: [String], _ header: [String], _ names: [String]) -> String? {
        guard let index = header.firstIndex(where: names.contains), index < cells.count, !cells[index].isEmpty else {
            return nil
        }
        return cells[index]
    }
}
