extension Council {
    /// Every occurrence of `query` in the council's events and letters.
    ///
    /// Matching ignores case and accents and compares whole graphemes, each folded on its own:
    /// `ÉCOLE` finds `école`, `cafe` finds `CAFÉ`, but `straße` does not find `STRASSE`. The
    /// query is used as typed, spaces included; an empty or all-whitespace query finds nothing.
    ///
    /// Searched: an event's title, summary, people's names, sources' titles and judgements'
    /// grades; a letter's subject, sender, recipient, copy list and body. Each field is searched
    /// line by line; a line may hold several hits, which do not overlap.
    ///
    /// - Returns: events in timeline order, then letters in date order (ties in file order);
    ///   within each, fields in the order above and hits left to right.
    public func search(_ query: String) -> [SearchHit] {
        guard !query.allSatisfy(\.isWhitespace) else { return [] }
        let eventHits = timeline().flatMap { event in
            Council.searchableFields(of: event).flatMap { field in
                Council.hits(of: query, in: field, owner: .event, ownerID: event.id, firstFileLine: nil)
            }
        }
        let letterHits = lettersInDateOrder.flatMap { letter in
            Council.searchableFields(of: letter).flatMap { field in
                let firstFileLine = field.name == .body ? letter.bodyLine : nil
                return Council.hits(of: query, in: field, owner: .letter, ownerID: letter.id,
                                    firstFileLine: firstFileLine)
            }
        }
        return eventHits + letterHits
    }

    /// A piece of text to search, named by its field and its place in a list, split into lines.
    private struct SearchableField {
        var name: SearchHit.Field
        var index: Int?
        var lines: [String]

        init(_ name: SearchHit.Field, index: Int? = nil, text: String) {
            self.name = name
            self.index = index
            lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        }

        init(_ name: SearchHit.Field, lines: [String]) {
            self.name = name
            self.lines = lines
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

    /// The hits in one field, line by line; `firstFileLine` is the file line of its first line, if known.
    private static func hits(of query: String, in field: SearchableField, owner: SearchHit.Owner,
                             ownerID: String, firstFileLine: Int?) -> [SearchHit] {
        field.lines.enumerated().flatMap { index, line in
            TextFolding.caseAndDiacriticInsensitive.occurrences(of: query, in: line).map { match in
                SearchHit(owner: owner, ownerID: ownerID, field: field.name, index: field.index, line: index + 1,
                          fileLine: firstFileLine.map { $0 + index }, match: match, text: line)
            }
        }
    }
}
