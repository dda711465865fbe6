/// One step of a DfE intervention: a statutory direction or an improvement notice (for
/// children's social care, or for special educational needs and disabilities), issued,
/// revised or ended. The event's kind says which measure it is.
public struct Intervention: Hashable, Sendable, Codable {
    /// What the event did to the measure.
    public enum Action: String, CaseIterable, Sendable, Codable {
        case issued, revised
        /// A direction ended.
        case revoked
        /// An improvement notice ended.
        case lifted

        /// Whether the action ends the measure.
        public var ends: Bool { self == .revoked || self == .lifted }
    }

    /// The legal basis of a children's social care direction unless a file says otherwise.
    public static let standardLegalBasis =
        "Section 497A of the Education Act 1996, as applied by section 50 of the Children Act 2004"

    public var action: Action
    /// For a revision, the id of the direction or notice it replaces; for an ending, the id of
    /// the one it ends.
    public var target: String?
    /// For an issued direction, the id of the improvement notice it replaced.
    public var replaces: String?
    /// Whether the event's date is only the day by which it had happened (`by:` in the file),
    /// not the day it happened.
    public var dateIsUpperBound: Bool
    /// The power it was made under, when known.
    public var legalBasis: String?

    public init(action: Action, target: String? = nil, replaces: String? = nil, dateIsUpperBound: Bool = false,
                legalBasis: String? = nil) {
        self.action = action
        self.target = target
        self.replaces = replaces
        self.dateIsUpperBound = dateIsUpperBound
        self.legalBasis = legalBasis
    }

    /// A children's social care direction, with the standard legal basis unless one is given.
    public static func direction(_ action: Action, target: String? = nil, replaces: String? = nil,
                                 legalBasis: String = Intervention.standardLegalBasis) -> Intervention {
        Intervention(action: action, target: target, replaces: replaces, legalBasis: legalBasis)
    }
}
