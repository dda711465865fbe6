import ArgumentParser
import JourneyModel

/// `journey councils`: every council in the data root with its latest judgement and its
/// intervention position, optionally only those under a direction or notice, or in that order.
struct Councils: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councils",
        abstract: "List the councils in the data root.",
        discussion: """
            Each line gives the council's id (for --council), name, latest judgement and intervention \
            position on the day (--on, default today). After the day the intervention register was \
            last checked, the position is the last known one and says so.
            """)

    /// Which councils `--intervention` keeps, by their (last known) position on the day.
    enum InterventionFilter: String, CaseIterable, ExpressibleByArgument {
        case direction, notice, any, send, none

        func keeps(_ status: InterventionStatus) -> Bool {
            switch self {
            case .direction: if case .underDirection = status.state { return true } else { return false }
            case .notice: if case .underNotice = status.state { return true } else { return false }
            case .any: return status.isUnderMeasure
            case .send: return status.send != nil
            case .none: return !status.isUnderMeasure
            }
        }
    }

    /// The orders `--sort` offers.
    enum Order: String, CaseIterable, ExpressibleByArgument {
        case name, intervention
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("Only councils under a direction, a notice, either (any), a SEND measure, or none of these.",
                               valueName: "direction|notice|any|send|none"))
    var intervention: InterventionFilter?
    @Option(help: ArgumentHelp("Order by name, or by intervention: directions first (longest-standing first), "
                               + "then notices, then ended ones (most recent first), then the rest.",
                               valueName: "name|intervention"))
    var sort: Order = .name
    @Option(help: ArgumentHelp("The day for the intervention position (2021-06-01; a month or year means its first day). Default: today.", valueName: "date"))
    var on: String?

    func run() throws {
        try reportingFailures {
            let day = try DayArgument.day(on, option: "--on") ?? CalendarDay.today()
            var records = try data.loadSummaries().compactMap { CouncilRecord($0, today: day) }
            if let intervention { records = records.filter { intervention.keeps($0.intervention) } }
            if sort == .intervention { records.sort(by: Self.byIntervention) }
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
        let send = record.intervention.send.map { "; SEND \($0.kind == .sendDirection ? "direction" : "notice") since \($0.since.text)" } ?? ""
        return "\(record.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(record.name)\(former) — \(judgement)"
            + " — \(Self.brief(record.intervention))\(send)"
    }

    /// The position in a few words: `under direction since 22 August 2018`, `notice lifted 21 December 2023`.
    static func brief(_ status: InterventionStatus) -> String {
        let text: String
        switch status.state {
        case .noneRecorded: text = "no direction recorded"
        case .notUnderDirection: text = "not under a direction"
        case .underDirection(let since, _, _): text = "under direction since \(since.text)"
        case .underNotice(let since, _, _): text = "under improvement notice since \(since.text)"
        case .revoked(let on, _, _, _, _): text = "direction revoked \(status.endIsUpperBound ? "by" : "on") \(on.text)"
        case .noticeLifted(let on, _, _, _, _): text = "notice lifted \(status.endIsUpperBound ? "by" : "on") \(on.text)"
        }
        if let until = status.knownUntil { return text + " (last known, \(until.text))" }
        return status.certainty == .unknown ? text + " (not certain)" : text
    }

    /// Directions first (earliest issued first), then notices, then ended ones (latest end
    /// first), then not under, then none recorded; ties by name.
    static func byIntervention(_ lhs: CouncilRecord, _ rhs: CouncilRecord) -> Bool {
        let left = rank(lhs.intervention.state), right = rank(rhs.intervention.state)
        if left.group != right.group { return left.group < right.group }
        if left.day != right.day { return left.day < right.day }
        return lhs.name.localizedStandardCompare(rhs.name) == .orderedAscending
    }

    private static func rank(_ state: InterventionStatus.State) -> (group: Int, day: Int) {
        switch state {
        case .underDirection(let since, _, _): return (0, since.first.ordinal)
        case .underNotice(let since, _, _): return (1, since.first.ordinal)
        case .revoked(let on, _, _, _, _), .noticeLifted(let on, _, _, _, _): return (2, -on.last.ordinal)
        case .notUnderDirection: return (3, 0)
        case .noneRecorded: return (4, 0)
        }
    }
}
