import ArgumentParser

/// `journey` / `journey browse`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default). Prints the summary when output is not a terminal.")

    @OptionGroup var data: DataOptions
    @Flag(help: "No colour; every meaning is still carried by text and attributes. NO_COLOR does the same.")
    var noColor = false

    /// What the options ask the browser to open.
    var request: BrowseRequest { BrowseRequest(data: data.selection, noColor: noColor) }

    func run() throws {
        try request.run()
    }
}
