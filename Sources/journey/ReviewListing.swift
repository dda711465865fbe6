import Foundation
import JourneyModel

/// One council's notes and marks, with what each target is called, for `journey note list`.
struct ReviewListing {
    let councilID: String
    /// The council when the data root still holds it; nil when it is gone (every note orphaned).
    let council: Council?
    let snapshot: ReviewSnapshot

    /// Whether a note's target is gone from the council.
    func isOrphaned(_ target: ReviewTarget) -> Bool {
        guard let council else { return true }
        return !target.exists(in: council)
    }

    /// What a target is, in words: an event's date and title, a letter's subject, a report page.
    func label(of target: ReviewTarget) -> String {
        guard let council, !isOrphaned(target) else { return "\(target.text) (no longer in the council's data)" }
        switch target {
        case .council: return "\(council.name) as a whole"
        case .event(let id):
            guard let event = council.event(id) else { return target.text }
            return "\(event.start.shortText) · \(event.title)"
        case .letter(let id): return council.letter(id).map { "Letter of \($0.date.shortText): \($0.subject)" } ?? id
        case .report(let id, let page):
            let title = council.event(id)?.title ?? id
            return "Report on \(title)" + (page.map { ", page \($0)" } ?? "")
        }
    }

    /// The marks in target order.
    var marks: [(target: ReviewTarget, mark: ReviewMark)] {
        snapshot.marks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// When a note was written or last changed, in UTC to the minute.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// Plain text: one line per mark, then each note under a heading line.
    var textLines: [String] {
        var lines = ["\(councilID): \(snapshot.notes.count) note\(snapshot.notes.count == 1 ? "" : "s"), "
                     + "\(marks.count) mark\(marks.count == 1 ? "" : "s")"]
        lines += marks.map { "  \($0.mark.rawValue) \($0.target.text)" + (isOrphaned($0.target) ? " (orphaned)" : "") }
        for note in snapshot.notes {
            let orphan = isOrphaned(note.target) ? " (orphaned: no longer in the council's data)" : ""
            lines.append("  #\(note.id) \(note.target.text)\(orphan) · \(note.author) · \(Self.time(note.updated))")
            lines += note.text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
        }
        return lines
    }

    /// GitHub-flavoured Markdown: marks, then notes grouped by what they are on.
    var markdownLines: [String] {
        var lines = ["# Review of \(council?.name ?? councilID)", ""]
        for kind in ReviewMark.allCases {
            let marked = marks.filter { $0.mark == kind }
            guard !marked.isEmpty else { continue }
            lines += ["## \(kind.rawValue.capitalized)", ""]
            lines += marked.map { "- \(Self.escaped(label(of: $0.target))) (`\($0.target.text)`)" } + [""]
        }
        guard !snapshot.notes.isEmpty else { return lines + ["No notes."] }
        lines += ["## Notes", ""]
        let targets = snapshot.notes.map(\.target).reduce(into: [ReviewTarget]()) { if !$0.contains($1) { $0.append($1) } }
        for target in targets {
            lines += ["### \(Self.escaped(label(of: target))) (`\(target.text)`)", ""]
            for note in snapshot.notes(on: target) {
                let body = note.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines += body.enumerated().map { $0.offset == 0 ? "- \(Self.escaped($0.element))" : "  \(Self.escaped($0.element))" }
                lines += ["  — \(Self.escaped(note.author)), \(Self.time(note.updated)) (note \(note.id))", ""]
            }
        }
        return lines
    }

    /// Text with Markdown's active characters escaped, so a note reads as it was typed.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>#|!".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
