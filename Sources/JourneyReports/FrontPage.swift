import JourneyModel

/// Reads the front of a report or letter: which kind of document it is, the council it names
/// and the dates, in the wordings of SIF reports (2013-2017), ILACS reports (from 2018) and
/// focused and monitoring visit letters.
enum FrontPage {
    /// The kind, title, council names and dates; refuses text that is no Ofsted report.
    static func read(_ pages: [[String]]) throws(Refusal) -> ReportFacts {
        let first = FlatText.of(pages.first ?? [])
        let opening = FlatText.of(Array(pages.prefix(2).joined()))
        if let facts = inspection(first) { return try dated(facts, first) }
        if let facts = visit(opening) { return facts }
        throw .notAReport
    }

    /// SIF and ILACS front pages: the title near the top, the council named before it or in it.
    private static func inspection(_ first: String) -> ReportFacts? {
        let top = String(first.prefix(600))
        if let found = FlatText.capture(#"^(.{0,120}?)\s*((?:re-)?inspection of services for children in need of help and protection.{0,80}?care leavers)"#, in: top) {
            var names = [found[1]].filter { !$0.isEmpty }
            if let overall = FlatText.capture(#"children's services in (.{2,80}?) (?:are|is|require|requires) "#, in: first) {
                names.append(overall[1])
            }
            return ReportFacts(kind: .inspection, framework: .sif, title: found[2], councilNames: names)
        }
        if let found = FlatText.capture(#"(inspection of (.{2,80}?) local authority children's services)"#, in: top) {
            return ReportFacts(kind: .inspection, framework: .ilacs, title: found[1], councilNames: [found[2]])
        }
        if let found = FlatText.capture(#"^(.{0,120}?)\s*(inspection of children's social care services)"#, in: top) {
            return ReportFacts(kind: .inspection, framework: .ilacs, title: found[2],
                               councilNames: [found[1]].filter { !$0.isEmpty })
        }
        return nil
    }

    /// "Inspection dates: ..." (or "Inspection date:"), and a SIF report's "Report published: ...".
    private static func dated(_ facts: ReportFacts, _ first: String) throws(Refusal) -> ReportFacts {
        var facts = facts
        guard let phrase = FlatText.capture(#"inspection dates?:?\s*(.{0,80})"#, in: first),
              let dates = DatePhrase.parse(phrase[1]) else { throw .noDates("inspection dates (\"Inspection dates: ...\")") }
        facts.start = dates.start
        facts.end = dates.end
        if let published = FlatText.capture(#"report published:?\s*(.{0,40})"#, in: first) {
            facts.published = DatePhrase.parse(published[1])?.start
        }
        return facts
    }

    /// Visit letters: "This letter summarises the findings of the focused visit to Wakefield
    /// children's services on 13 August 2019 and 14 August 2019", or a heading "Monitoring
    /// visit to Birmingham children's services" with the dates in the first sentence.
    private static func visit(_ text: String) -> ReportFacts? {
        let pattern = #"(focused|monitoring) visit (?:to|of) (.{2,80}?) (?:local authority )?children's services(?: on (.{0,60}))?"#
        guard let heading = FlatText.capture(pattern, in: text) else { return nil }
        let kind: EventKind = heading[1].lowercased() == "focused" ? .focusedVisit : .monitoringVisit
        var facts = ReportFacts(kind: kind, title: "\(heading[1].capitalized) visit to \(heading[2]) children's services",
                                councilNames: [heading[2]])
        let dated = FlatText.capture(#"findings of (?:the|a|an) \#(heading[1]) visit (?:to|of) .{2,80}? children's services on (.{0,60})"#, in: text)
        if let dates = DatePhrase.parse(dated?[1] ?? heading[3]) {
            facts.start = dates.start
            facts.end = dates.end
        }
        return facts
    }
}
