import ArgumentParser

/// `journey search QUERY`: every occurrence in the councils' events, letters and reports.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search events, letters, reports and your notes (case-insensitive; in reports, any run of spaces or line breaks matches any other).",
        discussion: "Searches the council given by --council (by default as every command chooses it), or with --all every council in the data root.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Search every council in the data root, each hit naming its council.")
    var all = false
    @Argument(help: "The words to find.")
    var query: [String]

    /// What the options ask to search.
    var request: SearchRequest {
        SearchRequest(data: data.selection, format: output.format, all: all, query: query)
    }

    func run() throws {
        try request.run()
    }
}
