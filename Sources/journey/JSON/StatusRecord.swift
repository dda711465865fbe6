import JourneyModel

/// Intervention and judgement status on a day, as `--format json` gives it.
struct StatusRecord: Encodable {
    var day: String
    var intervention: InterventionStatus
    var sentence: String
    var judgement: JudgementStatus

    init(intervention: InterventionStatus, judgement: JudgementStatus) {
        day = intervention.day.iso
        self.intervention = intervention
        sentence = intervention.sentence
        self.judgement = judgement
    }
}
