import JourneyModel

/// Intervention and judgement status on a day, as `--format json` gives it.
struct StatusRecord: Encodable {
    var day: String
    var intervention: InterventionStatus
    var sentence: String
    var judgement: JudgementStatus
    /// The data's as-at date and its sources.
    var coverage: DataCoverage
    var asAt: String?
    /// Said when the day is in the future or past the data's as-at date.
    var caveat: String?
    /// The likely next inspection (an estimate); absent where the ILACS rules do not apply.
    var nextInspection: NextInspection?

    init(council: Council, day: CalendarDay, today: CalendarDay) {
        self.day = day.iso
        intervention = council.interventionStatus(on: day)
        sentence = intervention.sentence
        judgement = council.judgementStatus(on: day)
        coverage = council.coverage
        asAt = council.coverage.asAt?.iso
        caveat = council.coverage.caveat(on: day, today: today)
        nextInspection = council.nextInspection(on: day)
    }
}
