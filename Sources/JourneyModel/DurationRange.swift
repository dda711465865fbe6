/// A length of time between two dates that may be partial, so known only between two bounds.
///
/// From a direction issued in "2020" to its revocation on 6 September 2024 is at least
/// 31 December 2020 to 6 September 2024 and at most 1 January 2020 to 6 September 2024.
public struct DurationRange: Sendable, Hashable, Codable {
    /// The fewest whole days it can have lasted.
    public var minDays: Int
    /// The most whole days it can have lasted.
    public var maxDays: Int
    /// For people: `4 years 8 months` when both bounds read the same,
    /// otherwise `between 3 years 8 months and 4 years 8 months`.
    public var text: String

    /// The time from `start` to `end`, each taken at its known precision.
    ///
    /// An end before the start (a mistake in a file) counts as no time at all.
    public init(from start: PartialDate, to end: PartialDate) {
        minDays = max(0, end.first.ordinal - start.last.ordinal)
        maxDays = max(0, end.last.ordinal - start.first.ordinal)
        let shortest = DurationRange.text(from: start.last, to: end.first)
        let longest = DurationRange.text(from: start.first, to: end.last)
        text = shortest == longest ? shortest : "between \(shortest) and \(longest)"
    }

    /// Whole years and months from one day to another (`4 years 8 months`, `1 year`),
    /// or whole days when under a month (`12 days`). Leftover days are dropped.
    public static func text(from start: CalendarDay, to end: CalendarDay) -> String {
        guard start < end else { return "0 days" }
        var months = (end.year - start.year) * 12 + (end.month - start.month)
        if start.adding(months: months) > end { months -= 1 }
        guard months > 0 else { return counted(end.ordinal - start.ordinal, "day") }
        let (years, rest) = months.quotientAndRemainder(dividingBy: 12)
        if years == 0 { return counted(rest, "month") }
        return rest == 0 ? counted(years, "year") : counted(years, "year") + " " + counted(rest, "month")
    }

    /// `1 year`, `2 years`.
    private static func counted(_ count: Int, _ unit: String) -> String {
        "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
}
