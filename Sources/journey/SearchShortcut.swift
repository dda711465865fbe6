/// Reads plain `journey search` invocations without ArgumentParser (as ``BrowseShortcut`` does
/// the browser's): `search` first, then words to find and any of `--all`, `--data ROOT`,
/// `--council ID` and `--format text|json` (a value also as `--data=ROOT`), each at most once.
///
/// Anything else — options before `search`, `--help`, a repeated or unknown option, a value
/// that looks like an option or a format that is not one, a word to find that is empty or
/// starts with `-`, no word at all — is left to ArgumentParser, so that its help and its errors are the only ones.
enum SearchShortcut {
    /// What these arguments (without the program's name) ask to search, or nil when
    /// ArgumentParser must read them.
    static func search(_ arguments: [String]) -> SearchRequest? {
        guard arguments.first == "search" else { return nil }
        var options = PlainOptions(["--data", "--council", "--format"])
        var all = false
        var query: [String] = []
        var rest = arguments.dropFirst()
        while let word = rest.popFirst() {
            guard word.hasPrefix("-") else {
                guard !word.isEmpty else { return nil }
                query.append(word)
                continue
            }
            if word == "--all" {
                guard !all else { return nil }
                all = true
                continue
            }
            guard options.take(word, from: &rest) else { return nil }
        }
        guard !query.isEmpty, let format = OutputFormat(rawValue: options["--format"] ?? "text") else { return nil }
        return SearchRequest(data: options.dataSelection, format: format, all: all, query: query)
    }
}
