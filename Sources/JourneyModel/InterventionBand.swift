/// What a time axis shows of the intervention position on a day: the measure in force, or
/// that the register cannot say (``InterventionStatus/certainty`` unknown).
public enum InterventionBand: Sendable, Hashable {
    /// No direction or notice in force (or none recorded).
    case none
    /// Under a statutory direction.
    case direction
    /// Under an improvement notice.
    case notice
    /// The position is not known on the day.
    case uncertain

    /// The band of a full status.
    public init(_ status: InterventionStatus) {
        switch (status.state, status.certainty) {
        case (_, .unknown): self = .uncertain
        case (.underDirection, _): self = .direction
        case (.underNotice, _): self = .notice
        default: self = .none
        }
    }
}
