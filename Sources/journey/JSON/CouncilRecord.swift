import JourneyModel

/// A council as `--format json` gives it.
struct CouncilRecord: Encodable {
    var id: String
    var name: String
    var region: String?
    var areaCode: String?
    var former: Bool
    var latestJudgement: String?
    /// The day the latest judgement counts from (its publication, else the inspection's end).
    var latestJudgementDate: String?
    /// The latest judgement's inspection dates, labelled: "inspected 13–24 March 2023, published 25 May 2023".
    var latestJudgementDates: String?
    var events: Int
    var letters: Int
    /// The intervention position on the day asked about (today by default).
    var intervention: InterventionStatus

    /// The record of a council's summary; nil when the council could not be read.
    init?(_ summary: CouncilSummary, today: CalendarDay) {
        guard let council = summary.council else { return nil }
        self.init(council, today: today)
        events = summary.eventCount
        letters = summary.letterCount
    }

    init(_ council: Council, today: CalendarDay) {
        id = council.id
        name = council.name
        region = council.region
        areaCode = council.areaCode
        former = council.isFormer
        let latest = council.judgementStatus(on: today).latest
        latestJudgement = latest?.overallGrade?.rawValue
        latestJudgementDate = latest?.date.iso
        latestJudgementDates = latest?.inspected.labelled()
        events = council.events.count
        letters = council.letters.count
        intervention = council.interventionStatus(on: today)
    }
}
