import Foundation
import Testing
import JourneyModel

struct CalendarDayTests {
    /// Today as Foundation's calendar in the local time zone tells it.
    private func todayByFoundation() -> CalendarDay? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    @Test func todayIsTheLocalDayFoundationGives() throws {
        let before = try #require(todayByFoundation())
        let today = CalendarDay.today()
        let after = try #require(todayByFoundation())
        #expect(today == before || today == after, "\(today) is neither \(before) nor \(after)")
    }
}
