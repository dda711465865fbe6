/// The valued options that ``BrowseShortcut`` and ``SearchShortcut`` read without
/// ArgumentParser: `--name VALUE` or `--name=VALUE`, each at most once, the value neither empty
/// nor looking like an option.
struct PlainOptions {
    /// The option names taken, such as `--data`.
    let names: [String]
    private var values: [String: String] = [:]

    init(_ names: [String]) {
        self.names = names
    }

    /// Takes `word` (and, for its value, the next argument of `rest`) when it is one of the
    /// names not given yet; false for anything else, or a value missing, empty or like an option.
    mutating func take(_ word: String, from rest: inout ArraySlice<String>) -> Bool {
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = parts.first.map(String.init), names.contains(name), values[name] == nil,
              let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
              !value.isEmpty, !value.hasPrefix("-") else { return false }
        values[name] = value
        return true
    }

    /// The value given for an option, nil when it was not given.
    subscript(name: String) -> String? { values[name] }

    /// The data root and council given by `--data` and `--council`.
    var dataSelection: DataSelection {
        DataSelection(root: values["--data"], council: values["--council"])
    }
}
