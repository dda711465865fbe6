import JourneyModel

/// Reading a table's data rows into councils and observations.
extension TableLayout {
    /// What one data row gave: the council it names (nil when it names none), its inspections
    /// and visits, whether it was skipped, and the warnings it raised.
    struct RowResult {
        var council: RawCouncil?
        var observations: [Observation] = []
        var skipped = false
        var warnings: [ImportWarning] = []
    }

    /// Whether a row is outside the councils: explore-education-statistics' national and regional rows.
    func isAboveCouncilLevel(_ row: ODSRow) -> Bool {
        guard let index = column(.geographicLevel), case .value(let level) = row[index].reading else { return false }
        return HeaderText.normalise(level) != "local authority"
    }

    /// Reads one data row.
    func read(_ row: ODSRow, release: ReleaseInfo) -> RowResult {
        var cells = RowCells(row, in: self)
        var result = RowResult()
        guard let name = cells.text(.name) else {
            cells.warnRow(.skippedRow, "no council name; row skipped")
            return RowResult(skipped: true, warnings: cells.warnings)
        }
        let council = RawCouncil(name: name, areaCode: cells.areaCode(), region: cells.text(.region),
                                 status: cells.text(.status), authorityType: cells.text(.authorityType))
        result.council = council
        let citation = Observation.Citation(release: release, sheet: citedSheet, row: row.number)
        if isWide {
            result.observations = wideObservations(&cells, council: council, citation: citation)
        } else if let observation = longObservation(&cells, council: council, citation: citation) {
            result.observations = [observation]
        }
        result.skipped = cells.warnings.contains { $0.kind == .skippedRow }
        result.warnings = cells.warnings
        return result
    }

    // MARK: - One row per inspection or visit

    private func longObservation(_ cells: inout RowCells, council: RawCouncil,
                                 citation: Observation.Citation) -> Observation? {
        let grades = cells.grades { meaning in
            if case .judgement(let area) = meaning { return area }
            return nil
        }
        let typeText = cells.text(.type)
        let theme = cells.text(.theme)
        let start = cells.date(.start)
        let published = cells.date(.published)
        var kind = EventKind.inspection
        var type: InspectionType?
        if let typeText, let typeColumn = column(.type) {
            if let known = Self.kindAndType(typeText) {
                (kind, type) = known
            } else {
                let fate = grades.isEmpty ? "the row is skipped (it cannot tell an inspection from a visit)"
                    : "read as an inspection, since it has grades"
                cells.warn(.unknownType, column: typeColumn, "unknown inspection or visit type '\(typeText)'; expected "
                           + Self.typeWordings + "; " + fate)
                if grades.isEmpty {
                    cells.warnRow(.skippedRow, "no known inspection or visit type; row skipped")
                    return nil
                }
            }
        }
        guard start != nil || published != nil else {
            if !grades.isEmpty || typeText != nil || theme != nil {
                cells.warnRow(.skippedRow, "grades, a type or a theme but no usable inspection or publication date; "
                              + "row skipped")
            }
            return nil
        }
        guard kind != .inspection else {
            var observation = inspection(&cells, grades, start, published, council, citation)
            observation.type = type
            return observation
        }
        for graded in grades {
            cells.warn(.misplacedGrade, column: graded.column,
                       "visits are not graded; grade '\(graded.grade.rawValue)' skipped")
        }
        var observation = Observation(council: council, kind: kind, start: start, published: published, citation: citation)
        observation.theme = theme
        return observation
    }

    private func inspection(_ cells: inout RowCells, _ grades: [RowCells.GradedColumn], _ start: CalendarDay?,
                            _ published: CalendarDay?, _ council: RawCouncil,
                            _ citation: Observation.Citation) -> Observation {
        var observation = Observation(council: council, kind: .inspection, framework: .ilacs, start: start,
                                      published: published, citation: citation)
        observation.judgements = cells.ilacsJudgements(grades, before2023: Self.before2023(start: start,
                                                                                           published: published))
        return observation
    }

    /// Whether an ILACS inspection started before 2023, from its start or, failing that, its publication.
    static func before2023(start: CalendarDay?, published: CalendarDay?) -> Knowledge {
        if let start { return start < Framework.careLeaversSeparateFrom ? .yes : .no }
        guard let published else { return .unknown }
        return published < Framework.careLeaversSeparateFrom ? .yes : .unknown
    }

    static let typeWordings = "'ILACS Standard Inspection', 'ILACS Short Inspection', 'ILACS Focused Visit' "
        + "or 'LA Monitoring visit'"

    /// Reads "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit", "LA Monitoring visit".
    static func kindAndType(_ text: String) -> (EventKind, InspectionType?)? {
        let words = Set(HeaderText.normalise(text).split(separator: " "))
        if words.contains("focused") { return (.focusedVisit, nil) }
        if words.contains("monitoring") { return (.monitoringVisit, nil) }
        if words.contains("standard") { return (.inspection, .standard) }
        if words.contains("short") { return (.inspection, .short) }
        return nil
    }

    // MARK: - One wide row per council

    private func wideObservations(_ cells: inout RowCells, council: RawCouncil,
                                  citation: Observation.Citation) -> [Observation] {
        var slots: [WideSlot] = []
        for index in columns.keys.sorted() {
            if case .slot(let slot, _) = columns[index], !slots.contains(slot) { slots.append(slot) }
        }
        return slots.compactMap { slotObservation(slot: $0, &cells, council: council, citation: citation) }
    }

    private func slotObservation(slot: WideSlot, _ cells: inout RowCells, council: RawCouncil,
                                 citation: Observation.Citation) -> Observation? {
        let grades = cells.grades { meaning in
            if case .slot(slot, .judgement(let area)) = meaning { return area }
            return nil
        }
        var type: InspectionType?
        if let typeColumn = column(.slot(slot, .type)), let typeText = cells.text(.slot(slot, .type)) {
            if case (.inspection, let known)? = Self.kindAndType(typeText) {
                type = known
            } else {
                cells.warn(.unknownType, column: typeColumn, "unknown inspection type '\(typeText)'; expected "
                           + "'ILACS Standard Inspection' or 'ILACS Short Inspection'; type skipped")
            }
        }
        let start = cells.date(.slot(slot, .start))
        let published = cells.date(.slot(slot, .published))
        guard start != nil || published != nil else {
            if !grades.isEmpty {
                let dateColumn = column(.slot(slot, .published)) ?? column(.slot(slot, .start)) ?? 0
                cells.warn(.skippedInspection, column: dateColumn, "grades but no usable date for this inspection; "
                           + "inspection skipped")
            }
            return nil
        }
        var observation = Observation(council: council, kind: .inspection, framework: slot.framework,
                                      variant: slot.variant, type: type, start: start, published: published,
                                      citation: citation)
        if slot.framework == .ilacs {
            observation.judgements = cells.ilacsJudgements(grades, before2023: Self.before2023(start: start,
                                                                                               published: published))
        } else {
            observation.judgements = grades.map { Judgement(area: $0.area, grade: $0.grade) }
        }
        return observation
    }
}
