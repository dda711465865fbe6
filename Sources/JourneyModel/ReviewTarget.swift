/// What an advisor's note or mark is about: the council as a whole, an event, a letter, or an
/// event's report (the whole of it, or one page).
///
/// Targets refer to ids, never to positions, so a note outlives a re-import of the council. Its
/// text form (``text``, parsed by ``init(parsing:)``) is what the command line takes and what
/// the review store keeps: `council`, `event:ID`, `letter:ID`, `report:EVENT-ID` and
/// `report:EVENT-ID:PAGE`. A bare id names an event or letter once looked up in the council.
public enum ReviewTarget: Hashable, Sendable, Comparable {
    case council
    case event(String)
    case letter(String)
    /// An event's report, and a page of it (1-based) when the note is about one page.
    case report(eventID: String, page: Int?)

    /// The canonical text form, e.g. `event:2019-11-ilacs` or `report:2019-11-ilacs:4`.
    public var text: String {
        switch self {
        case .council: return "council"
        case .event(let id): return "event:\(id)"
        case .letter(let id): return "letter:\(id)"
        case .report(let id, let page?): return "report:\(id):\(page)"
        case .report(let id, nil): return "report:\(id)"
        }
    }

    /// The event a target belongs to (an event or its report); nil otherwise.
    public var eventID: String? {
        switch self {
        case .event(let id), .report(let id, _): return id
        case .council, .letter: return nil
        }
    }

    /// Reads the canonical text form; nil for anything else (a bare id needs a council, see
    /// ``resolve(_:in:)``).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("council"?, 1): self = .council
        case ("event"?, 2) where !parts[1].isEmpty: self = .event(parts[1])
        case ("letter"?, 2) where !parts[1].isEmpty: self = .letter(parts[1])
        case ("report"?, 2) where !parts[1].isEmpty: self = .report(eventID: parts[1], page: nil)
        case ("report"?, 3) where !parts[1].isEmpty:
            guard let page = Int(parts[2]), page >= 1 else { return nil }
            self = .report(eventID: parts[1], page: page)
        default: return nil
        }
    }

    /// Whether the council still holds what the target refers to (a page within the report's
    /// pages). A note whose target is gone is orphaned: kept and listed, never dropped.
    public func exists(in council: Council) -> Bool {
        switch self {
        case .council: return true
        case .event(let id): return council.event(id) != nil
        case .letter(let id): return council.letters.contains { $0.id == id }
        case .report(let id, let page):
            guard let report = council.reports.first(where: { $0.eventID == id }) else { return false }
            return page.map { $0 <= report.pageCount } ?? true
        }
    }

    public static func < (lhs: ReviewTarget, rhs: ReviewTarget) -> Bool { lhs.text < rhs.text }
}
