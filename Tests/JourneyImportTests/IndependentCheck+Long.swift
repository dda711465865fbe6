import Foundation
import JourneyModel
@testable import JourneyImport

extension IndependentCheck {
    static let longAreas: [JudgementArea] = [.overallEffectiveness, .impactOfLeaders, .helpAndProtection,
                                             .childrenInCare, .careLeavers]

    /// Checks every row of a one-row-per-event sheet.
    mutating func checkLongSheet(_ sheet: String, of url: URL, release: String) throws {
        for table in Self.tables(try NaiveSheetReader.rows(of: sheet, in: url)) {
            for row in table.rows {
                checkLongRow(row, header: table.header, key: RowKey(release: release, sheet: sheet, row: row.number))
            }
        }
    }

    private mutating func checkLongRow(_ row: (number: Int, cells: [String]), header: [String], key: RowKey) {
        let cells = row.cells
        guard let start = Self.cell(cells, header, ["Inspection date", "Inspection/Visit date"]) else {
            if eventsByRow[key] != nil { problem("\(key): no date, yet cited") }
            return
        }
        expected[key] = 1
        guard let cited = eventsByRow[key], cited.count == 1, let (council, event) = cited.first else {
            problem("\(key): cited by \(eventsByRow[key]?.count ?? 0) events, expected 1")
            return
        }
        let name = Self.cell(cells, header, ["Local authority name"]) ?? ""
        if let code = Self.cell(cells, header, ["Local authority area code"]), council.areaCode != code {
            problem("\(key): area code \(code) landed in \(council.id) (\(council.areaCode ?? "none"))")
        }
        if !council.isFormer, CouncilDirectory.matchingKey(council.name) != CouncilDirectory.matchingKey(name) {
            problem("\(key): '\(name)' landed in \(council.name)")
        }
        if event.start.iso != start && !Self.disagrees(event, on: "start") {
            problem("\(key): start \(event.start.iso), release \(start)")
        }
        if let published = Self.cell(cells, header, ["Publication date"]), event.published?.iso != published,
           !Self.disagrees(event, on: "publication date") {
            problem("\(key): published \(event.published?.iso ?? "none"), release \(published)")
        }
        checkKindAndValues(event, cells: cells, header: header, start: start, key: key)
    }

    private mutating func checkKindAndValues(_ event: Event, cells: [String], header: [String], start: String, key: RowKey) {
        let type = Self.cell(cells, header, ["Inspection type", "Inspection/Visit type"]) ?? ""
        let kind: EventKind = type.contains("Focused") ? .focusedVisit : type.contains("Monitoring") ? .monitoringVisit
            : .inspection
        if event.kind != kind { problem("\(key): kind \(event.kind), release '\(type)'") }
        if kind != .inspection {
            let theme = Self.cell(cells, header, ["Visit Theme"])
            if event.detail != .visit(theme: theme) && !Self.disagrees(event, on: "theme") {
                problem("\(key): \(event.detail), release theme \(theme ?? "none")")
            }
            return
        }
        let expectedType: InspectionType? = type.contains("Standard") ? .standard : type.contains("Short") ? .short : nil
        if let expectedType, case .inspection(let inspection) = event.detail, inspection.type != expectedType,
           !Self.disagrees(event, on: "inspection type") {
            problem("\(key): type \(String(describing: inspection.type)), release '\(type)'")
        }
        guard let first = header.firstIndex(of: "Overall effectiveness") else { return }
        for (offset, area) in Self.longAreas.enumerated() where first + offset < cells.count {
            let grade = cells[first + offset]
            guard !grade.isEmpty else { continue }
            let placed = area == .childrenInCare && start < "2023-01-01" ? .childrenInCareAndCareLeavers : area
            let found = event.judgements.first { $0.area == placed }?.grade.rawValue
            if found != grade && !Self.disagrees(event, on: "judgement") {
                problem("\(key): \(placed.rawValue) \(found ?? "none"), release '\(grade)'")
            }
        }
    }
}
