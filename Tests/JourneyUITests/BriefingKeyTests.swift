import JourneyModel
import Testing
@testable import JourneyUI

/// `B` asks the run loop to write the briefing on the council and the date cursor's day, and
/// the status line says where it went, or why not.
@Suite struct BriefingKeyTests {
    @Test func bAsksForTheBriefingOnTheDateCursorsDay() {
        let moved = Fixtures.press([.character("["), .character("[")], from: Fixtures.home(Size(width: 120, height: 40)))
        let (_, effects) = Reducer.reduce(moved, .key(.character("B")), terminalSize: moved.size)
        #expect(effects.contains(.writeBriefing(councilID: "middlesbrough", day: moved.dateCursor)))
        #expect(moved.dateCursor != Fixtures.today)
    }

    @Test func theStatusLineSaysWhereOrWhyNot() {
        let home = Fixtures.home(Size(width: 120, height: 40))
        let written = Reducer.reduce(home, briefingWritten: .success("/tmp/x/middlesbrough-2025-11-30.html")).0
        #expect(written.message == "Wrote /tmp/x/middlesbrough-2025-11-30.html")
        #expect(Fixtures.text(of: written).last?.contains("Wrote /tmp/x/middlesbrough-2025-11-30.html") == true)
        let refused = Reducer.reduce(home, briefingWritten: .failure(BriefingFailure("the folder is read-only"))).0
        #expect(refused.message == "No briefing written: the folder is read-only")
    }

    @Test func theRunLoopCallsTheWriterWithTheCouncilAndDay() {
        let backend = ScriptedBackend(size: (120, 40), inputs: [.key(.character("B")), .key(.character("q"))])
        var asked: [(String, CalendarDay)] = []
        let runner = AppRunner(state: Fixtures.home(Size(width: 120, height: 40)), backend: backend, theme: .color,
                               briefingWriter: { council, day in
                                   asked.append((council.id, day))
                                   return .success("/somewhere/\(council.id)-\(day.iso).html")
                               })
        _ = runner.run()
        #expect(asked.map(\.0) == ["middlesbrough"])
        #expect(asked.map(\.1) == [Fixtures.today])
        #expect(backend.frames.contains { $0.buffer.lines.last?.contains("Wrote /somewhere/middlesbrough-2025-11-30.html") == true })
    }

    @Test func withoutAWriterItSaysSo() {
        let backend = ScriptedBackend(size: (120, 40), inputs: [.key(.character("B")), .key(.character("q"))])
        _ = AppRunner(state: Fixtures.home(Size(width: 120, height: 40)), backend: backend, theme: .color).run()
        #expect(backend.frames.contains { $0.buffer.lines.last?.contains("No briefing written: briefings cannot be written here") == true })
    }
}
