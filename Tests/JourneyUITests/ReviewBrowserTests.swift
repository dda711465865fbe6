import Foundation
import JourneyModel
import Testing
@testable import JourneyUI

/// Notes and marks in memory, as the review store keeps them, counting what is written.
class MemoryReview: ReviewKeeping {
    var notes: [ReviewNote] = []
    var marks: [String: [ReviewTarget: ReviewMark]] = [:]
    var edited: String?
    var editorCalls: [String] = []
    private var next: Int64 = 1

    func snapshot(councilID: String) throws -> ReviewSnapshot {
        ReviewSnapshot(councilID: councilID, notes: notes.filter { $0.councilID == councilID },
                       marks: marks[councilID] ?? [:])
    }

    func saveNote(_ edit: NoteEdit) throws -> ReviewSnapshot {
        if let id = edit.noteID, let index = notes.firstIndex(where: { $0.id == id }) {
            notes[index].text = edit.text
        } else {
            notes.append(ReviewNote(id: next, councilID: edit.councilID, target: edit.target, text: edit.text,
                                    author: "amy", created: Date(timeIntervalSince1970: 0),
                                    updated: Date(timeIntervalSince1970: 0)))
            next += 1
        }
        return try snapshot(councilID: edit.councilID)
    }

    func setMark(_ mark: ReviewMark?, on target: ReviewTarget, councilID: String) throws -> ReviewSnapshot {
        marks[councilID, default: [:]][target] = mark
        return try snapshot(councilID: councilID)
    }

    func editInEditor(_ text: String) throws -> String? {
        editorCalls.append(text)
        return edited
    }

    func takeNotice() -> String? { nil }
}

/// A backend that records when the terminal was handed to another program.
final class HandingBackend: TerminalBackend {
    let inner: ScriptedBackend
    private(set) var handOvers = 0
    init(_ inner: ScriptedBackend) { self.inner = inner }
    var size: (width: Int, height: Int) { inner.size }
    func draw(_ frame: Frame) { inner.draw(frame) }
    func nextInput(timeoutMilliseconds: Int) -> Input? { inner.nextInput(timeoutMilliseconds: timeoutMilliseconds) }
    func handOver(_ body: () -> Void) {
        handOvers += 1
        body()
    }
}

@Suite struct ReviewBrowserTests {
    private let size = Size(width: 120, height: 40)

    private func run(_ keys: [Key], review: MemoryReview, backend: ((ScriptedBackend) -> any TerminalBackend)? = nil)
        -> (AppRunner, ScriptedBackend) {
        let scripted = ScriptedBackend(size: (size.width, size.height), inputs: keys.map(Input.key))
        let runner = AppRunner(state: Fixtures.home(size), backend: backend?(scripted) ?? scripted, theme: .monochrome,
                               review: review)
        _ = runner.run()
        return (runner, scripted)
    }

    @Test func aNoteTypedOnTheSelectedRowIsSavedAndShown() throws {
        let review = MemoryReview()
        let (runner, backend) = run([.character("a")] + Fixtures.typing("Ask about caseloads") + [.enter], review: review)
        let selected = try #require(Fixtures.home(size).selectedRow)
        #expect(review.notes.map(\.text) == ["Ask about caseloads"])
        #expect(review.notes.map(\.target) == [selected.reviewTarget])
        #expect(runner.state.review.notes.count == 1)
        let screen = try #require(backend.frames.last).buffer.lines
        #expect(screen.contains { $0.contains("Your review") })
        #expect(screen.contains { $0.contains("Ask about caseloads") })
        #expect(screen.contains { $0.contains("> ") && $0.contains(" +") })
        #expect(screen.contains { $0.contains("* flagged ✓ reviewed + note") }, "\(screen.joined(separator: "\n"))")
    }

    @Test func escapeDropsTheNoteAndOtherKeysWaitForIt() {
        let review = MemoryReview()
        let (runner, _) = run([.character("a")] + Fixtures.typing("draft") + [.down, .escape], review: review)
        #expect(review.notes.isEmpty)
        #expect(runner.state.timeline.selected == 0)
        #expect(runner.state.message == "Note not saved.")
    }

