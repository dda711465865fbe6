import JourneyBrief
import JourneyModel

extension BriefingReview {
    /// The review store's notes and marks on a council, as the briefing shows them: targets by
    /// id (a report by its own id, a note on one page saying which), the council's own marks
    /// left out (the briefing marks events, letters and reports).
    init(_ snapshot: ReviewSnapshot, council: Council) {
        func id(of target: ReviewTarget) -> String? {
            switch target {
            case .council: return nil
            case .event(let id), .letter(let id): return id
            case .report(let eventID, _): return council.reports.first { $0.eventID == eventID }?.id ?? eventID
            }
        }
        let notes = snapshot.notes.map { note in
            var text = note.text
            if case .report(_, let page?) = note.target { text = "[page \(page)] " + text }
            return BriefingNote(targetID: id(of: note.target), targetLabel: note.target.text, text: text,
                                author: note.author, written: note.created)
        }
        let marked = { (mark: ReviewMark) in Set(snapshot.marks.filter { $0.value == mark }.keys.compactMap(id)) }
        self.init(notes: notes, flagged: marked(.flagged), reviewed: marked(.reviewed))
    }

    /// The review on a council from the store. A store that cannot be read stops the briefing
    /// (its error names the file): a briefing without the notes would say "No notes recorded",
    /// which the store does not back.
    static func stored(for council: Council) throws -> BriefingReview {
        BriefingReview(try ReviewAccess.snapshot(councilID: council.id), council: council)
    }
}
