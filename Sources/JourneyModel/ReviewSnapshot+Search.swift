extension ReviewSnapshot {
    /// Every occurrence of `query` in the notes' text, oldest note first, matched as
    /// ``Council/search(_:reportTexts:)`` matches events (case and accents ignored), line by line.
    public func search(_ query: String) -> [SearchHit] {
        guard !query.allSatisfy(\.isWhitespace) else { return [] }
        return notes.flatMap { note in
            note.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.enumerated()
                .flatMap { index, line in
                    TextFolding.caseAndDiacriticInsensitive.occurrences(of: query, in: String(line)).map { match in
                        var hit = SearchHit(owner: .note, ownerID: "\(note.id)", field: .text, line: index + 1,
                                            match: match, text: String(line))
                        hit.eventID = note.target.eventID
                        return hit
                    }
                }
        }
    }
}
