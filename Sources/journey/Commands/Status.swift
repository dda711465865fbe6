import ArgumentParser
import JourneyModel

/// `journey status [--on DATE]`: intervention status and latest judgement on a day.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Intervention status, latest judgement, next inspection and people in post on a day.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("The day (2021-06-01, 2021-06, 2021 or 1 June 2021; a month or year means its "
                               + "first day). Default: today.", valueName: "date"))
    var on: String?

    func run() throws {
        try reportingFailures {
            let date = try DayArgument.parse(on, option: "--on")
            let day = date?.first ?? CalendarDay.today()
            let council = try data.loadCouncil()
            let record = StatusRecord(council: council, day: day, today: CalendarDay.today())
            switch output.format {
            case .text: Output.lines(lines(record, council: council, date: date))
            case .json: try Output.json(record)
            }
        }
    }

    private func lines(_ record: StatusRecord, council: Council, date: PartialDate?) -> [String] {
        let day = record.intervention.day
        var lines = ["\(council.name) on \(day.text)\(StatusText.precisionNote(date))",
                     "Data as at:       \(StatusText.asAt(council.coverage))"]
        if let caveat = record.caveat { lines.append(caveat) }
        lines += ["", "Intervention:     \(record.sentence)"]
        if let send = record.intervention.sendSentence { lines.append("SEND:             \(send)") }
        lines.append("Latest judgement: \(StatusText.judgement(record.judgement))")
        lines += StatusText.judgementTable(record.judgement.latest).map { "  \($0)" }
        if let awaiting = record.judgement.awaiting { lines.append("Awaiting report:  \(StatusText.awaiting(awaiting))") }
        lines += StatusText.nextInspection(record.nextInspection)
        return lines + peopleLines(council.postHolders(on: day))
    }

    private func peopleLines(_ holders: [PostHolder]) -> [String] {
        let certain = holders.filter { $0.certainty == .yes }
        let possible = holders.filter { $0.certainty != .yes }
        var lines: [String] = []
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
