import Foundation
import JourneyModel

/// How the briefing writes a moment: `2 December 2026, 15:40 UTC`, the same wherever it is made.
enum BriefingClock {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let hour = parts.hour, let minute = parts.minute else { return "\(date)" }
        let name = CalendarDay.monthNames[month - 1]
        return "\(day) \(name) \(year), \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute) UTC"
    }
}