    @Test func flagAndReviewedToggleAndCountTowardProgress() throws {
        let review = MemoryReview()
        let (runner, backend) = run([.character("F"), .character("j"), .character("r"), .character("j"), .character("r"),
                                     .character("r")], review: review)
        let state = runner.state
        let rows = state.rows
        #expect(review.marks["middlesbrough"]?[rows[0].reviewTarget] == .flagged)
        #expect(review.marks["middlesbrough"]?[rows[1].reviewTarget] == .reviewed)
        #expect(review.marks["middlesbrough"]?[rows[2].reviewTarget] == nil, "the second r cleared it")
        #expect(state.reviewedCount == 1)
        #expect(backend.frames.last?.buffer.lines.last?.contains("Mark cleared.") == true)
        let moved = Fixtures.press([.character("k")], from: state)
        let status = Fixtures.text(of: moved).last ?? ""
        #expect(status.contains("timeline 2/\(rows.count) (all) · 1 of \(rows.count) reviewed"))
    }

    @Test func theReviewFiltersPickFlaggedUnreviewedAndNotedRows() {
        let review = MemoryReview()
        let keys: [Key] = [.character("F"), .character("j"), .character("j"), .character("r"), .character("j"),
                           .character("a"), .character("x"), .enter]
        let (base, _) = run(keys, review: review)
        let all = base.state.rows
        var state = base.state
        state = Fixtures.press([.character("6")], from: state)
        #expect(state.rows == [all[0]])
        state = Fixtures.press([.character("7")], from: state)
        #expect(state.rows == all.enumerated().filter { $0.offset != 2 }.map(\.element))
        state = Fixtures.press([.character("8")], from: state)
        #expect(state.rows == [all[3]])
        // f goes on from the last kind filter through the review ones and back to all.
        state = Fixtures.press([.character("5"), .character("f")], from: state)
        #expect(state.filter == .flagged)
        state = Fixtures.press([.character("f"), .character("f"), .character("f")], from: state)
        #expect(state.filter == .all)
    }

    @Test func eEditsTheLatestNoteAndCapitalEUsesTheEditor() throws {
        let review = MemoryReview()
        review.edited = "A long note\nwritten in the editor\n"
        var handing: HandingBackend?
        let keys: [Key] = [.character("a"), .character("x"), .enter, .character("e")] + Fixtures.typing("yz")
            + [.enter, .character("E")]
        let (runner, _) = run(keys, review: review) { scripted in
            let backend = HandingBackend(scripted)
            handing = backend
            return backend
        }
        #expect(review.editorCalls == ["xyz"], "the editor starts from the latest note")
        #expect(handing?.handOvers == 1)
        #expect(review.notes.map(\.text) == ["A long note\nwritten in the editor"])
        #expect(runner.state.message == "Note 1 changed.")
    }

    @Test func anEditorLeftWithoutChangeSavesNothing() {
        let review = MemoryReview()
        review.edited = nil
        let (runner, _) = run([.character("E")], review: review)
        #expect(review.notes.isEmpty)
        #expect(runner.state.message == "Note not changed.")
    }

    @Test func searchFindsNoteTextAndOpensWhatItIsOn() throws {
        let review = MemoryReview()
        let keys: [Key] = [.character("j"), .character("a")] + Fixtures.typing("zebra crossing") + [.enter,
            .character("/")] + Fixtures.typing("ZEBRA") + [.enter]
        let (runner, backend) = run(keys, review: review)
        let hits = runner.state.search.hits
        #expect(hits.count == 1)
        #expect(hits.first?.owner == .note)
        #expect(try #require(backend.frames.last).buffer.lines.contains { $0.contains("Note 1") })
        let opened = Fixtures.press([.enter], from: runner.state)
        #expect(opened.screen == .event || opened.screen == .letter)
    }

