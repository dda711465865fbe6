import ArgumentParser
import JourneyModel

/// `journey status [--on DATE]`: intervention status and latest judgement on a day.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Intervention status, latest judgement and people in post on a day.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("The day (ISO 8601, e.g. 2021-06-01). Default: today.", valueName: "date"))
    var on: String?

    func run() throws {
        try reportingFailures {
            let day = try DayArgument.parse(on, option: "--on") ?? CalendarDay.today()
            let council = try data.loadCouncil()
            let record = StatusRecord(intervention: council.interventionStatus(on: day),
                                      judgement: council.judgementStatus(on: day))
            switch output.format {
            case .text: Output.lines(lines(record, council: council, day: day))
            case .json: try Output.json(record)
            }
        }
    }

    private func lines(_ record: StatusRecord, council: Council, day: CalendarDay) -> [String] {
        var lines = ["\(council.name) on \(day.text)", "",
                     "Intervention:     \(record.sentence)",
                     "Latest judgement: \(StatusText.judgement(record.judgement))"]
        lines += StatusText.judgementTable(record.judgement.latest).map { "  \($0)" }
        let holders = council.postHolders(on: day)
        let certain = holders.filter { $0.certainty == .yes }
        let possible = holders.filter { $0.certainty != .yes }
        if !certain.isEmpty {
            lines += ["", "In post"] + certain.map { "  \($0.role.label): \($0.name)" }
        }
        if !possible.isEmpty {
            lines += ["", "Possibly in post (the file's dates do not settle it)"] + possible.map {
                "  \($0.role.label): \($0.name) — \($0.uncertainty ?? "dates not recorded")"
            }
        }
        return lines
    }
}
