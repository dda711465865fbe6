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
            case .text:
                let idWidth = records.map(\.id.count).max() ?? 0
                Output.lines(records.map { line($0, idWidth: idWidth) })
            case .json: try Output.json(records)
            }
        }
    }

    /// The whole id, padded so that every name starts in the same column, then the name and the
    /// latest judgement with its dates labelled.
    private func line(_ record: CouncilRecord, idWidth: Int) -> String {
        let judgement = record.latestJudgement.map { "\($0) (\(record.latestJudgementDates ?? "dates unknown"))" }
            ?? "no graded inspection on record"
        let former = record.former ? " [former]" : ""
        return "\(record.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(record.name)\(former) — \(judgement)"
    }
}
