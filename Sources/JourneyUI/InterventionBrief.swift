import JourneyModel

/// A council's intervention status in a few words, for the picker's "intervention now" column
/// and its "under direction" filter.
///
/// The one place the picker reads an ``InterventionStatus``. After the register was last checked
/// nothing is certain, so the brief gives the last position recorded and marks what is not
/// known: "Direction Jul 2018–?" for a direction with no recorded end, "Revoked Jan 2022" for
/// one that ended (true whatever followed), "None to Apr 2024" where the register lists the
/// council and found none, "None recorded" where it does not list it.
public struct InterventionBrief: Hashable, Sendable {
    /// A few words, within the column's 21.
    public var text: String
    /// Whether a statutory direction is in force as far as the records go (certainly, or with
    /// no end recorded: the text then ends "–?").
    public var isUnderDirection: Bool
    /// Sort order: directions in force, notices in force, not known, ended, the rest.
    public var rank: Int

    public init(_ status: InterventionStatus) {
        switch status.state {
        case .underDirection(let since, _, _):
            (text, isUnderDirection, rank) = (Self.inForce("Direction", since, status), true, 0)
        case .underNotice(let since, _, _):
            (text, isUnderDirection, rank) = (Self.inForce("Notice", since, status), false, 1)
        case .revoked(let on, _, _, _, _) where status.knownUntil != nil || status.certainty == .yes:
            (text, isUnderDirection, rank) = ("Revoked \(status.endIsUpperBound ? "by " : "")\(Self.month(on))", false, 3)
        case .noticeLifted(let on, _, _, _, _) where status.knownUntil != nil || status.certainty == .yes:
            (text, isUnderDirection, rank) = ("Notice lifted \(status.endIsUpperBound ? "by " : "")\(Self.month(on))", false, 3)
        case .notUnderDirection where status.knownUntil != nil:
            (text, isUnderDirection, rank) = ("None to \(Self.month(PartialDate(status.knownUntil!)))", false, 4)
        case .notUnderDirection where status.certainty == .yes:
            (text, isUnderDirection, rank) = ("Not under a direction", false, 4)
        case .noneRecorded where status.certainty == .yes || status.knownUntil != nil:
            (text, isUnderDirection, rank) = ("None recorded", false, 5)
        default:
            (text, isUnderDirection, rank) = ("Not known", false, 2)
        }
    }

    /// "Direction since Aug 2018", or "Direction Jul 2018–?" when it is not known whether it is
    /// still in force (no end recorded, or an end known only by a bound still to come).
    private static func inForce(_ what: String, _ since: PartialDate, _ status: InterventionStatus) -> String {
        status.certainty == .yes ? "\(what) since \(month(since))" : "\(what) \(month(since))–?"
    }

    /// `Aug 2018`, or the year alone.
    private static func month(_ date: PartialDate) -> String {
        date.precision == .year ? "\(date.year)" : date.first.shortMonthText
    }
}
