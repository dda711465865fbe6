import Foundation
import JourneyModel

/// Reads the judgement table on a report's front page. In `pdftotext -layout` text the table
/// keeps its two columns: area labels on the left (wrapped over lines), grades on the right
/// after a wide gap. The labels found in the left column, in order, are paired with the grades
/// found in the right column, in order; a table whose counts differ is not read at all.
enum JudgementTable {
    /// The judgements of an inspection, in framework order; empty when the table cannot be read.
    static func read(_ pages: [[String]], framework: Framework, start: CalendarDay) -> [Judgement] {
        guard let first = pages.first else { return [] }
        var judgements: [Judgement]
        switch framework {
        case .ilacs: judgements = ilacsTable(first)
        case .sif: judgements = sifTable(first) + sifSentences(FlatText.of(first), all: FlatText.of(Array(pages.joined())))
        default: judgements = []
        }
        let allowed = framework.areas(startingOn: PartialDate(start))
        judgements = judgements.filter { allowed.contains($0.area) }
        return judgements.sorted { allowed.firstIndex(of: $0.area)! < allowed.firstIndex(of: $1.area)! }
    }

    private static let ilacsLabels: [(String, JudgementArea)] = [
        ("the impact of leaders on social work practice with children and families", .impactOfLeaders),
        ("the experiences and progress of children who need help and protection", .helpAndProtection),
        ("the experiences and progress of children in care and care leavers", .childrenInCareAndCareLeavers),
        ("the experiences and progress of children in care", .childrenInCare),
        ("the experiences and progress of care leavers", .careLeavers),
        ("overall effectiveness", .overallEffectiveness),
    ]

    private static let sifLabels: [(String, JudgementArea)] = [
        ("children who need help and protection", .helpAndProtection),
        ("children looked after and achieving permanence", .lookedAfterAndPermanence),
        ("adoption performance", .adoptionPerformance),
        ("experiences and progress of care leavers", .careLeavers),
        ("leadership management and governance", .leadershipManagementGovernance),
    ]

    /// From the "Judgement  Grade" header to the "Overall effectiveness" row.
    private static func ilacsTable(_ lines: [String]) -> [Judgement] {
        guard let header = lines.firstIndex(where: { FlatText.key($0) == "judgement grade" }) else { return [] }
        let rest = lines[(header + 1)...]
        let end = rest.firstIndex { FlatText.key($0).hasPrefix("overall effectiveness") } ?? rest.endIndex - 1
        return pair(Array(lines[(header + 1)...min(end, lines.count - 1)]), labels: ilacsLabels)
    }

    /// The numbered list under the SIF's overall sentence.
    private static func sifTable(_ lines: [String]) -> [Judgement] {
        let start = lines.firstIndex { FlatText.key($0).hasPrefix("1 children who need help") } ?? lines.count
        return pair(Array(lines[start...]), labels: sifLabels)
    }

    /// The SIF states the overall grade and the LSCB's in sentences.
    private static func sifSentences(_ first: String, all: String) -> [Judgement] {
        var found: [Judgement] = []
        let overall = #"children's services (?:in .{2,80}? )?(?:are|is|require|requires) (inadequate|good|outstanding|improvement to be good|improvement)"#
        if let grade = FlatText.capture(overall, in: first).flatMap({ grade(from: $0[1]) }) {
            found.append(Judgement(area: .overallEffectiveness, grade: grade))
        }
        let board = #"the local safeguarding children board (?:is|requires) (inadequate|good|outstanding|improvement to be good|improvement)"#
        if let grade = FlatText.capture(board, in: all).flatMap({ grade(from: $0[1]) }) {
            found.append(Judgement(area: .safeguardingBoard, grade: grade))
        }
        return found
    }

    /// Pairs the labels of the left column with the grades of the right, in order.
    private static func pair(_ lines: [String], labels: [(String, JudgementArea)]) -> [Judgement] {
        var left: [String] = []
        var right: [String] = []
        for line in lines {
            let (label, grade) = columns(line)
            left.append(label)
            right.append(grade)
        }
        let areas = areasInOrder(FlatText.key(left.joined(separator: " ")), labels: labels)
        let grades = gradesInOrder(FlatText.key(right.joined(separator: " ")))
        guard !areas.isEmpty, areas.count == grades.count else { return [] }
        return zip(areas, grades).map { Judgement(area: $0, grade: $1) }
    }

    /// A line cut at its last wide gap when what follows is grade words, or before grade words
    /// that end it after a single space (narrow tables); a line indented far (a grade on a line
    /// of its own) is all right column.
    static func columns(_ line: String) -> (left: String, right: String) {
        let indent = line.prefix { $0 == " " }.count
        let text = line.trimmingCharacters(in: .whitespaces)
        if indent >= 20, isGradeWords(text) { return ("", text) }
        if let gap = line.range(of: #"\S(\s{3,})\S[^\s]*(?:\s\S+)*$"#, options: .regularExpression) {
            let tail = line[gap].drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
            if isGradeWords(tail) {
                let head = line[..<gap.lowerBound] + String(line[gap].prefix(1))
                return (head.trimmingCharacters(in: .whitespaces), tail)
            }
        }
        let lowered = text.lowercased()
        for grade in ["requires improvement to be good", "requires improvement", "inadequate", "outstanding", "good"]
        where lowered.hasSuffix(" " + grade) {
            return (String(text.dropLast(grade.count)).trimmingCharacters(in: .whitespaces), String(text.suffix(grade.count)))
        }
        return (text, "")
    }

    private static func isGradeWords(_ text: String) -> Bool {
        let words = Set(FlatText.key(text).split(separator: " "))
        return !words.isEmpty && words.isSubset(of: ["requires", "require", "improvement", "to", "be", "good", "inadequate", "outstanding"])
    }

    private static func areasInOrder(_ text: String, labels: [(String, JudgementArea)]) -> [JudgementArea] {
        var found: [(Int, Int, JudgementArea)] = []
        for (label, area) in labels {
            var search = text.startIndex
            while let range = text.range(of: label, range: search..<text.endIndex) {
                found.append((text.distance(from: text.startIndex, to: range.lowerBound), label.count, area))
                search = range.upperBound
            }
        }
        found.sort { ($0.0, -$0.1) < ($1.0, -$1.1) }
        var kept: [(Int, Int, JudgementArea)] = []
        for item in found where kept.last.map({ item.0 >= $0.0 + $0.1 }) ?? true { kept.append(item) }
        return kept.map(\.2)
    }

    private static func gradesInOrder(_ text: String) -> [Grade] {
        var grades: [Grade] = []
        var words = text.split(separator: " ").map(String.init)[...]
        while let word = words.popFirst() {
            switch word {
            case "good": grades.append(.good)
            case "inadequate": grades.append(.inadequate)
            case "outstanding": grades.append(.outstanding)
            case "requires", "require":
                guard words.first == "improvement" else { continue }
                words.removeFirst()
                if Array(words.prefix(3)) == ["to", "be", "good"] { words.removeFirst(3) }
                grades.append(.requiresImprovement)
            default: continue
            }
        }
        return grades
    }

    /// A grade in a report's words: "requires improvement" is "Requires improvement to be good".
    static func grade(from words: String) -> Grade? {
        let key = FlatText.key(words)
        if key.hasPrefix("improvement") || key.hasPrefix("requires improvement") || key.hasPrefix("require improvement") {
            return .requiresImprovement
        }
        return gradesInOrder(key).first
    }
}
