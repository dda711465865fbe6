import JourneyModel

/// What a column of a council table holds, once its header is placed.
enum ColumnMeaning: Hashable, Sendable {
    /// A column the importer reads past (the web link).
    case ignored
    case areaCode, name, region, status, authorityType
    /// explore-education-statistics' `geographic_level`: rows not at "Local authority" level
    /// (national and regional totals) are passed over.
    case geographicLevel
    /// A column that says the table is about something other than councils (a provider's
    /// URN, a setting's name): such tables are passed over.
    case otherSubject
    /// The inspection's or visit's (first) day.
    case start
    case published
    /// "ILACS Standard Inspection", "LA Monitoring visit", ...
    case type
    case theme
    /// One judgement column of a one-row-per-event table. For ILACS, the "children in care"
    /// column holds the combined judgement for inspections starting before 2023.
    case judgement(JudgementArea)
    /// One field of one inspection in a wide history table (one row per council).
    case slot(WideSlot, WideField)

    /// Whether the column says which council a row is about.
    var isIdentity: Bool {
        switch self {
        case .ignored, .areaCode, .name, .region, .status, .authorityType, .geographicLevel, .otherSubject:
            return true
        default: return false
        }
    }
}

/// One inspection's group of columns in a wide history table: "First SIF", "SLAC
/// re-inspection of safeguarding", "Second ILACS framework".
struct WideSlot: Hashable, Sendable {
    var framework: Framework
    /// The variant as people read it: "", "first", "second", "re-inspection",
    /// "re-inspection of safeguarding", ...
    var variant: String
}

/// A field of a ``WideSlot``.
enum WideField: Hashable, Sendable {
    case published, start, type
    case judgement(JudgementArea)
}
