import JourneyModel

/// The journey picture as text, the browser's strip in characters: grade letters O/G/RI/I
/// (`?` ungraded), `f`/`m` visits and `·` other events on the first row; the bar on the second
/// (`═` under direction, `─` under notice, `░` not known, `[ + ]` and `( + )` the steps); years
/// on the third with `▲` at the briefing's day; then the legend.
enum TextStrip {
    static func lines(_ picture: JourneyPicture, width: Int = 72) -> [String] {
        let columns = max(20, width)
        var marks = Array(repeating: " ", count: columns)
        var bar = Array(repeating: " ", count: columns)
        var axis = Array(repeating: " ", count: columns)
        let column: (CalendarDay) -> Int = { min(columns - 1, Int(picture.position(of: $0) * Double(columns))) }
        for period in picture.periods {
            let glyph = switch period.kind {
            case .direction: "═"
            case .notice: "─"
            case .unknown: "░"
            }
            for index in column(period.from)...column(period.to) { bar[index] = glyph }
        }
        for step in picture.steps { bar[column(step.day)] = step.glyph }
        let ordered = picture.marks.filter { if case .inspection = $0.kind { false } else { true } }
            + picture.marks.filter { if case .inspection = $0.kind { true } else { false } }
        for mark in ordered { put(mark.kind.glyph, at: column(mark.day), in: &marks) }
        let cursor = column(picture.day)
        for year in picture.span.lowerBound.year...picture.span.upperBound.year {
            guard let first = CalendarDay(year: year, month: 1, day: 1) else { continue }
            let x = column(first)
            guard x + 4 <= columns, axis[x..<(x + 4)].allSatisfy({ $0 == " " }), !(x..<(x + 5)).contains(cursor),
                  x == 0 || axis[x - 1] == " " else { continue }
            put("\(year)", at: x, in: &axis)
        }
        axis[cursor] = "▲"
        let caption = "Journey \(picture.span.lowerBound.year)–\(picture.day.year), to \(picture.day.text) (▲)"
        return [caption, trimmed(marks), trimmed(bar), trimmed(axis)] + legend(width: columns)
    }

    /// Every glyph explained, wrapped to the width.
    static func legend(width: Int) -> [String] {
        let items = ["O G RI I grade (Outstanding, Good, Requires improvement, Inadequate)", "? no overall grade (or not yet published)",
                     "f/m focused/monitoring visit", "· other event", "[═+═] direction issued, revised, revoked",
                     "(─+─) improvement notice", "░ not known", "▲ the briefing's day"]
        var lines: [String] = []
        var line = "Key:"
        for item in items {
            if line.count + 3 + item.count > width {
                lines.append(line)
                line = "    " + item
            } else {
                line += (line == "Key:" ? " " : "; ") + item
            }
        }
        return lines + [line]
    }

    /// Writes text from a column, as much as fits.
    private static func put(_ text: String, at start: Int, in row: inout [String]) {
        let begin = min(start, max(0, row.count - text.count))
        for (offset, character) in text.enumerated() where begin + offset < row.count {
            row[begin + offset] = String(character)
        }
    }

    private static func trimmed(_ row: [String]) -> String {
        var text = row.joined()
        while text.last == " " { text.removeLast() }
        return text
    }
}
