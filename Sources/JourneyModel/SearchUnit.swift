/// A piece of a council's text that a search looks at whole, and where it is: one line of an
/// event's or a letter's field, or one page of a report. ``Council/search(_:reportTexts:)`` is
/// the hits of every unit in turn, so an index that keeps the units (and finds those that may
/// hold a phrase) answers a search exactly as the council does.
public struct SearchUnit: Sendable, Equatable {
    public var owner: SearchHit.Owner
    /// The event's, the letter's or the report's id.
    public var ownerID: String
    /// For a report, the event it belongs to.
    public var eventID: String?
    /// For a report, the page's number; nil for a field's line.
    public var page: Int?
    public var field: SearchHit.Field
    /// Which person, source, judgement or copy recipient (0-based); nil for single fields.
    public var index: Int?
    /// The line within the field (1-based); 1 for a page, whose hits count lines from its first.
    public var line: Int
    /// The file line of the unit's first line, if known (a letter's body, a report).
    public var fileLine: Int?
    /// The unit's text: one line of a field, or a page's lines.
    public var lines: [String]

    public init(owner: SearchHit.Owner, ownerID: String, eventID: String? = nil, page: Int? = nil,
                field: SearchHit.Field, index: Int? = nil, line: Int, fileLine: Int? = nil, lines: [String]) {
        self.owner = owner
        self.ownerID = ownerID
        self.eventID = eventID
        self.page = page
        self.field = field
        self.index = index
        self.line = line
        self.fileLine = fileLine
        self.lines = lines
    }

    /// Every occurrence of `phrase` in the unit, left to right; none for an empty or
    /// all-whitespace phrase. A field's line is matched with case and accents ignored; a page
    /// with whitespace runs (line breaks included) alike too, so a phrase is found across
    /// lines, its hit placed on the line where it starts.
    public func hits(of phrase: SearchPhrase) -> [SearchHit] {
        guard !phrase.isBlank else { return [] }
        guard page != nil else {
            let text = lines.first ?? ""
            return phrase.inLine.occurrences(in: text).map { match in
                SearchHit(owner: owner, ownerID: ownerID, field: field, index: index, line: line,
                          fileLine: fileLine, match: match, text: text)
            }
        }
        return pageHits(of: phrase)
    }

    /// The hits on a report's page, each on the line it starts on and cut at that line's end.
    private func pageHits(of phrase: SearchPhrase) -> [SearchHit] {
        // A phrase without whitespace cannot run across a line break: each line is searched on
        // its own (an ASCII line, as most are, byte by byte with no tokens made).
        guard phrase.holdsWhitespace else {
            return lines.indices.flatMap { index in
                phrase.inLine.occurrences(in: lines[index]).map { match in pageHit(on: index, match: match) }
            }
        }
        var starts: [Int] = []
        var next = 0
        for line in lines {
            starts.append(next)
            next += line.count + 1
        }
        let joined = lines.joined(separator: "\n")
        return phrase.onPage.occurrences(in: joined).map { match in
            let index = (starts.lastIndex { $0 <= match.lowerBound }) ?? 0
            let column = match.lowerBound - starts[index]
            let end = min(match.upperBound - starts[index], lines[index].count)
            return pageHit(on: index, match: column..<max(column, end))
        }
    }

    /// A hit on the page's line `index` (0-based), `match` counted in that line's graphemes.
    private func pageHit(on index: Int, match: Range<Int>) -> SearchHit {
        var hit = SearchHit(owner: owner, ownerID: ownerID, field: field, line: index + 1,
                            fileLine: fileLine.map { $0 + index }, match: match, text: lines[index])
        hit.eventID = eventID
        hit.page = page
        return hit
    }
}
