import JourneyModel

/// The search screen's state: the query line and the hits it finds.
public struct SearchState: Equatable, Sendable {
    public var prompt = TextPrompt(label: "Search: ")
    /// Whether keys type into the query (true when the screen opens) or move in the results.
    public var isEditing = true
    /// The hits for the query as typed.
    public var hits: [SearchHit] = []
    public var list = ListState()

    public init() {}

    /// The selected hit, if any.
    public var selectedHit: SearchHit? {
        hits.indices.contains(list.selected) ? hits[list.selected] : nil
    }
}
