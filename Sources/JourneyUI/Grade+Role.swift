import JourneyModel

extension Grade {
    /// The style role a grade is drawn in (its letter always goes with it).
    var role: StyleRole {
        switch self {
        case .outstanding: return .gradeOutstanding
        case .good: return .gradeGood
        case .requiresImprovement: return .gradeRequiresImprovement
        case .inadequate: return .gradeInadequate
        }
    }
}
