import Foundation
import JourneyModel

/// Reads the dates reports and letters give, in all their wordings: "8 November 2021 to
/// 19 November 2021", "18 March 2014 – 09 April 2014", "13 to 24 March 2023", "31 July and
/// 1 August 2024", "13 August 2019 and 14 August 2019", "24 January 2020".
enum DatePhrase {
    /// The first day, and the last when the phrase is a range; nil unless the text starts with a date.
    static func parse(_ text: String) -> (start: CalendarDay, end: CalendarDay?)? {
        var tokens = tokenize(text)[...]
        guard let first = readDate(&tokens) else { return nil }
        var afterConnector = tokens
        guard let connector = afterConnector.popFirst(), connectors.contains(connector),
              let second = readDate(&afterConnector), let month = second.month, let year = second.year else {
            guard let month = first.month, let year = first.year,
                  let day = CalendarDay(year: year, month: month, day: first.day) else { return nil }
            return (day, nil)
        }
        let startMonth = first.month ?? month
        var startYear = first.year ?? year
        if first.year == nil, startMonth > month { startYear -= 1 }
        guard let start = CalendarDay(year: startYear, month: startMonth, day: first.day),
              let end = CalendarDay(year: year, month: month, day: second.day), start <= end else { return nil }
        return (start, end == start ? nil : end)
    }

    private static let connectors: Set<String> = ["to", "and", "until", "-", "–", "—"]
    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words, with dashes as words of their own and commas dropped.
    private static func tokenize(_ text: String) -> [String] {
        var spaced = ""
        for character in text {
            if "–—".contains(character) || character == "-" {
                spaced += " \(character) "
            } else if ",.;:()".contains(character) {
                spaced += " "
            } else {
                spaced.append(character)
            }
        }
        return spaced.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { !weekdays.contains($0) }
    }

    /// A day, then a month and a year if they follow.
    private static func readDate(_ tokens: inout ArraySlice<String>) -> (day: Int, month: Int?, year: Int?)? {
        guard let token = tokens.first, let day = dayNumber(token) else { return nil }
        tokens.removeFirst()
        guard let token = tokens.first, let month = monthNumber(token) else { return (day, nil, nil) }
        tokens.removeFirst()
        guard let token = tokens.first, token.count == 4, let year = Int(token) else { return (day, month, nil) }
        tokens.removeFirst()
        return (day, month, year)
    }

    private static func dayNumber(_ token: String) -> Int? {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        let suffix = token.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(String(suffix)),
              let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static func monthNumber(_ token: String) -> Int? {
        let word = token.trimmingCharacters(in: .punctuationCharacters)
        guard word.count >= 3 else { return nil }
        return CalendarDay.monthNames.firstIndex { $0.lowercased().hasPrefix(word) || word == $0.lowercased() }
            .map { $0 + 1 }
    }
}
