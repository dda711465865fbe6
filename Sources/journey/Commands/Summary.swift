import ArgumentParser
import JourneyModel

/// `journey summary`: where the council stands and how it got there.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where the council stands today and how it got there.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("The day to take as today (ISO 8601). Default: today.", valueName: "date"))
    var today: String?

    func run() throws {
        try reportingFailures {
            let council = try data.loadCouncil()
            let day = try DayArgument.parse(today, option: "--today") ?? CalendarDay.today()
            let report = SummaryReport(council: council, today: day)
            switch output.format {
            case .text: Output.lines(report.lines)
            case .json: try Output.json(report.record)
            }
        }
    }
}

/// Parses `--on`/`--today`/`--from`/`--to` values.
enum DayArgument {
    /// A full ISO 8601 day, or a usage failure naming the option.
    static func parse(_ text: String?, option: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw CommandFailure(.usage, "\(option) '\(text)' is not a day in ISO 8601 form (e.g. 2024-09-06)")
        }
        return day
    }
}
