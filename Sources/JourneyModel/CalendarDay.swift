import Foundation

/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Council files deal in calendar dates, never timestamps, so every comparison and every
/// difference here is exact day arithmetic.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns nil when it does not exist (2023-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day already known to exist (a ``PartialDate``'s first or last day), without checking
    /// it again: partial dates are validated when made, and their days are asked for often.
    init(existingYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a full ISO 8601 date such as `2024-09-06`.
    public init?(iso text: String) {
        guard let date = PartialDate(iso: text), date.precision == .day else { return nil }
        self = date.first
    }

    /// Today in the local time zone (`TZ`, else the system's), as the C library tells it: asking
    /// Foundation's `Calendar.current` costs a start-up a time-zone and locale set-up.
    public static func today() -> CalendarDay {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let day = CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return CalendarDay(year: 2000, month: 1, day: 1)! }
        return day
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), for exact differences.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `count` days after this one (before, when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(ordinal: ordinal + count)
    }

    /// The day with the given ordinal (days since 1970-01-01).
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The same day `count` months later (clamped to the month's last day).
    public func adding(months count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, CalendarDay.daysIn(month: newMonth, year: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// ISO 8601: `2024-09-06`.
    public var iso: String {
        Self.padded(year, to: 4) + "-" + Self.padded(month, to: 2) + "-" + Self.padded(day, to: 2)
    }

    /// A number in decimal with leading zeros to `width` digits (`String(format:)` is far
    /// slower, and dates are formatted for every row drawn).
    static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// As dates are written in the UK: `6 September 2024`.
    public var text: String {
        "\(day) \(CalendarDay.monthNames[month - 1]) \(year)"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The names' first three letters (`Jan`), as short dates write them.
    static let monthAbbreviations = monthNames.map { String($0.prefix(3)) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an ISO 8601 day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
