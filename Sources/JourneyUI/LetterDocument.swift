import JourneyModel

/// A letter or a report laid out for the reader at a width: a letter's header block and its
/// text (markup drawn, not shown), or a report's pages, reflowed, with page markers, headings
/// and tables; everything sanitised and wrapped, quoted phrases located.
///
/// Positions in the text are grapheme indices into the document's text lines (a letter's
/// lines, or a report's reflowed blocks) joined by one separator each, so a match or quote may
/// run across a line break.
public struct LetterDocument: Hashable, Sendable {
    /// How a row is drawn.
    public enum RowKind: Hashable, Sendable {
        case header, text, heading, pageMarker, columns, furniture
    }

    /// One screen row.
    public struct Row: Hashable, Sendable {
        /// A header label such as `From:`, drawn before `text`; empty for other rows.
        public var label: String
        public var text: String
        /// Where the row's first grapheme is in the text, or nil for header rows and page markers.
        public var position: Int?
        public var kind: RowKind = .text
        /// Columns of space drawn before the text (not part of it).
        public var indent: Int = 0
        /// Underlined, emphasised and strong runs, in graphemes of `text`.
        public var spans: [InlineMarkup.Span] = []
        /// The text line (0-based: a letter's body line, a report's block) the row shows part
        /// of, or nil for header rows and page markers.
        public var line: Int? = nil
    }

    /// A quoted phrase located in the text, and the event it cites.
    public struct QuoteSpan: Hashable, Sendable {
        public var range: Range<Int>
        public var eventID: String
        /// The phrase as the letter's front matter gives it.
        public var text: String
    }

    /// Columns of the header labels.
    static let labelWidth = 11

    public let width: Int
    public let rows: [Row]
    /// The text's lines, and where each starts in the joined text.
    public let lines: [String]
    private let lineStarts: [Int]
    /// The lines joined by line feeds: what positions index.
    private let text: String
    public let quotes: [QuoteSpan]
    /// For a report, where each of its lines (page, line) falls among the document's lines.
    private let places: [ReportText.Place]
    /// For a report, the row where each judgement's section starts.
    public let sections: [JudgementArea: Int]

    /// Lays out what the reader shows for `width` columns.
    public init(_ source: ReaderSource, width: Int) {
        switch source {
        case .letter(let letter): self.init(letter: letter, width: width)
        case .report(let report, let text): self.init(report: report, text: text, width: width)
        }
    }

    /// Lays out a letter: its markup parsed, so underlined and bold runs are drawn as such.
    public init(letter: Letter, width: Int) {
        let parsed = Sanitizer.lines(letter.body).map(InlineMarkup.parse)
        let lines = parsed.map(\.text)
        let starts = Self.starts(of: lines)
        let bodyRows = TextWrap.wrap(lines: lines, width: max(0, width)).map { wrapped in
            Row(label: "", text: wrapped.text, position: starts[wrapped.sourceLine] + wrapped.sourceOffset,
                spans: Self.clip(parsed[wrapped.sourceLine].spans, from: wrapped.sourceOffset, count: wrapped.text.count),
                line: wrapped.sourceLine)
        }
        let joined = lines.joined(separator: "\n")
        self.init(width: width, rows: Self.headerRows(letter, width: max(0, width)) + bodyRows, lines: lines,
                  lineStarts: starts, text: joined, quotes: letter.quotes.compactMap { quote in
                      TextFolding.loose.occurrences(of: Sanitizer.sanitize(quote.text), in: joined).first
                          .map { QuoteSpan(range: $0, eventID: quote.eventID, text: quote.text) }
                  }, places: [], sections: [:])
    }

    /// Lays out a report's text: page markers, headings, columns kept, prose reflowed.
    public init(report: Report, text reportText: ReportText, width: Int) {
        let units = ReportLayout.units(reportText, width: width)
        let lines = units.map { $0.kind == .pageMarker ? "" : $0.text }
        let starts = Self.starts(of: lines)
        var rows: [Row] = []
        var unitRows: [Int] = []
        for (index, unit) in units.enumerated() {
            if index > 0, unit.kind != .pageMarker, units[index - 1].kind != .pageMarker, unit.line > units[index - 1].lastLine + 1 {
                rows.append(Row(label: "", text: "", position: nil))
            }
            unitRows.append(rows.count)
            rows += Self.rows(of: unit, start: starts[index], width: width).map { row in
                var row = row
                if row.position != nil { row.line = index }
                return row
            }
        }
        var sections: [JudgementArea: Int] = [:]
        let places = reportText.sections()
        for judgement in report.judgements {
            guard let place = places[judgement.area],
                  let unit = units.lastIndex(where: { ($0.page, $0.line) <= (place.page, place.line) }) else { continue }
            sections[judgement.area] = unitRows[unit]
        }
        self.init(width: width, rows: rows, lines: lines, lineStarts: starts, text: lines.joined(separator: "\n"),
                  quotes: [], places: units.map { ReportText.Place(page: $0.page, line: $0.line) }, sections: sections)
    }

