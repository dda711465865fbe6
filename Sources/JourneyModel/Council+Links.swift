extension Council {
    /// The letters behind an event: those the event lists and those that list the event, each
    /// once, in date order (ties in file order). Ids that name no letter are skipped.
    public func letters(for eventID: String) -> [Letter] {
        let listed = Set(event(eventID)?.letterIDs ?? [])
        return lettersInDateOrder.filter { listed.contains($0.id) || $0.eventIDs.contains(eventID) }
    }

    /// The events a letter concerns: those it lists and those that list it, each once, in
    /// timeline order. Ids that name no event are skipped.
    public func events(for letterID: String) -> [Event] {
        let listed = Set(letter(letterID)?.eventIDs ?? [])
        return timeline().filter { listed.contains($0.id) || $0.letterIDs.contains(letterID) }
    }

    /// The letters that concern no event (``events(for:)`` is empty for each), in file order:
    /// worked out in one pass over the events, not one per letter.
    /// Event ids are hashed only when a letter no event lists names events itself (fields read
    /// in place: a council may have thousands of events).
    public var lettersWithoutEvents: [Letter] {
        var listedByEvents = Set<String>()
        for index in events.indices where !events[index].letterIDs.isEmpty {
            listedByEvents.formUnion(events[index].letterIDs)
        }
        let unlisted = letters.filter { !listedByEvents.contains($0.id) }
        let named = Set(unlisted.flatMap(\.eventIDs))
        guard !named.isEmpty else { return unlisted }
        // An id's length costs nothing to read, its hash does: only the events whose id is as
        // long as a named one are looked up (a few of a large council's thousands). Event ids
        // are ASCII (the loader refuses others), so an id equal to one is as long in UTF-8.
        let lengths = Array(Set(named.map(\.utf8.count)))
        var existing = Set<String>()
        for index in events.indices where lengths.contains(events[index].id.utf8.count)
            && named.contains(events[index].id) {
            existing.insert(events[index].id)
        }
        return unlisted.filter { !$0.eventIDs.contains(where: existing.contains) }
    }

    /// The phrases a letter quotes, in the front matter's order, each with where it stands.
    ///
    /// A phrase is looked for line by line: first exactly (case-sensitive), then ignoring case;
    /// the first line holding it wins. A phrase split across lines has no position.
    /// - Returns: none when no letter has the id.
    public func quoteLocations(in letterID: String) -> [QuoteLocation] {
        letter(letterID).map { Council.quoteLocations(in: $0) } ?? []
    }

    /// Backlinks: the quoted phrases, in any letter, that cite an event, letters in date order.
    public func citations(of eventID: String) -> [QuoteLocation] {
        lettersInDateOrder.flatMap { Council.quoteLocations(in: $0, citing: eventID) }
    }

    /// The letter's quotes, or only those citing `eventID`, with where each stands.
    private static func quoteLocations(in letter: Letter, citing eventID: String? = nil) -> [QuoteLocation] {
        let quotes = letter.quotes.filter { quote in eventID.map { quote.eventID == $0 } ?? true }
        guard !quotes.isEmpty else { return [] }
        let lines = letter.lines
        return quotes.map { quote in
            QuoteLocation(letterID: letter.id, eventID: quote.eventID, text: quote.text,
                          position: position(of: quote.text, in: lines, bodyLine: letter.bodyLine))
        }
    }

    /// The first line holding the phrase exactly, else the first holding it ignoring case.
    private static func position(of phrase: String, in lines: [String], bodyLine: Int) -> QuoteLocation.Position? {
        for folding in [TextFolding.exact, .caseInsensitive] {
            for (index, line) in lines.enumerated() {
                guard let found = folding.occurrences(of: phrase, in: line).first else { continue }
                return QuoteLocation.Position(lineIndex: index, fileLine: bodyLine + index, column: found.lowerBound,
                                              length: found.count, ignoringCase: folding != .exact)
            }
        }
        return nil
    }
}
