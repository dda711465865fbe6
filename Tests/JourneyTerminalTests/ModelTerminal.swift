@testable import JourneyTerminal
import JourneyUI

/// A terminal that understands the tokens of ``ScreenWriterTests/capabilities(colours:defaultColours:lastCellScrolls:)``:
/// it keeps a grid of glyphs with the attributes and colour numbers they were drawn in.
struct ModelTerminal {
    struct Drawn: Equatable, CustomStringConvertible {
        var glyph: String
        var attributes: Set<String>
        var foreground: Int?
        var background: Int?

        /// Short, so that a failing comparison of screens stays readable.
        var description: String {
            "\(glyph)\(attributes.sorted().joined())\(foreground.map { "f\($0)" } ?? "")\(background.map { "g\($0)" } ?? "")"
        }
    }

    struct Unreadable: Error {}

    private(set) var screen: [[Drawn]]
    private(set) var attributes: Set<String> = []
    private(set) var foreground: Int?
    private(set) var background: Int?
    private var row = 0
    private var column = 0

    /// A terminal showing a frame as it should look.
    init(showing buffer: Buffer, capabilities: TerminalCapabilities) {
        func colour(_ colour: Style.Color, isBackground: Bool) -> Int? {
            capabilities.usesColour ? capabilities.colourNumber(colour, isBackground: isBackground) : nil
        }
        screen = (0..<buffer.height).map { y in
            (0..<buffer.width).map { x in
                let cell = buffer[x, y]
                let names: [(Style.Attributes, String)] = [(.bold, "b"), (.dim, "d"), (.underline, "u"), (.reverse, "r")]
                return Drawn(glyph: cell.isContinuation ? "" : cell.text,
                             attributes: Set(names.filter { cell.style.attributes.contains($0.0) }.map(\.1)),
                             foreground: colour(cell.style.foreground, isBackground: false),
                             background: colour(cell.style.background, isBackground: true))
            }
        }
    }

    /// Acts on the writer's output: moves, attributes, colours and glyphs (a CJK glyph covers two columns).
    mutating func replay(_ output: String) throws {
        var rest = Substring(output)
        while let first = rest.first {
            if first == "<" || first == "[" {
                guard let close = rest.firstIndex(of: first == "<" ? ">" : "]") else { throw Unreadable() }
                try act(on: rest[rest.index(after: rest.startIndex)..<close], move: first == "<")
                rest = rest[rest.index(after: close)...]
            } else {
                draw(String(first))
                rest = rest.dropFirst()
            }
        }
    }

    private mutating func act(on token: Substring, move: Bool) throws {
        if move {
            let numbers = token.split(separator: ",").compactMap { Int($0) }
            guard numbers.count == 2 else { throw Unreadable() }
            (row, column) = (numbers[0], numbers[1])
            return
        }
        switch token {
        case "0": attributes = []
        case "op": (foreground, background) = (nil, nil)
        case "b", "d", "u", "r": attributes.insert(String(token))
        default:
            let parts = token.split(separator: " ")
            guard parts.count == 2, let number = Int(parts[1]) else { throw Unreadable() }
            if parts[0] == "f" { foreground = number } else { background = number }
        }
    }

    private mutating func draw(_ glyph: String) {
        let width = glyph == "漢" ? 2 : 1
        screen[row][column] = Drawn(glyph: glyph, attributes: attributes, foreground: foreground, background: background)
        if width == 2 { screen[row][column + 1] = Drawn(glyph: "", attributes: attributes, foreground: foreground, background: background) }
        column += width
    }
}
