extension ReportText {
    /// A place in the text: a page (1-based) and a line of it (0-based).
    public struct Place: Hashable, Sendable {
        public var page: Int
        public var line: Int

        public init(page: Int, line: Int) {
            self.page = page
            self.line = line
        }
    }

    /// Where the report's section for a judgement starts: the heading of the section that
    /// explains the grade ("The experiences and progress of children who need help and
    /// protection: inadequate"; in a SIF report, the heading with the grade beside it). The
    /// overall effectiveness, which has no section of its own, is the front page's top. Nil
    /// when no such heading is found.
    public func section(for area: JudgementArea) -> Place? { sections()[area] }

    /// Every judgement's section that the text has, found in one pass over it.
    public func sections() -> [JudgementArea: Place] {
        var found: [JudgementArea: Place] = [:]
        if let first = pages.first { found[.overallEffectiveness] = Place(page: first.number, line: 0) }
        for page in pages.dropFirst() where !Self.isContents(page) {
            for index in page.lines.indices where Self.mayOpenHeading(page.lines[index]) {
                let window = Self.key(page.lines[index..<min(page.lines.count, index + 3)].map(Self.leftColumn))
                for (area, wanted) in Self.headings where found[area] == nil
                    && wanted.contains(where: { Self.starts(window, with: $0) }) {
                    found[area] = Place(page: page.number, line: index)
                }
            }
        }
        return found
    }

    /// The headings that open each judgement's section, in ILACS and SIF reports, as keys.
    private static let headings: [JudgementArea: [String]] = [
        .impactOfLeaders: ["the impact of leaders on social work practice with children and families"],
        .helpAndProtection: ["the experiences and progress of children who need help and protection"],
        .childrenInCareAndCareLeavers: ["the experiences and progress of children in care and care leavers"],
        .childrenInCare: ["the experiences and progress of children in care"],
        .careLeavers: ["the experiences and progress of care leavers", "the graded judgement about the experience and progress of care leavers",
                       "the graded judgement about the experiences and progress of care leavers"],
        .lookedAfterAndPermanence: ["the experiences and progress of children looked after and achieving permanence"],
        .adoptionPerformance: ["the graded judgement for adoption performance", "the graded judgement about adoption performance"],
        .leadershipManagementGovernance: ["leadership management and governance"],
        .safeguardingBoard: ["the local safeguarding children board"],
    ]

    /// Whether `text` starts with the heading as whole words (so "children in care" is not
    /// found in "children in care and care leavers").
    private static func starts(_ text: String, with heading: String) -> Bool {
        guard text.hasPrefix(heading) else { return false }
        let rest = text.dropFirst(heading.count)
        return rest.isEmpty || (rest.first == " " && !rest.dropFirst().hasPrefix("and care leavers"))
    }

    /// A heading starts at the left margin.
    private static func mayOpenHeading(_ line: String) -> Bool {
        guard let first = line.firstIndex(where: { $0 != " " }) else { return false }
        return line.distance(from: line.startIndex, to: first) <= 1
    }

    /// A line up to its first wide gap: the left column of a two-column heading (a line indented
    /// far holds only the right column).
    private static func leftColumn(_ line: String) -> String {
        if line.prefix(while: { $0 == " " }).count >= 20 { return "" }
        guard let gap = line.range(of: "   ", range: line.firstIndex { $0 != " " }.map { $0..<line.endIndex }) else {
            return line
        }
        return String(line[..<gap.lowerBound])
    }

    /// Lower case, letters and digits only, single spaces.
    private static func key(_ lines: [String]) -> String {
        let text = lines.joined(separator: " ").lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(text).split(separator: " ").joined(separator: " ")
    }

    private static func isContents(_ page: Page) -> Bool {
        page.lines.first { !$0.allSatisfy(\.isWhitespace) }.map { key([$0]) == "contents" } ?? false
    }
}
