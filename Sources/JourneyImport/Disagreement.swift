/// Two rows (of one release or of two) that record the same inspection or visit with
/// different values. The first value (newest release, then sheet order) is kept.
struct Disagreement: Hashable, Sendable {
    var field: String
    var kept: String
    var keptFrom: Observation.Citation
    var other: String
    var otherFrom: Observation.Citation

    /// One sentence for the event's summary and the import summary.
    var text: String {
        "the releases disagree on \(field): '\(kept)' (\(keptFrom.release.title), sheet \(keptFrom.sheet), "
            + "row \(keptFrom.row)) against '\(other)' (\(otherFrom.release.title), sheet \(otherFrom.sheet), "
            + "row \(otherFrom.row)); the first is kept"
    }
}
