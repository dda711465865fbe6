import Testing
import JourneyModel
@testable import JourneyUI

/// The timeline's date column is as wide as the widest date label and a space, though only one
/// label of each form is measured.
struct DateColumnWidthTests {
    private static func event(_ id: String, _ start: PartialDate, published: PartialDate? = nil,
                              bound: Bool = false) -> TimelineRow {
        let detail: EventDetail = bound
            ? .intervention(Intervention(action: .revoked, target: "d", dateIsUpperBound: true)) : .none
        let kind: EventKind = bound ? .direction : .inspection
        let origin: Origin = published == nil ? .handWritten
            : .imported(release: "release", sheet: "LA", row: 1)
        return .event(Event(id: id, kind: kind, title: id, start: start, published: published, detail: detail,
                            origin: origin))
    }

    /// Every month and precision over years of one to four digits, bound and publication labels.
    private static var rows: [TimelineRow] {
        var rows: [TimelineRow] = []
        for (offset, year) in [7, 95, 2019, 2024, 9_999].enumerated() {
            rows.append(event("y\(offset)", PartialDate(year: year)!))
            for month in 1...12 {
                rows.append(event("m\(offset)-\(month)", PartialDate(year: year, month: month)!))
                rows.append(event("d\(offset)-\(month)", PartialDate(year: year, month: month, day: month * 2)!))
                rows.append(event("b\(offset)-\(month)", PartialDate(year: year, month: month, day: 9)!, bound: true))
            }
        }
        return rows
    }

    @Test func theColumnFitsTheWidestLabel() {
        let rows = Self.rows
        #expect(TimelineRow.dateColumnWidth(of: rows) == rows.map { TextWidth.of($0.dateLabel) }.max()! + 1)
        for prefix in [1, 4, 40] {
            let some = Array(rows.prefix(prefix))
            #expect(TimelineRow.dateColumnWidth(of: some) == some.map { TextWidth.of($0.dateLabel) }.max()! + 1)
        }
        #expect(TimelineRow.dateColumnWidth(of: []) == 12)
    }

    @Test func aPublicationDateGetsItsPrefixIntoTheWidth() {
        let day = PartialDate(year: 2011, month: 3, day: 25)!
        let published = Self.event("slac", day, published: day)
        #expect(published.dateLabel.hasPrefix("pub "))
        let rows = [Self.event("plain", PartialDate(year: 2011)!), published]
        #expect(TimelineRow.dateColumnWidth(of: rows) == TextWidth.of(published.dateLabel) + 1)
    }
}
