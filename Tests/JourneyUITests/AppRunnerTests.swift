import Testing
@testable import JourneyUI

/// A terminal in memory: scripted input, every frame kept.
final class ScriptedBackend: TerminalBackend {
    var size: (width: Int, height: Int)
    private var inputs: [Input]
    private var resizes: [Int: (Int, Int)]
    private(set) var frames: [Frame] = []
    private var read = 0

    /// - Parameter resizes: the size to switch to just before the input at an index is read.
    init(size: (Int, Int), inputs: [Input], resizes: [Int: (Int, Int)] = [:]) {
        self.size = size
        self.inputs = inputs
        self.resizes = resizes
    }

    func draw(_ frame: Frame) { frames.append(frame) }

    func nextInput(timeoutMilliseconds: Int) -> Input? {
        if let newSize = resizes[read] { size = newSize }
        defer { read += 1 }
        return read < inputs.count ? inputs[read] : .signal(1)
    }
}

struct AppRunnerTests {
    @Test func runsKeysToQuitAndDrawsEveryStep() {
        let backend = ScriptedBackend(size: (80, 24), inputs: [.key(.character("j")), .key(.character("?")),
                                                               .key(.character("q")), .key(.character("q"))])
        let runner = AppRunner(state: Fixtures.home(Size(width: 80, height: 24)), backend: backend, theme: .monochrome)
        #expect(runner.run() == 0)
        #expect(backend.frames.count == 4, "the first frame and one per key before quitting")
        #expect(backend.frames.first?.repaintsAll == true)
        #expect(backend.frames[2].buffer.lines[0].hasPrefix("Help"))
        #expect(runner.state.timeline.selected == 1)
    }

    @Test func resizeRelaysOutAndSignalsQuitWithTheirCode() {
        let backend = ScriptedBackend(size: (80, 24), inputs: [.resize, .resumed, .signal(15)], resizes: [0: (40, 12)])
        let runner = AppRunner(state: Fixtures.home(Size(width: 120, height: 40)), backend: backend, theme: .color)
        #expect(runner.run() == 143)
        #expect(backend.frames.first?.buffer.width == 80)
        #expect(backend.frames[1].buffer.width == 40 && backend.frames[1].buffer.height == 12)
        #expect(backend.frames[1].repaintsAll == false)
        #expect(backend.frames[2].repaintsAll == true, "resuming after Ctrl-Z repaints everything")
    }

    @Test func ctrlLRepaintsEverything() {
        let backend = ScriptedBackend(size: (80, 24), inputs: [.key(.control("l")), .key(.control("c"))])
        let runner = AppRunner(state: Fixtures.home(Size(width: 80, height: 24)), backend: backend, theme: .color)
        #expect(runner.run() == 0)
        #expect(backend.frames.map(\.repaintsAll) == [true, true])
    }
}
