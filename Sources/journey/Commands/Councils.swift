import ArgumentParser
import JourneyModel

/// `journey councils`: every council in the data root with its latest judgement.
struct Councils: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the councils in the data root.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        try reportingFailures {
            let today = CalendarDay.today()
            let records = try data.loadCouncils().map { CouncilRecord($0, today: today) }
            switch output.format {
            case .text: Output.lines(records.map(line))
            case .json: try Output.json(records)
            }
        }
    }

    private func line(_ record: CouncilRecord) -> String {
        let judgement = record.latestJudgement.map { "\($0) (\(record.latestJudgementDate ?? "date unknown"))" }
            ?? "no graded inspection on record"
        let former = record.former ? " [former]" : ""
        return "\(record.id.padding(toLength: 28, withPad: " ", startingAt: 0)) \(record.name)\(former) — \(judgement)"
    }
}
