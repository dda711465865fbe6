/// A DfE statutory direction: issued, revised or revoked.
public struct Direction: Hashable, Sendable {
    /// What the event did to the direction.
    public enum Action: String, CaseIterable, Sendable, Codable {
        case issued, revised, revoked
    }

    /// The legal basis unless a file says otherwise.
    public static let standardLegalBasis =
        "Section 497A of the Education Act 1996, as applied by section 50 of the Children Act 2004"

    public var action: Action
    /// For a revised direction, the id of the direction it replaces; for a revocation,
    /// the id of the direction it revokes.
    public var target: String?
    public var legalBasis: String

    public init(action: Action, target: String? = nil, legalBasis: String = Direction.standardLegalBasis) {
        self.action = action
        self.target = target
        self.legalBasis = legalBasis
    }
}
