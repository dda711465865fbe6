import JourneyModel
import Testing
@testable import JourneyUI

/// A council whose every text is hostile, on every screen at three widths: no cell may hold a
/// control character, and every row must be exactly as wide as the screen.
struct HostileCouncilTests {
    static let nasty = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mRED\r\u{9B}1;1H\u{1B}P+q\u{1B}\\ ‮evil‬ "
        + "漢字テキスト 👩‍👩‍👧‍👦 🇬🇧 e\u{301}\u{302} \u{0}\u{7F}\t\u{1B}]52;c;Y2xpcA==\u{7}"
    static let longLine = String(repeating: "Ꙭ長い\u{1B}[1m", count: 300)

    static let council = Council(
        id: "hostile", name: "Hostile \(nasty)", region: nasty,
        people: [RoleHolder(name: nasty, role: .mayor)],
        events: [
            Event(id: "ilacs-2020", kind: .inspection, title: nasty, start: PartialDate(year: 2020, month: 2, day: 3)!,
                  summary: nasty + "\n" + longLine, sources: [Source(title: nasty, url: longLine)], letterIDs: ["l1"],
                  people: [EventPerson(name: nasty, role: nasty)],
                  detail: .inspection(Inspection(framework: .ilacs, judgements: [
                      Judgement(area: .overallEffectiveness, grade: .inadequate)]))),
            Event(id: "direction-2020", kind: .direction, title: nasty, start: PartialDate(year: 2020)!,
                  summary: longLine, detail: .intervention(.direction(.issued))),
        ],
        letters: [Letter(id: "l1", date: PartialDate(year: 2021, month: 5)!, from: nasty, to: nasty,
                         cc: [nasty, longLine],
                         reference: nasty, subject: nasty, eventIDs: ["ilacs-2020"],
                         quotes: [Quote(text: "漢字テキスト", eventID: "ilacs-2020")],
                         body: (nasty + "\n" + longLine + "\r\n").repeated(5))])

    static let keyPaths: [[Key]] = [
        [], [.tab], [.enter], [.enter, .tab], [.enter, .character("/")] + Fixtures.typing("evil") + [.enter],
        [.enter, .character("/"), .character("\u{1B}")], [.character("/")] + Fixtures.typing("e"),
        [.character("/")] + Fixtures.typing("漢字") + [.enter], [.character("c")], [.character("5")],
    ]

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func everyCellIsSafeAndEveryRowExact(size: Size) {
        let start = AppState(councils: [HostileCouncilTests.council], today: Fixtures.today, size: size)
        for keys in HostileCouncilTests.keyPaths {
            for theme in [Theme.color, .monochrome] {
                let buffer = Renderer.frame(for: Fixtures.press(keys, from: start), theme: theme).buffer
                for y in 0..<buffer.height {
                    let row = (0..<buffer.width).map { buffer[$0, y] }
                    #expect(row.reduce(0) { $0 + $1.width } == size.width)
                    #expect(row.indices.allSatisfy { x in
                        row[x].isContinuation == (x > 0 && row[x - 1].width == 2)
                    }, "every wide glyph, and only a wide glyph, is followed by its continuation")
                    #expect(row.allSatisfy { cell in
                        cell.isContinuation ? cell.text.isEmpty : TextWidth.of(cell.text) == cell.width
                    })
                    let scalars = row.flatMap { $0.text.unicodeScalars }
                    #expect(!scalars.contains { $0.properties.generalCategory == .control }, "keys \(keys), row \(y)")
                    #expect(!scalars.contains { $0.properties.isBidiControl })
                }
            }
        }
    }

    @Test func hostileTextShowsAsPlaceholders() {
        let start = AppState(councils: [HostileCouncilTests.council], today: Fixtures.today,
                             size: Size(width: 120, height: 40))
        let state = Fixtures.press([.enter], from: start)
        let text = Renderer.frame(for: state, theme: .color).buffer.lines.joined()
        #expect(text.contains("^[]0;pwned^G"))
        #expect(text.contains("<U+202E>evil"))
        #expect(text.contains("漢字テキスト"))
    }
}

private extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}
