/// Finding a council, event or letter from what a person typed, and a "did you mean" when
/// nothing matches. Ids are matched without regard to case everywhere.
public enum IDLookup {
    /// The council `query` names: its id in any case (`Wakefield`), or its name
    /// (`Barking and Dagenham`, `Middlesbrough Council`).
    public static func council(_ query: String, in councils: [Council]) -> Council? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        let asID = Council.id(forName: trimmed)
        return councils.first { $0.id == trimmed }
            ?? councils.first { $0.id.lowercased() == lowered }
            ?? councils.first { $0.id == asID }
            ?? councils.first { $0.name.lowercased() == lowered }
    }

    /// The id among `ids` that `query` names: itself, in any case, or as a name spelt out
    /// (`Middlesbrough Council` is `middlesbrough`); nil when none does. Needs no council loaded.
    public static func councilID(_ query: String, among ids: [String]) -> String? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let asID = Council.id(forName: trimmed)
        return ids.first { $0 == trimmed } ?? ids.first { $0.lowercased() == trimmed.lowercased() }
            ?? ids.first { $0 == asID }
    }

    /// The id among `ids` that `query` most plausibly meant: one within a typo or two, else the
    /// only id it begins (`bournemouth` for `bournemouth-christchurch-and-poole`); nil when
    /// none is close.
    public static func suggestion(for query: String, among ids: [String]) -> String? {
        let normalised = Council.id(forName: query)
        if let close = Spelling.suggestion(for: normalised, among: ids) { return close }
        guard !normalised.isEmpty else { return nil }
        let starting = ids.filter { $0.hasPrefix(normalised) || normalised.hasPrefix($0) }
        return starting.count == 1 ? starting[0] : nil
    }

    /// A short message for an id that names nothing, e.g. "no council 'wakefeld'; did you mean
    /// wakefield? `journey councils` lists them".
    ///
    /// - Parameters:
    ///   - what: "council", "event" or "letter".
    ///   - lister: the command that lists the ids, e.g. "journey councils".
    public static func notFound(_ what: String, _ query: String, among ids: [String], lister: String) -> String {
        let hint = suggestion(for: query, among: ids).map { "did you mean \($0)? " } ?? ""
        return "no \(what) '\(query)'; \(hint)`\(lister)` lists them"
    }
}
