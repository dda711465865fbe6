extension Council {
    /// Every occurrence of `query` in the council's events and letters, and in the text of the
    /// reports given.
    ///
    /// Matching ignores case and accents and compares whole graphemes, each folded on its own:
    /// `ÉCOLE` finds `école`, `cafe` finds `CAFÉ`, but `straße` does not find `STRASSE`. The
    /// query is used as typed, spaces included; an empty or all-whitespace query finds nothing.
    ///
    /// Searched: an event's title, summary, people's names, sources' titles and judgements'
    /// grades; a letter's subject, sender, recipient, copy list and body. Each field is searched
    /// line by line; a line may hold several hits, which do not overlap.
    ///
    /// A report's text is searched page by page, and there a run of whitespace (a line break
    /// included) in the query matches any run of whitespace: a phrase is found across line
    /// breaks and the spaces of columns.
    ///
    /// - Parameter reportTexts: the text of each report to search, by report id (texts are
    ///   loaded only when needed; reports left out are not searched).
    /// - Returns: events in timeline order, then letters in date order (ties in file order),
    ///   then reports in their events' order; within each, fields (or pages) in the order above
    ///   and hits left to right.
    public func search(_ query: String, reportTexts: [String: ReportText] = [:]) -> [SearchHit] {
        let phrase = SearchPhrase(query)
        guard !phrase.isBlank else { return [] }
        return searchUnits(reportTexts: reportTexts).flatMap { $0.hits(of: phrase) }
    }

    /// What ``search(_:reportTexts:)`` looks at, in the order of its hits: every non-empty line
    /// of the events' and letters' fields, then every page of the reports given. An index keeps
    /// them to answer a search without the council.
    public func searchUnits(reportTexts: [String: ReportText] = [:]) -> [SearchUnit] {
        let eventUnits = timeline().flatMap { event in
            Council.searchableFields(of: event).flatMap { field in
                field.units(owner: .event, ownerID: event.id, firstFileLine: nil)
            }
        }
        let letterUnits = lettersInDateOrder.flatMap { letter in
            Council.searchableFields(of: letter).flatMap { field in
                field.units(owner: .letter, ownerID: letter.id, firstFileLine: field.name == .body ? letter.bodyLine : nil)
            }
        }
        return eventUnits + letterUnits + reportUnits(reportTexts)
    }

    /// The pages of the reports given, reports in their events' timeline order.
    private func reportUnits(_ texts: [String: ReportText]) -> [SearchUnit] {
        guard !texts.isEmpty else { return [] }
        let order = Dictionary(timeline().enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let searched = reports.enumerated().filter { texts[$0.element.id] != nil }
            .sorted { (order[$0.element.eventID] ?? Int.max, $0.offset) < (order[$1.element.eventID] ?? Int.max, $1.offset) }
        return searched.flatMap { _, report in
            texts[report.id]!.pages.filter { !$0.lines.isEmpty }.map { page in
                SearchUnit(owner: .report, ownerID: report.id, eventID: report.eventID, page: page.number,
                           field: .text, line: 1, fileLine: page.firstFileLine, lines: page.lines)
            }
        }
    }

    /// A piece of text to search, named by its field and its place in a list, split into lines.
    private struct SearchableField {
        var name: SearchHit.Field
        var index: Int?
        var lines: [String]

        init(_ name: SearchHit.Field, index: Int? = nil, text: String) {
            self.name = name
            self.index = index
            // LF and CR LF end lines, as in a letter's body (split by byte: no grapheme breaking).
            lines = Letter.lines(of: text)
        }

        init(_ name: SearchHit.Field, lines: [String]) {
            self.name = name
            self.lines = lines
        }

        /// The field's non-empty lines as units; `firstFileLine` is the file line of its first
        /// line, if known.
        func units(owner: SearchHit.Owner, ownerID: String, firstFileLine: Int?) -> [SearchUnit] {
            lines.enumerated().compactMap { offset, line in
                line.isEmpty ? nil : SearchUnit(owner: owner, ownerID: ownerID, field: name, index: index,
                                                line: offset + 1, fileLine: firstFileLine.map { $0 + offset },
                                                lines: [line])
            }
        }
    }

    private static func searchableFields(of event: Event) -> [SearchableField] {
        let people = event.people.enumerated().map { SearchableField(.person, index: $0.offset, text: $0.element.name) }
        let sources = event.sources.enumerated().compactMap { source in
            source.element.title.map { SearchableField(.source, index: source.offset, text: $0) }
        }
        let judgements = event.judgements.enumerated().map {
            SearchableField(.judgement, index: $0.offset, text: $0.element.grade.rawValue)
        }
        return [SearchableField(.title, text: event.title), SearchableField(.summary, text: event.summary)]
            + people + sources + judgements
    }

    /// A letter's fields; the body's lines are ``Letter/lines``, so line numbers agree with it.
    private static func searchableFields(of letter: Letter) -> [SearchableField] {
        [SearchableField(.subject, text: letter.subject), SearchableField(.from, text: letter.from ?? ""),
         SearchableField(.to, text: letter.to ?? "")]
            + letter.cc.enumerated().map { SearchableField(.cc, index: $0.offset, text: $0.element) }
            + [SearchableField(.body, lines: letter.lines)]
    }
}
