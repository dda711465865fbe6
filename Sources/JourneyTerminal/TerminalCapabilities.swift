import JourneyUI

/// What ``ScreenWriter`` needs from the terminal's terminfo entry, as bytes and numbers.
///
/// ``CursesTerminal`` (the only code that reads terminfo) makes one after taking the terminal
/// over; tests make their own, so the writer is checked without a terminal.
struct TerminalCapabilities {
    /// `cup`: moves the cursor to a row and a column, both counted from 0.
    var moveCursor: (_ row: Int, _ column: Int) -> [UInt8]
    /// `sgr0`: every attribute off.
    var resetAttributes: [UInt8]
    /// `op`: the terminal's own colours back; empty in monochrome or when it has none.
    var originalColours: [UInt8] = []
    /// `bold`, `dim`, `smul` and `rev`, each empty when the terminal lacks it.
    var bold: [UInt8] = []
    var dim: [UInt8] = []
    var underline: [UInt8] = []
    var reverse: [UInt8] = []
    /// `setaf` and `setab` with a colour number; nil in monochrome.
    var setForeground: ((Int) -> [UInt8])?
    var setBackground: ((Int) -> [UInt8])?
    /// How many colours the terminal has (`colors`).
    var colourCount = 0
    /// Whether the terminal can draw its own foreground and background after other colours
    /// (`use_default_colors` succeeded); if not, white on black stands for them.
    var hasDefaultColours = true
    /// Whether writing the bottom-right cell would scroll the screen: `am` without `xenl`.
    var lastCellScrolls = false

    /// Whether cells are drawn in colour.
    var usesColour: Bool { setForeground != nil && setBackground != nil }

    /// The bytes that switch the terminal from any style to `style`: attributes reset, the
    /// terminal's own colours back, then the style's attributes and colours.
    func sequence(for style: Style) -> [UInt8] {
        var bytes = resetAttributes
        if usesColour { bytes += originalColours }
        let attributes: [(Style.Attributes, [UInt8])] = [
            (.bold, bold), (.dim, dim), (.underline, underline), (.reverse, reverse),
        ]
        for (attribute, sequence) in attributes where style.attributes.contains(attribute) { bytes += sequence }
        if let setForeground, let setBackground {
            if let number = colourNumber(style.foreground, isBackground: false) { bytes += setForeground(number) }
            if let number = colourNumber(style.background, isBackground: true) { bytes += setBackground(number) }
        }
        return bytes
    }

    /// A capability's bytes without its padding (`$<5>`, `$<2.5*/>`): delays that `tputs` would
    /// make for a slow terminal, which must not reach a terminal as text.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
        let padding = Array("0123456789.*/".utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               bytes[(index + 2)..<close].allSatisfy(padding.contains) {
                index = close + 1
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept
    }

    /// The terminal colour number for a style's colour, or nil for the terminal's own one.
    func colourNumber(_ colour: Style.Color, isBackground: Bool) -> Int? {
        switch colour {
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .indexed(let index) where Int(index) < colourCount: return Int(index)
        case .indexed(let index) where index < 16: return Int(index % 8)
        case .default, .indexed:
            if hasDefaultColours { return nil }
            return isBackground ? 0 : 7
        }
    }
}
