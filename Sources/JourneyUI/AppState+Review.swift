import Foundation
import JourneyModel

extension AppState {
    /// What a note or mark made now is about: the home screen's selected row (the council when
    /// there is none), the event shown, the letter read, or the page of the report read.
    public var reviewTarget: ReviewTarget? {
        switch screen {
        case .home: return selectedRow?.reviewTarget ?? .council
        case .event: return eventPage.map { .event($0.eventID) }
        case .letter:
            switch reader?.source {
            case .letter(let letter)?: return .letter(letter.id)
            case .report(let report, _)?: return .report(eventID: report.eventID, page: reader?.page)
            case nil: return nil
            }
        default: return nil
        }
    }

    /// Applies a note or mark command, and every command while a note is typed; nil for other
    /// commands.
    mutating func applyReview(_ command: Command) -> [Effect]? {
        if notePrompt != nil { return applyNotePrompt(command) }
        switch command {
        case .addNote, .editNote, .noteInEditor, .noteOnCouncil, .toggleFlag, .toggleReviewed: break
        default: return nil
        }
        guard review.councilID == council.id else {
            message = "Your notes and marks are still being read; try again."
            return []
        }
        let target = command == .noteOnCouncil ? ReviewTarget.council : reviewTarget
        guard let target else { return nil }
        let latest = review.notes(on: target).last
        switch command {
        case .addNote, .noteOnCouncil:
            notePrompt = NotePrompt(target: target, noteID: nil, label: "Note on \(describe(target)): ")
            if target == .council, screen == .home {
                detailMode = .people
                detailScroll = 0
            }
        case .editNote:
            guard let latest else {
                message = "No note on \(describe(target)) to edit. Press a to add one."
                return []
            }
            notePrompt = NotePrompt(target: target, noteID: latest.id, label: "Edit note \(latest.id): ",
                                    text: latest.text)
        case .noteInEditor:
            return [.editNoteInEditor(NoteEdit(councilID: council.id, target: target, noteID: latest?.id,
                                               text: latest?.text ?? ""))]
        case .toggleFlag: return [toggled(.flagged, on: target)]
        default: return [toggled(.reviewed, on: target)]
        }
        return []
    }

    /// The typed note: Enter saves it, Escape drops it; other commands wait until it is done.
    private mutating func applyNotePrompt(_ command: Command) -> [Effect] {
        guard let prompt = notePrompt else { return [] }
        switch command {
        case .deleteBackward:
            notePrompt?.line.deleteBackward()
        case .cancel, .back:
            notePrompt = nil
            message = "Note not saved."
        case .submit:
            notePrompt = nil
            let text = prompt.line.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                message = "An empty note is not saved."
                return []
            }
            return [.saveNote(NoteEdit(councilID: council.id, target: prompt.target, noteID: prompt.noteID, text: text))]
        default:
            message = "Finish the note first: Enter saves it, Escape drops it."
        }
        return []
    }

    /// Sets a mark, or clears it when the target already has it.
    private mutating func toggled(_ mark: ReviewMark, on target: ReviewTarget) -> Effect {
        let setting: ReviewMark? = review.marks[target] == mark ? nil : mark
        return .setMark(setting, target: target, councilID: council.id)
    }

    /// A target in words, for the prompt and messages.
    func describe(_ target: ReviewTarget) -> String {
        switch target {
        case .council: return council.name
        case .event(let id): return council.event(id).map { "\($0.kind.label) \($0.start.shortText)" } ?? id
        case .letter(let id): return council.letter(id).map { "letter \($0.date.shortText)" } ?? id
        case .report(let id, let page):
            let event = council.event(id).map { "\($0.kind.label) \($0.start.shortText)" } ?? id
            return "report of \(event)" + (page.map { ", p. \($0)" } ?? "")
        }
    }

    /// Takes the store's notes and marks after a read or a write, with a notice or an error.
    mutating func receive(review snapshot: ReviewSnapshot?, notice: String?) {
        if let snapshot { take(snapshot) }
        if let notice { message = notice }
    }

    /// What the review holds on what is shown, for the status line: "flagged · 2 notes"; nil
    /// when nothing.
    var reviewSummary: String? {
        guard let target = reviewTarget, target != .council else { return nil }
        let count = review.notes(on: target).count
        let parts = [review.marks[target]?.rawValue, count == 0 ? nil : "\(count) note\(count == 1 ? "" : "s")"]
        let summary = parts.compactMap { $0 }.joined(separator: " · ")
        return summary.isEmpty ? nil : summary
    }

    /// The status line's review progress, e.g. "12 of 27 reviewed".
    var reviewProgressText: String { "\(reviewedCount) of \(reviewableCount) reviewed" }
}
