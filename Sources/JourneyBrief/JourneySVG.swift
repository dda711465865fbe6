import JourneyModel

/// The journey picture as inline SVG: grades as coloured marks that also differ by shape and
/// carry their letter (O circle, G square, RI triangle, I diamond), visits as `f`/`m`, the
/// direction and notice periods as a bar (solid for a direction, hatched for a notice, dotted
/// where not known), the steps as `[ + ]`, and the briefing's day as a dashed line. Every mark
/// has a `<title>`, and the whole a title and a description in words.
enum JourneySVG {
    static let width = 960.0
    private static let left = 24.0
    private static let right = 24.0
    private static let markY = 44.0
    private static let barY = 78.0
    private static let barHeight = 16.0
    private static let axisY = 124.0
    private static let height = 136.0

    static func render(_ picture: JourneyPicture, councilName: String) -> String {
        let title = "Journey of \(councilName), \(picture.span.lowerBound.year) to \(picture.day.text)"
        let description = picture.summary.isEmpty ? "No events on record by this day." : picture.summary.joined(separator: ". ") + "."
        var parts = [
            "<svg class=\"journey\" viewBox=\"0 0 \(number(width)) \(number(height))\""
                + " role=\"img\" aria-labelledby=\"journey-title journey-desc\">",
            "<title id=\"journey-title\">\(HTMLText.escape(title))</title>",
            "<desc id=\"journey-desc\">\(HTMLText.escape(description))</desc>",
            patterns,
        ]
        parts += axis(picture)
        parts += picture.periods.map { bar($0, picture) }
        parts += picture.steps.map { step($0, picture) }
        parts += picture.marks.filter { if case .inspection = $0.kind { false } else { true } }.map { mark($0, picture) }
        parts += picture.marks.filter { if case .inspection = $0.kind { true } else { false } }.map { mark($0, picture) }
        parts.append(cursor(picture))
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A small picture of one legend glyph, for the key beside the figure.
    static func legendGlyph(_ kind: JourneyPicture.MarkKind) -> String {
        "<svg class=\"glyph\" viewBox=\"0 0 28 28\" width=\"28\" height=\"28\""
            + " aria-hidden=\"true\">\(shape(kind, x: 14, y: kind == .other ? -6 : 16))</svg>"
    }

    /// A small picture of one bar kind, for the key (its patterns are the main picture's).
    static func legendBar(_ kind: JourneyPicture.PeriodKind) -> String {
        "<svg class=\"glyph\" viewBox=\"0 0 40 16\" width=\"40\" height=\"16\""
            + " aria-hidden=\"true\"><rect x=\"0\" y=\"2\" width=\"40\" height=\"12\" \(fill(kind))/></svg>"
    }

    private static let patterns = """
        <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#fde2c4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b35900" stroke-width="3"/>\
        </pattern><pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse">\
        <rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.2" fill="#555555"/></pattern></defs>
        """

    private static func x(_ day: CalendarDay, _ picture: JourneyPicture) -> Double {
        left + picture.position(of: day) * (width - left - right)
    }

    private static func axis(_ picture: JourneyPicture) -> [String] {
        var parts = ["<line class=\"axis\" x1=\"\(number(left))\" y1=\"\(number(axisY - 14))\" x2=\"\(number(width - right))\""
                     + " y2=\"\(number(axisY - 14))\" stroke=\"#444444\"/>"]
        let years = Array(picture.span.lowerBound.year...picture.span.upperBound.year)
        let step = max(1, Int((Double(years.count) * 44 / (width - left - right)).rounded(.up)))
        for year in years where (year - years[0]) % step == 0 {
            guard let first = CalendarDay(year: year, month: 1, day: 1) else { continue }
            let position = x(first, picture)
            parts.append("<line x1=\"\(number(position))\" y1=\"\(number(axisY - 18))\" x2=\"\(number(position))\""
                         + " y2=\"\(number(axisY - 10))\" stroke=\"#444444\"/>")
            parts.append("<text x=\"\(number(position + 2))\" y=\"\(number(axisY + 2))\" class=\"year\">\(year)</text>")
        }
        return parts
    }

    private static func bar(_ period: JourneyPicture.Period, _ picture: JourneyPicture) -> String {
        let start = x(period.from, picture)
        let end = max(start + 2, x(period.to.adding(days: 1), picture))
        let label = "\(period.kind.rawValue), \(period.from.text) to \(period.to.text)"
        return "<rect x=\"\(number(start))\" y=\"\(number(barY))\" width=\"\(number(end - start))\""
            + " height=\"\(number(barHeight))\" \(fill(period.kind))><title>\(HTMLText.escape(label))</title></rect>"
    }

    private static func fill(_ kind: JourneyPicture.PeriodKind) -> String {
        switch kind {
        case .direction: "fill=\"#7a1f1f\" stroke=\"#000000\" stroke-width=\"1\""
        case .notice: "fill=\"url(#hatch)\" stroke=\"#b35900\" stroke-width=\"1\""
        case .unknown: "fill=\"url(#dots)\" stroke=\"#555555\" stroke-width=\"1\" stroke-dasharray=\"3 2\""
        }
    }

    private static func step(_ step: JourneyPicture.Step, _ picture: JourneyPicture) -> String {
        "<text x=\"\(number(x(step.day, picture)))\" y=\"\(number(barY + barHeight + 13))\" class=\"step\""
            + " text-anchor=\"middle\"><title>\(HTMLText.escape(step.description))</title>\(step.glyph)</text>"
    }

    private static func mark(_ mark: JourneyPicture.Mark, _ picture: JourneyPicture) -> String {
        "<g class=\"mark\"><title>\(HTMLText.escape(mark.description))</title>"
            + shape(mark.kind, x: x(mark.day, picture), y: markY) + "</g>"
    }

    /// The shape of a mark, its letter drawn on it.
    private static func shape(_ kind: JourneyPicture.MarkKind, x: Double, y: Double) -> String {
        let (outline, colour, ink): (String, String, String)
        switch kind {
        case .inspection(let grade):
            (outline, colour, ink) = switch grade {
            case .outstanding: ("<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"11\"", "#1b7837", "#ffffff")
            case .good: ("<rect x=\"\(number(x - 10))\" y=\"\(number(y - 10))\" width=\"20\" height=\"20\"", "#4393c3", "#000000")
            case .requiresImprovement: (polygon([(x, y - 13), (x + 12, y + 9), (x - 12, y + 9)]), "#f4a582", "#000000")
            case .inadequate: (polygon([(x, y - 13), (x + 13, y), (x, y + 13), (x - 13, y)]), "#b2182b", "#ffffff")
            case nil: ("<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"10\"", "#ffffff", "#000000")
            }
        case .focusedVisit, .monitoringVisit:
            (outline, colour, ink) = ("<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"8\"", "#ffffff", "#000000")
        case .other:
            return "<circle cx=\"\(number(x))\" cy=\"\(number(y + 22))\" r=\"2.5\" fill=\"#666666\"/>"
        }
        let size = kind.glyph.count > 1 ? 9 : 11
        return "\(outline) fill=\"\(colour)\" stroke=\"#000000\" stroke-width=\"1\"/>"
            + "<text x=\"\(number(x))\" y=\"\(number(y + 4))\" text-anchor=\"middle\" font-size=\"\(size)\""
            + " font-weight=\"bold\" fill=\"\(ink)\">\(kind.glyph)</text>"
    }

    private static func polygon(_ points: [(Double, Double)]) -> String {
        "<polygon points=\"" + points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\""
    }

    private static func cursor(_ picture: JourneyPicture) -> String {
        let position = x(picture.day, picture)
        return "<g class=\"cursor\"><title>The briefing's day, \(picture.day.text)</title>"
            + "<line x1=\"\(number(position))\" y1=\"16\" x2=\"\(number(position))\" y2=\"\(number(axisY - 10))\""
            + " stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            + "<text x=\"\(number(position))\" y=\"12\" text-anchor=\"middle\" class=\"day\">▼ \(picture.day.compactText)</text></g>"
    }

    /// A coordinate with one decimal at most, as SVG reads it in any locale.
    private static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(tenths / 10)"
    }
}
