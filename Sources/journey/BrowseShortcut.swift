/// Reads the browser's plain invocations without ArgumentParser: `journey`, with any of
/// `--data ROOT`, `--council ID` (also as `--data=ROOT`) and `--no-color`, each at most once.
///
/// ArgumentParser finds its commands and options through the Swift runtime's conformance
/// lookups, which scan the whole binary: that took more instructions than everything else the
/// browser does before its first frame (docs/performance.md). These invocations are the ones
/// an advisor types dozens of times a day. Anything else — a subcommand, `--help`, a repeated or
/// unknown option, a value that looks like an option — is left to ArgumentParser, so that its
/// help and its errors are the only ones.
enum BrowseShortcut {
    /// What these arguments (without the program's name) ask the browser to open, or nil when
    /// ArgumentParser must read them. No ``Browse`` is made: its option values would cost a
    /// conformance scan of their own.
    static func browse(_ arguments: [String]) -> BrowseRequest? {
        var options = PlainOptions(["--data", "--council"])
        var noColor = false
        var rest = arguments[...]
        while let word = rest.popFirst() {
            if word == "--no-color" {
                guard !noColor else { return nil }
                noColor = true
                continue
            }
            guard options.take(word, from: &rest) else { return nil }
        }
        return BrowseRequest(data: options.dataSelection, noColor: noColor)
    }
}
