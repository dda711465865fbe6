import JourneyModel

/// The journey strip: a time axis across the file's years with the periods under statutory
/// direction or improvement notice as a bar, inspections and visits as markers, and the date cursor.
///
/// Every meaning has its own glyph, so the strip reads in monochrome: grades as O/G/RI/I,
/// `f`/`m` for focused and monitoring visits, `[` `+` `]` for a direction issued, revised and
/// revoked with `═` while under direction, `(` `+` `)` for an improvement notice with `─`,
/// `░` where the position is not known (a partial date, or after the register was last
/// checked), `▲` the date cursor. SEND directions and notices are not on the bar: they are
/// never counted as children's social care interventions.
enum JourneyStripView {
    /// Draws the strip, made again only when the date cursor, the area or the theme change.
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let key = StripKey(day: state.dateCursor.ordinal, area: area, theme: theme,
                           width: buffer.width, height: buffer.height)
        let drawn = state.views.value(.strip, for: key) {
            var strip = Buffer(width: buffer.width, height: buffer.height)
            draw(state, area: area, into: &strip, theme: theme)
            return strip
        }
        buffer.copy(area, from: drawn)
    }

    private struct StripKey: Hashable, Sendable {
        var day: Int
        var area: Rect
        var theme: Theme
        var width: Int
        var height: Int
    }

    private static func draw(_ state: AppState, area: Rect, into buffer: inout Buffer, theme: Theme) {
        let scale = StripScale(span: state.fileSpan, area: area)
        var rows = Array(area.y..<area.maxY)
        if rows.count >= 5 {
            let caption = "Journey \(state.fileSpan.lowerBound.year)–\(state.fileSpan.upperBound.year)"
            buffer.put(caption, x: area.x, y: rows.removeFirst(), width: area.width, style: theme[.title])
        }
        let legendRow = rows.count >= 4 ? rows.removeLast() : nil
        let barRow = rows.count >= 3 ? rows[1] : rows[0]
        drawBar(state.council, scale: scale, y: barRow, into: &buffer, theme: theme)
        drawMarkers(state.council, scale: scale, y: rows[0], into: &buffer, theme: theme)
        if let axisRow = rows.last, axisRow != rows[0] {
            drawAxis(scale: scale, y: axisRow, leavingFree: scale.column(of: state.dateCursor), into: &buffer,
                     theme: theme)
            drawCursor(state.dateCursor, scale: scale, rows: [rows[0], barRow], axis: axisRow, into: &buffer,
                       theme: theme)
        }
        if let legendRow {
            buffer.put(legend(width: area.width), in: area, y: legendRow, theme: theme)
        }
    }

    /// Every glyph the strip draws, explained: in full when the width allows, else in brief,
    /// else tersely and closer set (80 columns), else as many items as fit, in this order.
    static func legend(width: Int) -> [StyledText] {
        let glyphs: [(glyph: [StyledText], long: String, short: String, terse: String)] = [
            ([StyledText("O G RI I", .gradeGood)], " grade", " grade", " grade"),
            ([StyledText("?", .marker)], " no overall grade", " none", " none"),
            ([StyledText("f", .marker), StyledText("/"), StyledText("m", .marker)], " visit", " visit", " visit"),
            ([StyledText("·", .dim)], " other event", " other", " other"),
            ([StyledText("[═+═]", .directionBar)], " direction", " direction", " dir"),
            ([StyledText("(─+─)", .noticeBar)], " improvement notice", " notice", " notice"),
            ([StyledText("░", .directionUncertain)], " not known", " unknown", " unknown"),
            ([StyledText("▲", .dateCursor)], " date cursor", " cursor", " cursor"),
        ]
        let join: ([[StyledText]], String) -> [StyledText] = { items, gap in
            items.enumerated().flatMap { ($0.offset == 0 ? [] : [StyledText(gap)]) + $0.element }
        }
        let fits: ([StyledText]) -> Bool = { $0.reduce(0) { $0 + TextWidth.of($1.text) } <= width }
        let long = join(glyphs.map { $0.glyph + [StyledText($0.long)] }, "  ")
        let short = join(glyphs.map { $0.glyph + [StyledText($0.short)] }, "  ")
        if fits(long) { return long }
        if fits(short) { return short }
        var items = glyphs.map { item in
            (item.terse == " notice" ? [StyledText("(─)", .noticeBar)] : item.glyph) + [StyledText(item.terse)]
        }
        while !items.isEmpty && !fits(join(items, " ")) { items.removeLast() }
        return join(items, " ")
    }

    /// The direction bar: each column shows the position on its middle day, then the marks.
    private static func drawBar(_ council: Council, scale: StripScale, y: Int, into buffer: inout Buffer,
                                theme: Theme) {
        let days = (0..<scale.area.width).map(scale.middleDay(ofColumn:))
        for (column, band) in council.interventionBands(on: days).enumerated() {
            let glyph: (String, StyleRole)? = switch band {
            case .uncertain: ("░", .directionUncertain)
            case .direction: ("═", .directionBar)
            case .notice: ("─", .noticeBar)
            case .none: nil
            }
            if let (text, role) = glyph {
                buffer.write(text, x: scale.area.x + column, y: y, style: theme[role], limit: 1)
            }
        }
        for event in council.timeline() where event.kind == .improvementNotice || event.kind == .direction {
            guard let step = event.intervention else { continue }
            let notice = event.kind.isNotice
            let (mark, day) = switch step.action {
            case .issued: (notice ? "(" : "[", event.start.first)
            case .revised: ("+", event.start.first)
            case .revoked, .lifted: (notice ? ")" : "]", event.start.last)
            }
            buffer.write(mark, x: scale.column(of: day), y: y, style: theme[notice ? .noticeBar : .directionBar], limit: 1)
        }
    }

    /// Inspections as grade letters, visits as `f`/`m`, other events as `·`; inspections win a shared column.
    private static func drawMarkers(_ council: Council, scale: StripScale, y: Int, into buffer: inout Buffer,
                                    theme: Theme) {
        // Three passes (others and letters, visits, inspections) rather than three filtered copies
        // of the events; directions and notices are on the bar, not here.
        // Fields are read in place (events[index].kind): passing an event on copies all of it.
        let layer: (EventKind) -> Int? = { kind in
            switch kind {
            case .inspection: 2
            case _ where kind.group == .visits: 1
            case _ where kind.group == .other || kind == .letter: 0
            default: nil
            }
        }
        let events = council.timeline()
        for pass in 0...2 {
            for index in events.indices where layer(events[index].kind) == pass {
                let grade = events[index].kind == .inspection ? events[index].overallGrade : nil
                drawMarker(events[index].kind, grade: grade, day: events[index].start.first, scale: scale, y: y,
                           into: &buffer, theme: theme)
            }
        }
    }

    private static func drawMarker(_ kind: EventKind, grade: Grade?, day: CalendarDay, scale: StripScale, y: Int,
                                   into buffer: inout Buffer, theme: Theme) {
        let (text, role): (String, StyleRole) = switch kind {
        case .inspection: (grade?.letter ?? "?", grade?.role ?? .marker)
        case .focusedVisit: ("f", .marker)
        case .monitoringVisit: ("m", .marker)
        default: ("·", .dim)
        }
        // Every marker is one-column scalars (grade letters, f, m, ·): its width is their count.
        let x = min(scale.column(of: day), scale.area.maxX - text.unicodeScalars.count)
        buffer.write(text, x: x, y: y, style: theme[role], limit: scale.area.maxX - x)
    }

    /// Year labels at the columns where years begin, as many as fit without touching, leaving
    /// out a label that the date cursor's `▲` would cover.
    private static func drawAxis(scale: StripScale, y: Int, leavingFree cursor: Int, into buffer: inout Buffer,
                                 theme: Theme) {
        let years = Array(scale.span.lowerBound.year...scale.span.upperBound.year)
        let starts = years.map { CalendarDay(year: $0, month: 1, day: 1).map(scale.column(of:)) }
        // Every year, or every second, third...: the first step at which no label (four digits
        // and a space) runs into the next, as columns are rounded.
        let step = (1...max(1, years.count)).first { step in
            let shown = stride(from: 0, to: starts.count, by: step).compactMap { starts[$0] }
            return zip(shown, shown.dropFirst()).allSatisfy { $1 - $0 >= 5 }
        } ?? max(1, years.count)
        for index in stride(from: 0, to: years.count, by: step) {
            guard let x = starts[index], !(x..<(x + 4)).contains(cursor) else { continue }
            buffer.write("\(years[index])", x: x, y: y, style: theme[.dim], limit: scale.area.maxX - x)
        }
    }

    /// The cursor: its column highlighted on the marker and bar rows, and `▲` on the axis.
    private static func drawCursor(_ day: CalendarDay, scale: StripScale, rows: [Int], axis: Int,
                                   into buffer: inout Buffer, theme: Theme) {
        let x = scale.column(of: day)
        for y in Set(rows) {
            let text = buffer[x, y].text == " " ? "│" : buffer[x, y].text
            buffer.write(text, x: x, y: y, style: theme[.dateCursor], limit: 1)
        }
        buffer.write("▲", x: x, y: axis, style: theme[.dateCursor], limit: 1)
    }
}

/// Maps days to the strip's columns and back.
struct StripScale {
    let span: ClosedRange<CalendarDay>
    let area: Rect

    private var days: Int { max(1, span.upperBound.ordinal - span.lowerBound.ordinal + 1) }

    /// The column of a day, clamped to the strip.
    func column(of day: CalendarDay) -> Int {
        let offset = (day.ordinal - span.lowerBound.ordinal) * area.width / days
        return area.x + min(max(0, offset), max(0, area.width - 1))
    }

    /// The day in the middle of the days a column covers.
    func middleDay(ofColumn column: Int) -> CalendarDay {
        let middle = (2 * column + 1) * days / (2 * max(1, area.width))
        return span.lowerBound.adding(days: middle)
    }
}
