import JourneyModel

/// A council's intervention status in a few words, for the picker's "intervention now" column
/// and its "under direction now" filter.
///
/// The one place the picker reads an ``InterventionStatus``: states it does not name here get
/// their words from the status's own sentence (up to its first date or clause), so a new state
/// the model reports shows without a change here.
public struct InterventionBrief: Hashable, Sendable {
    /// A few words: "Direction since 2020", "Revoked Sep 2024" (a direction ended), "Not known",
    /// or the status sentence's own first words ("Not under a direction").
    public var text: String
    /// Whether a statutory direction is certainly in force.
    public var isUnderDirection: Bool
    /// Sort order: in force first, then not known, then revoked, then the rest.
    public var rank: Int

    public init(_ status: InterventionStatus) {
        if status.certainty == .unknown {
            (text, isUnderDirection, rank) = ("Not known", false, 1)
        } else if case .underDirection(let since, _, _) = status.state {
            (text, isUnderDirection, rank) = ("Direction since \(since.compactText)", true, 0)
        } else if case .revoked(let on, _, _, _, _) = status.state {
            (text, isUnderDirection, rank) = ("Revoked \(on.precision == .year ? "\(on.year)" : on.first.shortMonthText)", false, 2)
        } else {
            (text, isUnderDirection, rank) = (InterventionBrief.words(of: status.sentence), false, 3)
        }
    }

    /// The sentence up to its first clause, date or bracket, "statutory " left out for the
    /// column: "Not under a statutory direction" gives "Not under a direction", "Under an
    /// improvement notice since 2022" gives "Under an improvement notice".
    static func words(of sentence: String) -> String {
        var text = Substring(sentence)
        for mark in [";", ":", " (", " since ", " on ", " in "] {
            if let range = text.range(of: mark) { text = text[..<range.lowerBound] }
        }
        return text.replacingOccurrences(of: "statutory ", with: "")
    }
}
