import Foundation
import JourneyModel

extension IndependentCheck {
    /// One inspection's columns in the wide history table, as the test reads them.
    struct Slot {
        var framework: Framework
        var date: String
        var grades: [(header: String, area: JudgementArea)]
    }

    static let ilacsFirst: [(String, JudgementArea)] = [
        ("overall effectiveness", .overallEffectiveness), ("impact of leaders", .impactOfLeaders),
        ("experiences and progress of children who need help and protection", .helpAndProtection),
        ("experiences and progress of children in care and care leavers", .childrenInCareAndCareLeavers),
    ]

    static func sif(_ prefix: String, _ date: String) -> Slot {
        Slot(framework: .sif, date: date, grades: [
            ("\(prefix) Overall Judgement (OE)", .overallEffectiveness),
            ("\(prefix) children who need help and protection", .helpAndProtection),
            ("\(prefix) children looked after and achieving permanence", .lookedAfterAndPermanence),
            ("\(prefix) CLA Sub: Adoption Performance", .adoptionPerformance),
            ("\(prefix) CLA Sub: Experiences and progress of care leavers", .careLeavers),
            ("\(prefix) leadership, management and governance", .leadershipManagementGovernance),
        ] + (prefix == "First SIF" ? [("LSCB Overall Effectiveness", .safeguardingBoard)] : []))
    }

    static func ilacs(_ prefix: String, second: Bool) -> Slot {
        let grades = second
            ? Array(ilacsFirst.prefix(3)) + [("experiences and progress of children in care", .childrenInCare),
                                             ("experiences and progress of care leavers", .careLeavers)]
            : ilacsFirst
        return Slot(framework: .ilacs, date: "\(prefix) publication date",
                    grades: grades.map { ("\(prefix) \($0.0)", $0.1) })
    }

    static let slots: [Slot] = [
        Slot(framework: .slac, date: "Safeguarding & Looked After Children (SLAC) Inspection publication date",
             grades: [("SLAC Safeguarding Overall effectiveness (OE)", .safeguarding),
                      ("SLAC Looked After Children Overall Effectiveness (OE)", .lookedAfterChildren)]),
        Slot(framework: .slac, date: "SLAC re-inspection of Safeguarding publication date",
             grades: [("SLAC re-inspection Safeguarding OE", .safeguarding)]),
        Slot(framework: .slac, date: "SLAC re-inspection of services for Children Looked After publication date",
             grades: [("SLAC re-inspection of services Children Looked After OE", .lookedAfterChildren)]),
        Slot(framework: .cpi, date: "Child Protection Inspections (CPI) publication date",
             grades: [("CPI Overall Effectiveness (OE)", .overallEffectiveness)]),
        Slot(framework: .cpi, date: "Child Protection Re-Inspection (CPRI) publication date",
             grades: [("CPRI Overall Effectiveness (OE)", .overallEffectiveness)]),
        Slot(framework: .tlac, date: "Targeted Looked After Children (TLAC) inspection publication date",
             grades: [("TLAC Overall Effectiveness (OE)", .overallEffectiveness)]),
        sif("First SIF", "Single Inspection of LA Children's Services (SIF) First SIF publication date"),
        sif("SIF Re-inspection", "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date"),
        ilacs("First ILACS framework", second: false), ilacs("Second ILACS framework", second: true),
        ilacs("ILACS framework", second: false),
    ]

    /// Checks every row of the wide history sheet: one event per dated slot, with its grades.
    mutating func checkWideSheet(_ sheet: String, of url: URL, release: String) throws {
        for table in Self.tables(try NaiveSheetReader.rows(of: sheet, in: url)) {
            let header = table.header.map { $0.replacingOccurrences(of: "\n", with: " ") }
            for row in table.rows {
                let key = RowKey(release: release, sheet: sheet, row: row.number)
                let dated = Self.slots.filter { Self.cell(row.cells, header, [$0.date]) != nil }
                expected[key] = dated.count
                let cited = eventsByRow[key] ?? []
                if cited.count != dated.count { problem("\(key): \(cited.count) events, \(dated.count) dated slots") }
                for slot in dated { checkSlot(slot, row.cells, header: header, cited: cited.map(\.event), key: key) }
            }
        }
    }

    private mutating func checkSlot(_ slot: Slot, _ cells: [String], header: [String], cited: [Event], key: RowKey) {
        let date = Self.cell(cells, header, [slot.date]) ?? ""
        let candidates = cited.filter { event in
            guard case .inspection(let inspection) = event.detail, inspection.framework == slot.framework else {
                return false
            }
            return event.published?.iso == date || Self.disagrees(event, on: "publication date")
        }
        guard let event = candidates.first else {
            problem("\(key): no \(slot.framework.rawValue) event published \(date)")
            return
        }
        for (gradeHeader, area) in slot.grades {
            guard let grade = Self.cell(cells, header, [gradeHeader]), grade != "-" else { continue }
            let placed = area == .childrenInCare && event.start.first < Framework.careLeaversSeparateFrom
                ? .childrenInCareAndCareLeavers : area
            let found = event.judgements.first { $0.area == placed }?.grade.rawValue
            if found != grade && !Self.disagrees(event, on: "judgement") {
                problem("\(key): \(slot.framework.rawValue) \(placed.rawValue) \(found ?? "none"), release '\(grade)'")
            }
        }
    }
}
