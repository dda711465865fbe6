/// What the register of DfE interventions says about one council: the span it covers, and
/// whether it lists the council at all.
///
/// A council the register lists has had its interventions researched: between `from` and
/// `checked`, no direction on record means none was in force. For a council it does not list,
/// the register can only say that none is recorded.
public struct RegisterCoverage: Sendable, Hashable, Codable {
    /// Interventions issued from this date are covered.
    public var from: PartialDate
    /// The register is as complete as its indexes up to this day.
    public var checked: CalendarDay
    /// Whether the register has an entry (a file) for the council.
    public var listsCouncil: Bool

    public init(from: PartialDate, checked: CalendarDay, listsCouncil: Bool) {
        self.from = from
        self.checked = checked
        self.listsCouncil = listsCouncil
    }

    /// The checked day for sentences: `March 2025` when it is a month's last day, else `14 March 2025`.
    public var checkedText: String {
        let monthEnd = CalendarDay.daysIn(month: checked.month, year: checked.year) == checked.day
        return monthEnd ? PartialDate(year: checked.year, month: checked.month)?.text ?? checked.text : checked.text
    }
}
