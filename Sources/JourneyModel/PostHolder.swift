/// A person who held a role on a given day, with how certain that is.
///
/// Built by ``Council/postHolders(on:)`` from the council's ``RoleHolder`` records.
public struct PostHolder: Sendable, Hashable, Codable {
    public var name: String
    public var role: Role
    /// A more precise title than the role, when the file gives one.
    public var title: String?
    /// When they took up the role; `nil` when the file does not say.
    public var from: PartialDate?
    /// When they left; `nil` when they are not known to have left.
    public var to: PartialDate?
    public var note: String?
    /// ``Knowledge/yes`` when they certainly held the role on the day, ``Knowledge/unknown``
    /// when a missing start or a partial date leaves it open.
    public var certainty: Knowledge
    /// Why `certainty` is unknown, e.g. "started in March 2020; the exact date is not known".
    public var uncertainty: String?

    public init(name: String, role: Role, title: String? = nil, from: PartialDate? = nil,
                to: PartialDate? = nil, note: String? = nil, certainty: Knowledge = .yes,
                uncertainty: String? = nil) {
        self.name = name
        self.role = role
        self.title = title
        self.from = from
        self.to = to
        self.note = note
        self.certainty = certainty
        self.uncertainty = uncertainty
    }
}
