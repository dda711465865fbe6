import Foundation
import JourneyModel

/// Lays a report's text (`pdftotext -layout`, sanitised) out for reading at any width: prose is
/// reflowed into paragraphs, with numbered paragraphs' numbers hanging in the margin; lines with
/// columns (the judgement table, headings with their grade) are kept as they are, their gaps
/// narrowed to fit; headings are marked; running heads and feet are dimmed; page numbers are
/// dropped, a marker opening each page instead.
enum ReportLayout {
    /// One block of the laid-out text.
    struct Unit: Hashable, Sendable {
        enum Kind: Hashable, Sendable { case pageMarker, heading, prose, columns, furniture }

        var kind: Kind
        /// The text without its indentation; columns keep their gaps.
        var text: String
        /// Columns before the first row, and before the rows that follow.
        var indent: Int
        var hanging: Int
        /// Where it comes from: a page (1-based) and its first line (0-based).
        var page: Int
        var line: Int
        /// Its last line on the page.
        var lastLine: Int
    }

    static func units(_ text: ReportText, width: Int) -> [Unit] {
        let furniture = furnitureLines(text)
        let typical = typicalWidth(text)
        var units: [Unit] = []
        for page in text.pages {
            units.append(Unit(kind: .pageMarker, text: "page \(page.number) of \(text.pages.count)", indent: 0,
                              hanging: 0, page: page.number, line: 0, lastLine: 0))
            units += pageUnits(page, furniture: furniture, typical: typical, width: width)
        }
        return units
    }

    private static func pageUnits(_ page: ReportText.Page, furniture: Set<String>, typical: Int, width: Int) -> [Unit] {
        var units: [Unit] = []
        var previousBlank = true
        var inTable = false
        var open: Unit?
        func close() {
            if let unit = open { units.append(unit) }
            open = nil
        }
        for (index, raw) in page.lines.enumerated() {
            let line = Sanitizer.sanitize(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            defer { previousBlank = trimmed.isEmpty }
            if trimmed.isEmpty || isPageNumber(trimmed) {
                close()
                inTable = false
                continue
            }
            if !furniture.contains(trimmed), hasColumns(trimmed) || indent >= 20 { inTable = true }
            if furniture.contains(trimmed) || inTable {
                close()
                let kind: Unit.Kind = furniture.contains(trimmed) ? .furniture : .columns
                units.append(Unit(kind: kind, text: trimmed, indent: indent, hanging: indent, page: page.number, line: index, lastLine: index))
                continue
            }
            let afterHeading = units.last?.kind == .heading && units.last?.line == index - 1 && open == nil
            if previousBlank || afterHeading, isHeading(trimmed, indent: indent, typical: typical) {
                close()
                units.append(Unit(kind: .heading, text: trimmed, indent: indent, hanging: indent, page: page.number, line: index, lastLine: index))
                continue
            }
            if var paragraph = open, paragraph.kind == .prose, !startsItem(trimmed) || indent > paragraph.indent {
                let hyphenated = paragraph.text.hasSuffix("-") && paragraph.text.dropLast().last?.isLetter == true
                paragraph.text += (hyphenated ? "" : " ") + trimmed
                paragraph.lastLine = index
                if paragraph.hanging == paragraph.indent || index == paragraph.line + 1 { paragraph.hanging = indent }
                open = paragraph
                continue
            }
            close()
            open = Unit(kind: .prose, text: trimmed, indent: indent, hanging: indent, page: page.number, line: index,
                        lastLine: index)
        }
        close()
        let widest = units.filter { $0.kind == .columns }.map { $0.indent + $0.text.count }.max() ?? 0
        return units.map { squeezed($0, by: widest - width, width: width) }
    }

    /// A line with a gap of three or more spaces inside it (not just after a list marker).
    static func hasColumns(_ text: String) -> Bool {
        guard let gap = text.range(of: "   ") else { return false }
        return !isListMarker(String(text[..<gap.lowerBound]))
    }

    /// A bullet, or a number such as `1.`, `12)`, `2.1` or `(3)`.
    private static func isListMarker(_ text: String) -> Bool {
        if text.count == 1, let first = text.first, !first.isLetter, !first.isNumber { return true }
        var body = Substring(text)
        if body.first == "(" { body = body.dropFirst() }
        if let last = body.last, last == "." || last == ")" { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    private static func startsItem(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        return isListMarker(String(first))
    }

    private static func isHeading(_ text: String, indent: Int, typical: Int) -> Bool {
        guard indent <= 1, text.count <= max(20, typical * 3 / 4), let first = text.first,
              first.isUppercase, let last = text.last, !".,;".contains(last), !startsItem(text) else { return false }
        return true
    }

    private static func isPageNumber(_ text: String) -> Bool {
        text.count <= 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Narrows the widest gap of each line with columns by the page's overflow, so that columns
    /// stay aligned, then until the line fits, keeping two spaces at least.
    private static func squeezed(_ unit: Unit, by overflow: Int, width: Int) -> Unit {
        guard unit.kind == .columns || unit.kind == .furniture else { return unit }
        var unit = unit
        if overflow > 0, unit.kind == .columns, let gap = widestGap(unit.text) {
            let removable = min(overflow, unit.text.distance(from: gap.lowerBound, to: gap.upperBound) - 2)
            if removable > 0 { unit.text.removeSubrange(gap.lowerBound..<unit.text.index(gap.lowerBound, offsetBy: removable)) }
        }
        let room = max(1, width - unit.indent)
        if unit.text.count > room { unit.indent = min(unit.indent, max(0, width - unit.text.count)) }
        while unit.indent + unit.text.count > width, let widest = widestGap(unit.text),
              unit.text.distance(from: widest.lowerBound, to: widest.upperBound) > 2 {
            unit.text.remove(at: widest.lowerBound)
        }
        return unit
    }

    private static func widestGap(_ text: String) -> Range<String.Index>? {
        var best: Range<String.Index>?
        var index = text.startIndex
        while let start = text[index...].firstIndex(of: " ") {
            let end = text[start...].firstIndex { $0 != " " } ?? text.endIndex
            if text.distance(from: start, to: end) > (best.map { text.distance(from: $0.lowerBound, to: $0.upperBound) } ?? 0) {
                best = start..<end
            }
            index = end
            if end == text.endIndex { break }
        }
        return best
    }

    /// Lines that recur on at least half the pages (three at least): running heads and feet.
    private static func furnitureLines(_ text: ReportText) -> Set<String> {
        guard text.pages.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in text.pages {
            for line in Set(page.lines.map { Sanitizer.sanitize($0).trimmingCharacters(in: .whitespaces) })
            where !line.isEmpty && !isPageNumber(line) {
                counts[line, default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= max(3, text.pages.count / 2) }.keys)
    }

    /// The width most full lines of prose reach: the 90th percentile of line lengths.
    private static func typicalWidth(_ text: ReportText) -> Int {
        let lengths = text.pages.flatMap(\.lines).map(\.count).filter { $0 > 0 }.sorted()
        guard !lengths.isEmpty else { return 80 }
        return lengths[lengths.count * 9 / 10]
    }
}
