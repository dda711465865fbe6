/// A person in a role over a council, for the span the sources establish.
public struct RoleHolder: Hashable, Sendable, Codable {
    public var name: String
    public var role: Role
    /// A more precise title than the role (e.g. "Interim Executive Director of Children's Services").
    public var title: String?
    public var from: PartialDate?
    public var to: PartialDate?
    public var note: String?
    public var sources: [Source]

    public init(name: String, role: Role, title: String? = nil, from: PartialDate? = nil,
                to: PartialDate? = nil, note: String? = nil, sources: [Source] = []) {
        self.name = name
        self.role = role
        self.title = title
        self.from = from
        self.to = to
        self.note = note
        self.sources = sources
    }
}

/// The roles the model tracks over time.
public enum Role: String, CaseIterable, Sendable, Codable {
    case mayor
    case directorOfChildrensServices = "director-of-childrens-services"
    case leadMember = "lead-member"
    case chiefExecutive = "chief-executive"
    case commissioner
    case adviser
    case minister
    case secretaryOfState = "secretary-of-state"
    case regionalDirector = "regional-director"
    case mp

    /// Whether one person holds the role at a time (every role but ``mp``).
    public var isHeldByOnePerson: Bool { self != .mp }

    /// The role's name for people.
    public var label: String {
        switch self {
        case .mayor: return "Mayor"
        case .directorOfChildrensServices: return "Director of children's services"
        case .leadMember: return "Lead member"
        case .chiefExecutive: return "Chief executive"
        case .commissioner: return "Commissioner"
        case .adviser: return "Improvement adviser"
        case .minister: return "Minister"
        case .secretaryOfState: return "Secretary of State"
        case .regionalDirector: return "Regional director"
        case .mp: return "MP"
        }
    }
}
