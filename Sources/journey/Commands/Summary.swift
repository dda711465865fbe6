import ArgumentParser
import JourneyModel

/// `journey summary`: where the council stands and how it got there.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Where the council stands today and how it got there.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("The day to take as today (2021-06-01, 2021-06, 2021 or 1 June 2021; a month or "
                               + "year means its first day). Default: today.", valueName: "date"))
    var today: String?

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            let day = try DayArgument.day(today, option: "--today") ?? CalendarDay.today()
            let report = SummaryReport(council: council, today: day, realToday: CalendarDay.today())
            switch output.format {
            case .text: Output.lines(report.lines)
            case .json: try Output.json(report.record)
            }
        }
    }
}

/// Parses `--on`/`--today`/`--from`/`--to` values with the browser's own date parser.
enum DayArgument {
    /// A date at any precision (`2021-06-01`, `2021-06`, `2021`, `1 June 2021`), or a usage
    /// failure naming the option.
    static func parse(_ text: String?, option: String) throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(parsing: text) else {
            throw CommandFailure(.usage, "\(option) '\(text)' is not a date; give it as \(PartialDate.acceptedForms)")
        }
        return date
    }

    /// A single day: the date's first day (`2020-06` is 1 June 2020).
    static func day(_ text: String?, option: String) throws -> CalendarDay? {
        try parse(text, option: option)?.first
    }
}