    private init(width: Int, rows: [Row], lines: [String], lineStarts: [Int], text: String, quotes: [QuoteSpan],
                 places: [ReportText.Place], sections: [JudgementArea: Int]) {
        self.width = max(0, width)
        self.rows = rows
        self.lines = lines
        self.lineStarts = lineStarts
        self.text = text
        self.quotes = quotes
        self.places = places
        self.sections = sections
    }

    private static func starts(of lines: [String]) -> [Int] {
        var starts: [Int] = []
        var next = 0
        for line in lines {
            starts.append(next)
            next += line.count + 1
        }
        return starts
    }

    /// A report block's rows: a marker across the width, or the text wrapped inside its indents.
    private static func rows(of unit: ReportLayout.Unit, start: Int, width: Int) -> [Row] {
        let kind: RowKind
        switch unit.kind {
        case .pageMarker:
            let label = "── \(unit.text) "
            return [Row(label: "", text: label + String(repeating: "─", count: max(0, width - label.count)),
                        position: nil, kind: .pageMarker)]
        case .heading: kind = .heading
        case .prose: kind = .text
        case .columns: kind = .columns
        case .furniture: kind = .furniture
        }
        let indent = kind == .text || kind == .heading ? min(max(unit.indent, unit.hanging), max(0, width / 3))
            : min(unit.indent, max(0, width - 1))
        return TextWrap.wrap(unit.text, width: max(1, width - indent)).enumerated().map { index, wrapped in
            Row(label: "", text: wrapped.text, position: start + wrapped.sourceOffset, kind: kind,
                indent: min(index == 0 ? unit.indent : unit.hanging, indent))
        }
    }

    /// Spans of a line cut to the part a row shows, shifted to the row.
    private static func clip(_ spans: [InlineMarkup.Span], from offset: Int, count: Int) -> [InlineMarkup.Span] {
        spans.compactMap { span in
            let lower = max(span.range.lowerBound, offset), upper = min(span.range.upperBound, offset + count)
            guard lower < upper else { return nil }
            return InlineMarkup.Span(range: (lower - offset)..<(upper - offset), emphasis: span.emphasis)
        }
    }

    /// Every occurrence of `term` in the text, ignoring case, accents and kinds of whitespace.
    public func matches(of term: String) -> [Range<Int>] {
        TextFolding.loose.occurrences(of: Sanitizer.sanitize(term), in: text)
    }

    /// The row on which a text position is shown.
    public func row(of position: Int) -> Int {
        rows.lastIndex { ($0.position ?? Int.max) <= position } ?? 0
    }

    /// The row where a source line (0-based, of a letter's body) starts.
    public func row(ofLine line: Int) -> Int {
        guard lineStarts.indices.contains(line) else { return line < 0 ? 0 : max(0, rows.count - 1) }
        return row(of: lineStarts[line])
    }

    /// The text position where a report's line (a page, and a line of it) is shown.
    public func position(page: Int, line: Int) -> Int? {
        guard let index = places.lastIndex(where: { ($0.page, $0.line) <= (page, line) }) else { return nil }
        return lineStarts[index]
    }

    /// The row where a report's page starts.
    public func row(ofPage page: Int) -> Int? {
        rows.firstIndex { $0.kind == .pageMarker && $0.text.hasPrefix("── page \(page) of") }
    }

    /// The header block: from, to, date, reference, subject, cc, then a blank row.
    private static func headerRows(_ letter: Letter, width: Int) -> [Row] {
        let fields: [(String, String?)] = [
            ("From:", letter.from), ("To:", letter.to), ("Date:", letter.date.text),
            ("Reference:", letter.reference), ("Subject:", letter.subject),
            ("Cc:", letter.cc.isEmpty ? nil : letter.cc.joined(separator: "; ")),
        ]
        let valueWidth = max(1, width - labelWidth)
        var rows: [Row] = []
        for case let (label, value?) in fields {
            let wrapped = TextWrap.wrap(lines: [Sanitizer.sanitize(value)], width: valueWidth)
            for (index, piece) in wrapped.enumerated() {
                rows.append(Row(label: index == 0 ? label : "", text: piece.text, position: nil, kind: .header))
            }
        }
        return rows + [Row(label: "", text: "", position: nil, kind: .header)]
    }
}
