import JourneyModel

/// The summary of a council: where it stands on a day and the events that led there.
struct SummaryReport {
    let council: Council
    /// The day taken as today (`--today`).
    let today: CalendarDay
    /// The real today, to say when `today` is in the future.
    var realToday: CalendarDay

    init(council: Council, today: CalendarDay, realToday: CalendarDay = CalendarDay.today()) {
        self.council = council
        self.today = today
        self.realToday = realToday
    }

    var status: StatusRecord { StatusRecord(council: council, day: today, today: realToday) }

    /// The summary for people, line by line.
    var lines: [String] {
        let status = status
        var lines = [heading, "", "Where it stands on \(today.text)"]
        lines.append("  Data as at:       \(StatusText.asAt(council.coverage))")
        if let caveat = status.caveat { lines.append("  \(caveat)") }
        lines.append("  Intervention:     \(status.sentence)")
        if let send = status.intervention.sendSentence { lines.append("  SEND:             \(send)") }
        lines.append("  Latest judgement: \(StatusText.judgement(status.judgement))")
        for judgementLine in StatusText.judgementTable(status.judgement.latest) { lines.append("    \(judgementLine)") }
        if let awaiting = status.judgement.awaiting {
            lines.append("  Awaiting report:  \(StatusText.awaiting(awaiting))")
        }
        lines += StatusText.nextInspection(status.nextInspection).map { "  " + $0 }
        lines += ["", "How it got there"]
        lines += council.timeline().map { "  " + EventText.row($0) }
        if !council.letters.isEmpty {
            lines += ["", "Letters"]
            lines += council.letters.map { "  \($0.date.iso)  \($0.id): \($0.subject)" + ($0.from.map { " (from \($0))" } ?? "") }
        }
        if !council.reports.isEmpty {
            // `journey read` takes these ids too, so the summary names them as it names letters.
            lines += ["", "Reports"]
            lines += council.reports.map { report in
                "  \(report.id): \(report.title) (event \(report.eventID), \(report.pageCount) pages)"
            }
        }
        return lines
    }

    private var heading: String {
        let code = council.areaCode.map { " (\($0))" } ?? ""
        let region = council.region.map { " — \($0)" } ?? ""
        return "\(council.name)\(code)\(region)" + (council.isFormer ? " [former council]" : "")
    }

    /// The summary for scripts.
    var record: SummaryRecord {
        SummaryRecord(council: CouncilRecord(council, today: today), day: today.iso, status: status,
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
