import Foundation

extension DateText {
    /// A moment as a note shows it, in the local time zone: `2 Dec 2026 15:40`.
    static func shortDayAndTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "d MMM yyyy HH:mm"
        return formatter.string(from: date)
    }
}
