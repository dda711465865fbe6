import Testing
@testable import JourneyUI

/// Every screen at 120x40, 80x24 and 40x12 against golden files in Snapshots/.
struct SnapshotTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// The screens, each reached by keys from the home screen.
    static let screens: [(name: String, keys: [Key])] = [
        ("home", []),
        ("home-date-2021-06-01", [.character("2"), .down, .character("1")] + Array(repeating: .character("["), count: 4)
            + Array(repeating: .left, count: 5)),
        ("home-detail-focus", [.character("G"), .tab, .down]),
        ("letter", [.character("5"), .enter, .tab]),
        ("letter-search", [.character("5"), .enter, .character("/")] + Fixtures.typing("direction") + [.enter]),
        ("letter-prompt", [.character("5"), .enter, .character("?")] + Fixtures.typing("Sanct")),
        ("search", [.character("/")] + Fixtures.typing("improve") + [.enter, .down]),
        ("search-typing", [.character("/")] + Fixtures.typing("Jan Edw")),
        ("help", [.character("?")]),
        ("picker", [.character("c"), .tab]),
        ("picker-filter", [.character("c"), .character("/")] + Fixtures.typing("west")),
        ("event", [.character("2"), .character("j"), .enter, .tab]),
        ("home-people-2021-06-01", [.character("d")] + Fixtures.typing("2021-06-01") + [.enter, .character("p")]),
        ("home-in-step", [.character("s"), .character("j"), .character("j"), .character("j"), .character("j"),
                          .character("j")]),
        ("home-report-detail", [.character("2"), .down, .tab, .character(" ")]),
        ("event-report", [.character("2"), .down, .enter]),
        ("report", [.character("2"), .down, .enter, .enter]),
        ("report-section", [.character("2"), .down, .enter, .tab, .tab, .tab, .enter]),
        ("report-search", [.character("2"), .down, .enter, .enter, .character("/")] + Fixtures.typing("widespread failures")
            + [.enter]),
        ("improvements-2019-2023", [.character("2"), .down, .character("i")]),
        ("report-sif-table", [.character("2"), .enter, .enter, .character("]"), .character("["), .down, .down, .down, .down]),
    ]

    @Test(arguments: sizes)
    func everyScreen(size: Size) {
        let start = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "middlesbrough",
                             today: Fixtures.today, size: size)
        for screen in SnapshotTests.screens {
            let state = Fixtures.press(screen.keys, from: start)
            Snapshot.check(Renderer.frame(for: state, theme: .color), named: "\(screen.name)-\(size)", theme: .color)
        }
    }

    @Test func monochromeHome() {
        let state = Fixtures.press(Array(repeating: .down, count: 5), from: Fixtures.home(Size(width: 80, height: 24)))
        let frame = Renderer.frame(for: state, theme: .monochrome)
        Snapshot.check(frame, named: "home-monochrome-80x24", theme: .monochrome)
    }

    @Test(arguments: [Size(width: 39, height: 12), Size(width: 20, height: 5)])
    func tooSmall(size: Size) {
        let frame = Renderer.frame(for: Fixtures.home(size), theme: .color)
        Snapshot.check(frame, named: "too-small-\(size)", theme: .color)
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 1, height: 40),
                      Size(width: 200, height: 1), Size(width: 40, height: 12), Size(width: 41, height: 13)])
    func neverCrashesAtAnySize(size: Size) {
        let start = AppState(councils: Fixtures.bundled + Fixtures.others, today: Fixtures.today, size: size)
        for screen in SnapshotTests.screens {
            let frame = Renderer.frame(for: Fixtures.press(screen.keys, from: start), theme: .color)
            #expect(frame.buffer.width == size.width && frame.buffer.height == size.height)
            if let cursor = frame.cursor {
                #expect(cursor.x >= 0 && cursor.x < size.width && cursor.y >= 0 && cursor.y < size.height)
            }
        }
    }
}
