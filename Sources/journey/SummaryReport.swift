import JourneyModel

/// The summary of a council: where it stands on a day and the events that led there.
struct SummaryReport {
    let council: Council
    let today: CalendarDay

    var intervention: InterventionStatus { council.interventionStatus(on: today) }
    var judgement: JudgementStatus { council.judgementStatus(on: today) }

    /// The summary for people, line by line.
    var lines: [String] {
        var lines = [heading, "", "Where it stands on \(today.text)"]
        lines.append("  Intervention:     \(intervention.sentence)")
        lines.append("  Latest judgement: \(StatusText.judgement(judgement))")
        for judgementLine in StatusText.judgementTable(judgement.latest) { lines.append("    \(judgementLine)") }
        lines += ["", "How it got there"]
        lines += council.timeline().map { "  " + EventText.row($0) }
        lines += ["", "Letters"]
        lines += council.letters.map { "  \($0.date.iso)  \($0.id): \($0.subject) (from \($0.from))" }
        return lines
    }

    private var heading: String {
        let code = council.areaCode.map { " (\($0))" } ?? ""
        let region = council.region.map { " — \($0)" } ?? ""
        return "\(council.name)\(code)\(region)" + (council.isFormer ? " [former council]" : "")
    }

    /// The summary for scripts.
    var record: SummaryRecord {
        SummaryRecord(council: CouncilRecord(council, today: today), day: today.iso,
                      status: StatusRecord(intervention: intervention, judgement: judgement),
                      timeline: council.timeline().map { EventRecord($0, letters: council.letters(for: $0.id).map(\.id)) },
                      letters: council.letters.map(LetterRecord.init))
    }
}

/// `journey summary --format json`.
struct SummaryRecord: Encodable {
    var council: CouncilRecord
    var day: String
    var status: StatusRecord
    var timeline: [EventRecord]
    var letters: [LetterRecord]
}
