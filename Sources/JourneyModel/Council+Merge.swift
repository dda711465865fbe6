/// Merging a council's hand-written events with the events imported from Ofsted's statistics.
extension Council {
    /// A field on which an imported event contradicts the hand-written event it matches.
    public struct MergeConflict: Hashable, Sendable, CustomStringConvertible {
        /// The hand-written event's id.
        public var eventID: String
        /// The imported event's id.
        public var importedID: String
        /// What differs: `published`, `type`, `theme`, or `judgements.<area>`.
        public var field: String
        /// The hand-written value.
        public var handWritten: String
        /// The release's value.
        public var imported: String

        public init(eventID: String, importedID: String, field: String, handWritten: String, imported: String) {
            self.eventID = eventID
            self.importedID = importedID
            self.field = field
            self.handWritten = handWritten
            self.imported = imported
        }

        public var description: String {
            "event '\(eventID)', \(field): hand-written '\(handWritten)', release '\(imported)' ('\(importedID)')"
        }
    }

    /// What ``merge(handWritten:imported:)`` returns.
    public struct Merged: Hashable, Sendable {
        /// The events to show: every hand-written event, then each imported event that matches none.
        public var events: [Event]
        /// Where a matched imported event contradicts its hand-written event.
        public var conflicts: [MergeConflict]
        /// For each imported event folded into a hand-written one: imported id to hand-written id.
        public var matches: [String: String]
        /// Ids of events left out because a different hand-written event has the same id.
        public var skipped: [String] = []
    }

    /// Merges hand-written and imported events into the events the browser shows.
    ///
    /// An imported event matches a hand-written event of the same kind (and, for inspections,
    /// the same framework) when both start on the same day; when either start is partial,
    /// when their date spans overlap; and when the imported event is dated only by its
    /// publication (its start equals its publication date), when the hand-written event was
    /// published on that day. Each hand-written event absorbs at most one imported event. A
    /// matched imported event is dropped; the hand-written event keeps everything it says
    /// and gains the imported event's sources. Differences are returned as conflicts; the
    /// hand-written value is the one shown.
    public static func merge(handWritten: [Event], imported: [Event]) -> Merged {
        var shown = handWritten
        var claimed = Set<Int>()
        var merged = Merged(events: [], conflicts: [], matches: [:])
        var unmatched: [Event] = []
        for event in imported {
            guard let index = matchIndex(for: event, in: handWritten, excluding: claimed) else {
                unmatched.append(event)
                continue
            }
            claimed.insert(index)
            merged.matches[event.id] = handWritten[index].id
            merged.conflicts += conflicts(between: handWritten[index], and: event)
            for source in event.sources where !shown[index].sources.contains(source) {
                shown[index].sources.append(source)
            }
        }
        merged.events = shown + unmatched
        return merged
    }

    /// The first unclaimed hand-written event matching `event`: an exact match first, then a loose one.
    private static func matchIndex(for event: Event, in events: [Event], excluding claimed: Set<Int>) -> Int? {
        let candidates = events.indices.filter { !claimed.contains($0) && sameThing(events[$0], event) }
        return candidates.first { events[$0].start == event.start && event.start.precision == .day }
            ?? candidates.first
    }

    /// Whether a hand-written and an imported event record the same inspection or visit.
    private static func sameThing(_ hand: Event, _ imported: Event) -> Bool {
        guard hand.kind == imported.kind else { return false }
        if case .inspection(let left) = hand.detail, case .inspection(let right) = imported.detail,
           left.framework != right.framework {
            return false
        }
        if let published = imported.published, published == imported.start {
            guard let handPublished = hand.published else { return false }
            return overlaps(handPublished.first, handPublished.last, published.first, published.last)
        }
        if hand.start.precision == .day && imported.start.precision == .day {
            return hand.start == imported.start
        }
        return overlaps(hand.start.first, (hand.end ?? hand.start).last,
                        imported.start.first, (imported.end ?? imported.start).last)
    }

    private static func overlaps(_ start1: CalendarDay, _ end1: CalendarDay,
                                 _ start2: CalendarDay, _ end2: CalendarDay) -> Bool {
        start1 <= max(end2, start2) && start2 <= max(end1, start1)
    }

    /// The fields on which both events say something and disagree.
    private static func conflicts(between hand: Event, and imported: Event) -> [MergeConflict] {
        var found: [(String, String, String)] = []
        if let left = hand.published, let right = imported.published, left.precision == .day,
           right.precision == .day, left != right {
            found.append(("published", left.iso, right.iso))
        }
        switch (hand.detail, imported.detail) {
        case (.inspection(let left), .inspection(let right)):
            if let leftType = left.type, let rightType = right.type, leftType != rightType {
                found.append(("type", leftType.rawValue, rightType.rawValue))
            }
            for judgement in right.judgements {
                if let grade = left.judgements.first(where: { $0.area == judgement.area })?.grade,
                   grade != judgement.grade {
                    found.append(("judgements.\(judgement.area.rawValue)", grade.rawValue, judgement.grade.rawValue))
                }
            }
        case (.visit(let left?), .visit(let right?)) where normalised(left) != normalised(right):
            found.append(("theme", left, right))
        default:
            break
        }
        return found.map {
            MergeConflict(eventID: hand.id, importedID: imported.id, field: $0.0, handWritten: $0.1, imported: $0.2)
        }
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
