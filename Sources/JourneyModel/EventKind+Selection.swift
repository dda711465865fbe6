extension EventKind {
    /// The one vocabulary of kinds that the command line's `--kind` and the browser's filters
    /// share: a kind (`inspection`, `focused-visit`, ...), a group as the browser's filters name
    /// them (`inspections`, `visits`, `directions`, `letters`, `other`), or `all`.
    ///
    /// Case does not matter, and a group may be given in the singular (`visit`).
    /// - Returns: the kinds meant, or nil for a word that names none.
    public static func selection(named word: String) -> Set<EventKind>? {
        let name = word.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "all" { return Set(allCases) }
        if let kind = EventKind(rawValue: name) { return [kind] }
        let group = EventGroup(rawValue: name) ?? EventGroup(rawValue: name + "s")
        return group.map { Set($0.kinds) }
    }

    /// Every word ``selection(named:)`` accepts, for help and error messages.
    public static var selectionNames: [String] {
        ["all"] + EventGroup.allCases.map(\.rawValue) + allCases.map(\.rawValue)
    }
}
