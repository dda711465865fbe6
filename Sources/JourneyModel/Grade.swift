/// An Ofsted grade, exactly as Ofsted writes it, ordered from best to worst.
public enum Grade: String, CaseIterable, Sendable, Codable, Comparable {
    case outstanding = "Outstanding"
    case good = "Good"
    case requiresImprovement = "Requires improvement to be good"
    case inadequate = "Inadequate"

    /// An unambiguous short form that reads in monochrome: O, G, RI, I.
    public var letter: String {
        switch self {
        case .outstanding: return "O"
        case .good: return "G"
        case .requiresImprovement: return "RI"
        case .inadequate: return "I"
        }
    }

    /// Best first: `Outstanding < Good < Requires improvement to be good < Inadequate`.
    public static func < (lhs: Grade, rhs: Grade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses Ofsted's exact wording.
    public init?(text: String) {
        self.init(rawValue: text)
    }
}
