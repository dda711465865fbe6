/// Everything read from one release.
struct ReleaseReading: Sendable {
    var release: ReleaseInfo
    /// Every council a data row names, with the row that names it.
    var mentions: [(council: RawCouncil, citation: Observation.Citation)]
    var observations: [Observation]
    /// What the reader dropped or skipped.
    var warnings: [String]
}