    @Test func withoutAStoreNothingIsKeptAndTheUserIsTold() {
        let scripted = ScriptedBackend(size: (120, 40), inputs: [.key(.character("F"))])
        let runner = AppRunner(state: Fixtures.home(size), backend: scripted, theme: .monochrome)
        _ = runner.run()
        #expect(runner.state.review.marks.isEmpty)
        #expect(scripted.frames.last?.buffer.lines.last?.contains("cannot be kept") == true)
    }

    @Test func theReviewKeysReachTheirCommandsOnEveryScreenThatHasATarget() {
        for context in [KeyContext.home, .event, .letter, .report] {
            #expect(KeyTable.standard.command(for: .character("a"), in: [context]) == .addNote)
            #expect(KeyTable.standard.command(for: .character("e"), in: [context]) == .editNote)
            #expect(KeyTable.standard.command(for: .character("E"), in: [context]) == .noteInEditor)
            #expect(KeyTable.standard.command(for: .character("F"), in: [context]) == .toggleFlag)
            #expect(KeyTable.standard.command(for: .character("r"), in: [context]) == .toggleReviewed)
        }
        #expect(KeyTable.standard.command(for: .character("r"), in: [.picker]) == .reverseSort)
    }
}

@Suite struct CouncilNoteTests {
    @Test func aNoteOnTheCouncilIsShownWithThePeopleInPost() {
        let review = MemoryReview()
        let keys: [Key] = [.character("A")] + Fixtures.typing("Whole-council worry") + [.enter]
        let backend = ScriptedBackend(size: (120, 40), inputs: keys.map(Input.key))
        let runner = AppRunner(state: Fixtures.home(Size(width: 120, height: 40)), backend: backend, theme: .monochrome,
                               review: review)
        _ = runner.run()
        #expect(review.notes.map(\.target) == [.council])
        #expect(runner.state.detailMode == .people)
        let screen = backend.frames.last?.buffer.lines ?? []
        #expect(screen.contains { $0.contains("Your notes on the council") })
        #expect(screen.contains { $0.contains("Whole-council worry") })
    }

    @Test func aFailingEditorIsReportedAndNothingSaved() {
        final class Failing: MemoryReview {
            struct Broken: Error, CustomStringConvertible { var description: String { "The editor (nano) exited with status 127" } }
            override func editInEditor(_ text: String) throws -> String? { throw Broken() }
        }
        let review = Failing()
        let backend = ScriptedBackend(size: (120, 40), inputs: [.key(.character("E"))])
        let runner = AppRunner(state: Fixtures.home(Size(width: 120, height: 40)), backend: backend, theme: .monochrome,
                               review: review)
        _ = runner.run()
        #expect(review.notes.isEmpty)
        #expect(runner.state.message == "The editor (nano) exited with status 127")
    }
}

@Suite struct UnreadableReviewTests {
    final class Unreadable: MemoryReview {
        struct Damaged: Error, CustomStringConvertible { var description: String { "Review store damaged" } }
        private(set) var reads = 0
        override func snapshot(councilID: String) throws -> ReviewSnapshot {
            reads += 1
            throw Damaged()
        }
    }

    @Test func aStoreThatCannotBeReadIsSaidOnceAndTheCouncilShownWithoutIt() {
        let review = Unreadable()
        let keys: [Key] = [.character("j"), .character("c"), .character("k"), .enter, .character("j")]
        let backend = ScriptedBackend(size: (120, 40), inputs: keys.map(Input.key))
        let state = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "middlesbrough",
                             today: Fixtures.today, size: Size(width: 120, height: 40))
        let runner = AppRunner(state: state, backend: backend, theme: .monochrome, review: review)
        _ = runner.run()
        #expect(backend.frames.first?.buffer.lines.last?.contains("Review store damaged") == true)
        #expect(backend.frames[1].buffer.lines.last?.contains("Review store damaged") == false)
        #expect(runner.state.council.id != "middlesbrough")
        #expect(runner.state.review.councilID == runner.state.council.id)
        #expect(review.reads == 2, "once at the start, once for the council chosen")
    }
}
