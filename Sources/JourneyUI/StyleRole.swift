/// What a piece of the screen means. Views ask for a role; a ``Theme`` decides how it looks.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Plain text.
    case text
    /// The council's name and screen titles.
    case title
    /// Labels such as "Today:" or "From:".
    case label
    /// Less important text: hints, secondary columns, rules.
    case dim
    /// The selected row of a list.
    case selected
    /// Grades, one role each.
    case gradeOutstanding, gradeGood, gradeRequiresImprovement, gradeInadequate
    /// The period under statutory direction on the journey strip.
    case directionBar
    /// The period under an improvement notice (and no direction) on the journey strip.
    case noticeBar
    /// A part of the strip where whether a direction or notice was in force is not known.
    case directionUncertain
    /// A visit or other event marker on the journey strip.
    case marker
    /// The date cursor on the journey strip.
    case dateCursor
    /// A search match, and the current one.
    case match, currentMatch
    /// A quoted phrase that cites an event, and the focused one.
    case quote, focusedQuote
    /// A letter's underlined (`<u>`, `*emphasis*`) and strong (`**…**`) runs.
    case underlined, strong
    /// A heading in a report, and the marker that opens each of its pages.
    case heading, pageMarker
    /// The status line.
    case statusBar
    /// A key name in the status line or on the help screen.
    case key
    /// A text-entry line (search query, picker filter).
    case prompt
    /// A notice, e.g. "terminal too small" or "no match".
    case notice
}
