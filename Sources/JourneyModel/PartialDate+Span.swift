extension PartialDate {
    /// A span of dates as people read it: `13–24 March 2023`, `25 November – 6 December 2019`,
    /// `2020 – March 2022`, or just the start when there is no end or it is the same date.
    /// `short` abbreviates the months: `13–24 Mar 2023`, `25 Nov – 6 Dec 2019`.
    public static func spanText(_ start: PartialDate, _ end: PartialDate?, short: Bool = false) -> String {
        let text: (PartialDate) -> String = { short ? $0.compactText : $0.text }
        guard let end, end != start else { return text(start) }
        guard start.precision == .day, end.precision == .day else { return "\(text(start)) – \(text(end))" }
        let first = start.first
        let last = end.first
        let name = CalendarDay.monthNames[first.month - 1]
        let month = short ? String(name.prefix(3)) : name
        if first.year == last.year && first.month == last.month {
            return "\(first.day)–\(last.day) \(month) \(last.year)"
        }
        if first.year == last.year {
            return "\(first.day) \(month) – \(text(end))"
        }
        return "\(text(start)) – \(text(end))"
    }

    /// Months abbreviated, days without a leading zero: `6 Sep 2024`, `Feb 2020`, `2022`.
    public var compactText: String {
        let month = self.month.map { CalendarDay.monthAbbreviations[$0 - 1] }
        switch precision {
        case .year: return "\(year)"
        case .month: return "\(month!) \(year)"
        case .day: return "\(day!) \(month!) \(year)"
        }
    }
}

extension InspectionDates {
    /// Which date is which, e.g. "inspected 13–24 March 2023, published 25 May 2023", or
    /// "published 25 March 2011 (the release gives no inspection dates)".
    public func labelled(short: Bool = false) -> String {
        let text: (PartialDate) -> String = { short ? $0.compactText : $0.text }
        guard !knownOnlyByPublication else {
            return "published \(text(published ?? start)) (the release gives no inspection dates)"
        }
        let inspected = "inspected " + PartialDate.spanText(start, end, short: short)
        return inspected + (published.map { ", published \(text($0))" } ?? "")
    }
}

extension CalendarDay {
    /// `6 Sep 2024`.
    public var compactText: String { PartialDate(self).compactText }

    /// The month alone, abbreviated: `Sep 2024`.
    public var shortMonthText: String { "\(CalendarDay.monthAbbreviations[month - 1]) \(year)" }
}
