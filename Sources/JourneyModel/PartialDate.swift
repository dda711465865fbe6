import Foundation

/// A calendar date known to the day, the month or only the year.
///
/// Sources often establish only "2022" or "February 2020". A partial date keeps that
/// precision: it covers a range of days, displays honestly, and comparisons with a
/// specific day answer ``Knowledge/unknown`` when the answer depends on the unknown part.
public struct PartialDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable, Codable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A date known to the day.
    public init(_ day: CalendarDay) {
        year = day.year
        month = day.month
        self.day = day.day
    }

    /// Creates a date, or nil when no such date exists.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        if day != nil && month == nil { return nil }
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, CalendarDay(year: year, month: month, day: day) == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 at any of the three precisions: `2024-09-06`, `2022-03`, `2022`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(part) else { return nil }
            numbers.append(number)
        }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                  day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The first day the date may be.
    public var first: CalendarDay {
        CalendarDay(existingYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date may be.
    public var last: CalendarDay {
        let lastMonth = month ?? 12
        return CalendarDay(existingYear: year, month: lastMonth,
                           day: day ?? CalendarDay.daysIn(month: lastMonth, year: year))
    }

    /// ISO 8601 at the known precision: `2024-09-06`, `2022-03`, `2022`.
    public var iso: String {
        switch precision {
        case .year: return CalendarDay.padded(year, to: 4)
        case .month: return CalendarDay.padded(year, to: 4) + "-" + CalendarDay.padded(month!, to: 2)
        case .day: return first.iso
        }
    }

    /// As written in the UK, at the known precision: `6 September 2024`, `February 2020`, `2022`.
    public var text: String {
        switch precision {
        case .year: return "\(year)"
        case .month: return "\(CalendarDay.monthNames[month! - 1]) \(year)"
        case .day: return first.text
        }
    }

    /// A short form for narrow columns: `06 Sep 2024`, `Feb 2020`, `2022`.
    public var shortText: String {
        let monthAbbreviation = month.map { CalendarDay.monthAbbreviations[$0 - 1] }
        switch precision {
        case .year: return "\(year)"
        case .month: return "\(monthAbbreviation!) \(year)"
        case .day: return CalendarDay.padded(day!, to: 2) + " \(monthAbbreviation!) \(year)"
        }
    }

    public var description: String { iso }

    /// Whether this date is on or before `day`: known, or unknown when the day falls inside it.
    public func isOnOrBefore(_ day: CalendarDay) -> Knowledge {
        if last <= day { return .yes }
        if first > day { return .no }
        return .unknown
    }

    /// Whether this date is certainly, possibly or never after `other`.
    public func isBefore(_ other: PartialDate) -> Knowledge {
        if last < other.first { return .yes }
        if first >= other.last { return .no }
        return .unknown
    }

    /// Orders dates by their first day, then the more precise first, for stable sorting.
    public static func sortsBefore(_ lhs: PartialDate, _ rhs: PartialDate) -> Bool {
        if lhs.first != rhs.first { return lhs.first < rhs.first }
        return lhs.precision > rhs.precision
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an ISO 8601 date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// A three-valued answer: what the sources establish, and where they do not.
public enum Knowledge: String, Sendable, Codable {
    case yes, no, unknown
}
