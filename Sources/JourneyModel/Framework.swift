/// The inspection framework an Ofsted inspection ran under.
public enum Framework: String, CaseIterable, Sendable, Codable {
    /// Inspections of safeguarding and looked after children's services (SLAC), 2009 to 2012,
    /// with their re-inspections.
    case slac = "SLAC"
    /// Unannounced child protection inspections (CPI), 2009 to 2013, with their re-inspections (CPRI).
    case cpi = "CPI"
    /// Targeted inspections of services for looked after children (TLAC), 2012 to 2013.
    case tlac = "TLAC"
    /// The Single Inspection Framework, November 2013 to 2017.
    case sif = "SIF"
    /// Inspecting Local Authority Children's Services, from January 2018.
    case ilacs = "ILACS"

    /// The day from which ILACS judges care leavers separately (five judgements, not four).
    public static let careLeaversSeparateFrom = CalendarDay(year: 2023, month: 1, day: 1)!

    /// The judgement areas an inspection under this framework, starting on `start`, may have.
    ///
    /// For ILACS the answer depends on the date: before 1 January 2023 care leavers share a
    /// judgement with children in care; from then on they have their own. When `start` is
    /// too vague to tell (not possible for the current boundary, which falls on a year's
    /// first day), both sets are allowed.
    public func areas(startingOn start: PartialDate) -> [JudgementArea] {
        switch self {
        case .slac:
            return JudgementArea.slac
        case .cpi, .tlac:
            return [.overallEffectiveness]
        case .sif:
            return JudgementArea.sif
        case .ilacs:
            switch start.isBefore(PartialDate(Framework.careLeaversSeparateFrom)) {
            case .yes: return JudgementArea.ilacsBefore2023
            case .no: return JudgementArea.ilacsFrom2023
            case .unknown: return JudgementArea.ilacsBefore2023 + [.childrenInCare, .careLeavers]
            }
        }
    }
}

extension Framework {
    /// The grades an inspection under this framework may give, best first.
    ///
    /// Every framework uses Ofsted's four-point scale; Ofsted's statistics publish the older
    /// frameworks' "adequate" as "Requires improvement to be good".
    public var grades: [Grade] { Grade.allCases }

    /// Whether the framework predates the SIF's "requires improvement to be good" (November 2013):
    /// its inspections graded outstanding, good, adequate or inadequate.
    public var gradedAdequate: Bool { self == .slac || self == .cpi || self == .tlac }

    /// How a grade of this framework reads in Ofsted's statistics, when their words are not the
    /// inspection's own; nil when they are.
    ///
    /// Ofsted's statistics give every grade in today's words ("we have used the current inspection
    /// framework's ... wording rather than the wording at the time of inspection", notes to
    /// "Children's social care data in England 2023"), so an older inspection's "adequate"
    /// appears as "Requires improvement to be good": Middlesbrough's 2011 inspections, judged
    /// "adequate" in Ofsted's 2016 report, appear so in the 2022 and 2023 releases.
    public func releaseWording(of grade: Grade) -> String? {
        guard gradedAdequate, grade == .requiresImprovement else { return nil }
        return "Ofsted's statistics word this grade \"\(grade.rawValue)\"; \(rawValue) inspections "
            + "called it \"adequate\""
    }

    /// The framework's name for people: "Single Inspection Framework (SIF)".
    public var title: String {
        switch self {
        case .slac: return "Safeguarding and looked after children inspection (SLAC)"
        case .cpi: return "Child protection inspection (CPI)"
        case .tlac: return "Targeted looked after children inspection (TLAC)"
        case .sif: return "Single Inspection Framework (SIF)"
        case .ilacs: return "Inspecting local authority children's services (ILACS)"
        }
    }
}

/// The kind of ILACS inspection.
public enum InspectionType: String, CaseIterable, Sendable, Codable {
    /// About two weeks; for councils judged requires improvement or inadequate.
    case standard
    /// About one week; for councils last judged good or outstanding.
    case short
}
