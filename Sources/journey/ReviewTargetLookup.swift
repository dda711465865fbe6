import JourneyModel

/// Reads what a person typed as the target of a note or mark, within one council.
///
/// Accepted: `council` (or the council's id), an event or letter id in any case, and the
/// canonical forms `event:ID`, `letter:ID`, `report:EVENT-ID` and `report:EVENT-ID:PAGE`
/// (docs/review.md). Anything the council does not hold is a usage error naming it.
enum ReviewTargetLookup {
    static func target(_ typed: String, in council: Council) throws -> ReviewTarget {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.lowercased() == "council" || text.lowercased() == council.id.lowercased() { return .council }
        if let target = ReviewTarget(parsing: text) ?? ReviewTarget(parsing: text.lowercased()) {
            return try checked(target, typed: text, in: council)
        }
        if text.lowercased().hasPrefix("report:") {
            throw CommandFailure(.usage, "'\(text)' is not a report target; write report:EVENT-ID or report:EVENT-ID:PAGE")
        }
        if let event = caseless(text, in: council.events.map(\.id)) { return .event(event) }
        if let letter = caseless(text, in: council.letters.map(\.id)) { return .letter(letter) }
        throw CommandFailure(.usage, IDLookup.notFound("event or letter", text, among: ids(of: council),
                                                       lister: "journey timeline --council \(council.id)"))
    }

    /// The target with its id spelt as the council spells it, or a usage error.
    private static func checked(_ target: ReviewTarget, typed: String, in council: Council) throws -> ReviewTarget {
        switch target {
        case .council: return target
        case .event(let id):
            guard let found = caseless(id, in: council.events.map(\.id)) else { throw missing("event", id, council) }
            return .event(found)
        case .letter(let id):
            guard let found = caseless(id, in: council.letters.map(\.id)) else { throw missing("letter", id, council) }
            return .letter(found)
        case .report(let id, let page):
            let withReports = council.reports.map(\.eventID)
            guard let found = caseless(id, in: withReports) else {
                throw CommandFailure(.usage, IDLookup.notFound("report for event", id, among: withReports,
                                                               lister: "journey timeline --council \(council.id)"))
            }
            let resolved = ReviewTarget.report(eventID: found, page: page)
            guard resolved.exists(in: council) else {
                let pages = council.reports.first { $0.eventID == found }?.pageCount ?? 0
                throw CommandFailure(.usage, "'\(typed)': the report for \(found) has \(pages) pages")
            }
            return resolved
        }
    }

    private static func missing(_ what: String, _ id: String, _ council: Council) -> CommandFailure {
        CommandFailure(.usage, IDLookup.notFound(what, id, among: ids(of: council),
                                                 lister: "journey timeline --council \(council.id)"))
    }

    private static func ids(of council: Council) -> [String] {
        council.events.map(\.id) + council.letters.map(\.id)
    }

    private static func caseless(_ id: String, in ids: [String]) -> String? {
        ids.first { $0 == id } ?? ids.first { $0.lowercased() == id.lowercased() }
    }
}
