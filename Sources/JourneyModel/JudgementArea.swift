/// An area that an Ofsted inspection judges. Which areas apply depends on the framework
/// and, for ILACS, on the date (see ``Framework/areas(startingOn:)``).
public enum JudgementArea: String, CaseIterable, Sendable, Codable {
    case overallEffectiveness = "overall-effectiveness"
    case impactOfLeaders = "impact-of-leaders"
    case helpAndProtection = "help-and-protection"
    case childrenInCareAndCareLeavers = "children-in-care-and-care-leavers"
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"
    // The SIF's own areas.
    case lookedAfterAndPermanence = "looked-after-and-permanence"
    case adoptionPerformance = "adoption-performance"
    case leadershipManagementGovernance = "leadership-management-and-governance"
    case safeguardingBoard = "lscb"
    // The SLAC inspections' two overall judgements.
    case safeguarding = "safeguarding"
    case lookedAfterChildren = "looked-after-children"

    /// ILACS from January 2018 to 31 December 2022: four judgements.
    public static let ilacsBefore2023: [JudgementArea] = [
        .overallEffectiveness, .impactOfLeaders, .helpAndProtection, .childrenInCareAndCareLeavers,
    ]
    /// ILACS from 1 January 2023: five judgements.
    public static let ilacsFrom2023: [JudgementArea] = [
        .overallEffectiveness, .impactOfLeaders, .helpAndProtection, .childrenInCare, .careLeavers,
    ]
    /// The Single Inspection Framework, with its sub-judgements and the LSCB review.
    public static let sif: [JudgementArea] = [
        .overallEffectiveness, .helpAndProtection, .lookedAfterAndPermanence, .adoptionPerformance,
        .careLeavers, .leadershipManagementGovernance, .safeguardingBoard,
    ]

    /// Safeguarding and looked after children inspections (SLAC, 2009 to 2012): the overall
    /// effectiveness of safeguarding services and of services for looked after children.
    public static let slac: [JudgementArea] = [.safeguarding, .lookedAfterChildren]

    /// The area's name as Ofsted words it.
    public var title: String {
        switch self {
        case .overallEffectiveness: return "Overall effectiveness"
        case .impactOfLeaders: return "The impact of leaders on social work practice with children and families"
        case .helpAndProtection: return "The experiences and progress of children who need help and protection"
        case .childrenInCareAndCareLeavers: return "The experiences and progress of children in care and care leavers"
        case .childrenInCare: return "The experiences and progress of children in care"
        case .careLeavers: return "The experiences and progress of care leavers"
        case .lookedAfterAndPermanence: return "Children looked after and achieving permanence"
        case .adoptionPerformance: return "Adoption performance"
        case .leadershipManagementGovernance: return "Leadership, management and governance"
        case .safeguardingBoard: return "Review of the Local Safeguarding Children Board"
        case .safeguarding: return "Overall effectiveness of safeguarding services"
        case .lookedAfterChildren: return "Overall effectiveness of services for looked after children"
        }
    }

    /// A short label for tables and narrow screens.
    public var shortTitle: String {
        switch self {
        case .overallEffectiveness: return "Overall effectiveness"
        case .impactOfLeaders: return "Impact of leaders"
        case .helpAndProtection: return "Help and protection"
        case .childrenInCareAndCareLeavers: return "Children in care and care leavers"
        case .childrenInCare: return "Children in care"
        case .careLeavers: return "Care leavers"
        case .lookedAfterAndPermanence: return "Looked after and permanence"
        case .adoptionPerformance: return "Adoption performance"
        case .leadershipManagementGovernance: return "Leadership and governance"
        case .safeguardingBoard: return "LSCB"
        case .safeguarding: return "Safeguarding"
        case .lookedAfterChildren: return "Looked after children"
        }
    }
}

/// One graded judgement of an inspection.
public struct Judgement: Hashable, Sendable, Codable {
    public var area: JudgementArea
    public var grade: Grade

    public init(area: JudgementArea, grade: Grade) {
        self.area = area
        self.grade = grade
    }
}
