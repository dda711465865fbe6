import Foundation
import JourneyModel

/// The run loop, and the only impure part of the UI core: it reads input from a backend,
/// resolves keys through the key table, reduces, carries out effects and draws frames.
public final class AppRunner {
    private let backend: any TerminalBackend
    private let theme: Theme
    private let keys: KeyTable
    private let reportText: ReportTextLoader?
    private let review: (any ReviewKeeping)?
    private let briefingWriter: BriefingWriter?
    /// The current state (readable for tests that drive the loop).
    public private(set) var state: AppState

    /// Reads a report's text when it is first read (from the data the council came from).
    public typealias ReportTextLoader = (_ councilID: String, _ report: Report) throws -> ReportText

    /// Writes the briefing on a council on a day and returns where it went (a path for people).
    public typealias BriefingWriter = (_ council: Council, _ day: CalendarDay) -> Result<String, BriefingFailure>

    /// - Parameters:
    ///   - state: the state to start from, e.g. `AppState(councils:councilID:today:)`.
    ///   - backend: the terminal (``TerminalBackend``).
    ///   - theme: ``Theme/color``, or ``Theme/monochrome`` for `NO_COLOR` / `--no-color`.
    ///   - keys: the key table.
    ///   - reportText: reads a report's text; without it, reports cannot be opened.
    ///   - review: keeps the advisor's notes and marks; without it, none are shown or kept.
    ///   - briefingWriter: writes a briefing; without it, the status line says none can be written.
    public init(state: AppState, backend: any TerminalBackend, theme: Theme, keys: KeyTable = .standard,
                reportText: ReportTextLoader? = nil, review: (any ReviewKeeping)? = nil,
                briefingWriter: BriefingWriter? = nil) {
        self.state = state
        self.backend = backend
        self.theme = theme
        self.keys = keys
        self.reportText = reportText
        self.review = review
        self.briefingWriter = briefingWriter
    }

    /// Runs until a quit command or signal, and returns the exit code (0, or 128 + signal).
    public func run() -> Int32 {
        state = Reducer.reduce(state, .resize, terminalSize: currentSize(), keys: keys).0
        perform(.loadReview(councilID: state.council.id))
        var first = Renderer.frame(for: state, theme: theme, keys: keys)
        first.repaintsAll = true
        backend.draw(first)
        Renderer.prepareAhead(for: state)
        while true {
            guard let input = backend.nextInput(timeoutMilliseconds: 1000) else { continue }
            let (next, effects) = Reducer.reduce(state, input, terminalSize: currentSize(), keys: keys)
            state = next
            if let code = effects.lazy.compactMap(AppRunner.exitCode).first { return code }
            effects.forEach(perform)
            var frame = Renderer.frame(for: state, theme: theme, keys: keys)
            frame.repaintsAll = effects.contains { if case .editNoteInEditor = $0 { true } else { $0 == .redraw } }
            backend.draw(frame)
            Renderer.prepareAhead(for: state)
        }
    }

    /// Carries out an effect that reads or writes (quit and redraw are the loop's own).
    private func perform(_ effect: Effect) {
        switch effect {
        case .quit, .redraw: break
        case .loadReportTexts(let councilID, let reportIDs): load(reportIDs, of: councilID)
        case .loadReview(let councilID): loadReview(of: councilID)
        case .saveNote(let edit):
            reviewing(edit.noteID == nil ? "Note saved." : "Note \(edit.noteID ?? 0) changed.") { try $0?.saveNote(edit) }
        case .setMark(let mark, let target, let councilID):
            reviewing(mark.map { $0 == .flagged ? "Flagged." : "Marked reviewed." } ?? "Mark cleared.") {
                try $0?.setMark(mark, on: target, councilID: councilID)
            }
        case .editNoteInEditor(let edit): editInEditor(edit)
        case .writeBriefing(let councilID, let day): writeBriefing(councilID, day)
        }
    }

    /// Reads a council's notes and marks; when they cannot be read, the council is shown
    /// without them (and the status line says why), so the read is not asked for again and again.
    private func loadReview(of councilID: String) {
        let empty = ReviewSnapshot(councilID: councilID)
        do {
            let snapshot = try review?.snapshot(councilID: councilID) ?? empty
            state = Reducer.reduce(state, review: snapshot, notice: review?.takeNotice()).0
        } catch {
            state = Reducer.reduce(state, review: empty, notice: "\(error)").0
        }
    }

    /// Runs a review store change and hands its notes and marks to the reducer, with `done` (or
    /// the store's own notice, or the error) for the status line.
    private func reviewing(_ done: String, _ body: (_ keeper: (any ReviewKeeping)?) throws -> ReviewSnapshot?) {
        if review == nil {
            state = Reducer.reduce(state, review: nil, notice: "Notes and marks cannot be kept here.").0
            return
        }
        do {
            let snapshot = try body(review)
            state = Reducer.reduce(state, review: snapshot, notice: review?.takeNotice() ?? done).0
        } catch {
            state = Reducer.reduce(state, review: nil, notice: "\(error)").0
        }
    }

    /// Hands the terminal to `$VISUAL`/`$EDITOR` for a note, then saves what was written.
    private func editInEditor(_ edit: NoteEdit) {
        guard let review else { return reviewing("", { _ in nil }) }
        var written: String?
        var failure: (any Error)?
        backend.handOver {
            do { written = try review.editInEditor(edit.text) } catch { failure = error }
        }
        let text = written?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let failure {
            state = Reducer.reduce(state, review: nil, notice: "\(failure)").0
        } else if text.isEmpty || text == edit.text.trimmingCharacters(in: .whitespacesAndNewlines) {
            state = Reducer.reduce(state, review: nil, notice: "Note not changed.").0
        } else {
            var changed = edit
            changed.text = text
            perform(.saveNote(changed))
        }
    }

    /// Reads report texts and hands them to the reducer: the only file reading the browser does
    /// after it starts.
    private func load(_ reportIDs: [String], of councilID: String) {
        guard let council = state.loadedCouncil(councilID) else { return }
        var texts: [String: ReportText] = [:]
        var failures: [String] = []
        for id in reportIDs {
            guard let report = council.report(id) else { continue }
            guard let reportText else {
                failures.append("reports cannot be read here")
                continue
            }
            do {
                texts[id] = try reportText(councilID, report)
            } catch {
                failures.append("\(error)")
            }
        }
        state = Reducer.reduce(state, loaded: texts, failures: failures).0
    }

    /// Writes a briefing through the executable's writer and says where in the status line.
    private func writeBriefing(_ councilID: String, _ day: CalendarDay) {
        let result: Result<String, BriefingFailure>
        let council = state.loadedCouncil(councilID)
        if let briefingWriter, let council {
            result = briefingWriter(council, day)
        } else {
            result = .failure(BriefingFailure("briefings cannot be written here"))
        }
        state = Reducer.reduce(state, briefingWritten: result).0
    }

    private func currentSize() -> Size {
        Size(width: backend.size.width, height: backend.size.height)
    }

    private static func exitCode(_ effect: Effect) -> Int32? {
        if case .quit(let code) = effect { return code }
        return nil
    }
}
