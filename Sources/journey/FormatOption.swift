import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// `--format`, for every command that lists or shows data.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text for people, json for scripts (see docs/json.md).")
    var format: OutputFormat = .text
}
