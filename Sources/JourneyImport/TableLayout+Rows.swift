import JourneyModel

/// Reading a table's data rows into councils and observations.
extension TableLayout {
    /// The council a data row is about; nil when the row names none.
    func council(in row: ODSRow) -> RawCouncil? {
        guard let name = text(.name, row) else { return nil }
        return RawCouncil(name: name, areaCode: text(.areaCode, row)?.uppercased(), region: text(.region, row),
                          status: text(.status, row), authorityType: text(.authorityType, row))
    }

    /// The inspections and visits a data row records.
    func observations(in row: ODSRow, council: RawCouncil, release: ReleaseInfo) throws -> [Observation] {
        let citation = Observation.Citation(release: release, sheet: sheet, row: row.number)
        if isWide { return try wideObservations(row, council: council, citation: citation) }
        return try longObservation(row, council: council, citation: citation).map { [$0] } ?? []
    }

    // MARK: - One row per inspection or visit

    private func longObservation(_ row: ODSRow, council: RawCouncil,
                                 citation: Observation.Citation) throws -> Observation? {
        let grades = try gradedColumns(row) { meaning in
            if case .judgement(let area) = meaning { return area }
            return nil
        }
        let typeColumn = column(.type)
        let typeText = text(.type, row)
        let theme = text(.theme, row)
        guard let start = try date(.start, row) else {
            guard grades.isEmpty && typeText == nil && theme == nil else {
                throw ImportError.badValue(place(row, column(.start) ?? 0), header: header(.start),
                                           value: "", expected: "a day-first date such as 25/11/2019")
            }
            return nil
        }
        var observation = Observation(council: council, kind: .inspection, start: start,
                                      published: try date(.published, row), citation: citation)
        if let typeText, let typeColumn {
            (observation.kind, observation.type) = try Self.kindAndType(typeText, at: place(row, typeColumn),
                                                                         header: header(.type))
        }
        if observation.kind == .inspection {
            observation.framework = .ilacs
            observation.judgements = try ilacsJudgements(grades, row: row, before2023: start < Framework.careLeaversSeparateFrom ? .yes : .no)
        } else {
            if let first = grades.first {
                throw ImportError.badValue(place(row, first.column), header: headers[first.column] ?? "",
                                           value: first.grade.rawValue, expected: "no grade: visits are not graded")
            }
            observation.theme = theme
        }
        return observation
    }

    /// Reads "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit", "LA Monitoring visit".
    static func kindAndType(_ text: String, at place: CellPlace, header: String) throws -> (EventKind, InspectionType?) {
        let words = Set(HeaderText.normalise(text).split(separator: " "))
        if words.contains("focused") { return (.focusedVisit, nil) }
        if words.contains("monitoring") { return (.monitoringVisit, nil) }
        if words.contains("standard") { return (.inspection, .standard) }
        if words.contains("short") { return (.inspection, .short) }
        throw ImportError.badValue(place, header: header, value: text,
                                   expected: "'ILACS Standard Inspection', 'ILACS Short Inspection', "
                                       + "'ILACS Focused Visit' or 'LA Monitoring visit'")
    }

    // MARK: - One wide row per council

    private func wideObservations(_ row: ODSRow, council: RawCouncil,
                                  citation: Observation.Citation) throws -> [Observation] {
        var slots: [WideSlot] = []
        for index in columns.keys.sorted() {
            if case .slot(let slot, _) = columns[index], !slots.contains(slot) { slots.append(slot) }
        }
        return try slots.compactMap { try slotObservation(slot: $0, row, council: council, citation: citation) }
    }

    private func slotObservation(slot: WideSlot, _ row: ODSRow, council: RawCouncil,
                                 citation: Observation.Citation) throws -> Observation? {
        let grades = try gradedColumns(row) { meaning in
            if case .slot(slot, .judgement(let area)) = meaning { return area }
            return nil
        }
        let typeText = text(.slot(slot, .type), row)
        let start = try date(.slot(slot, .start), row)
        let published = try date(.slot(slot, .published), row)
        guard start != nil || published != nil else {
            guard grades.isEmpty && typeText == nil else {
                let dateColumn = column(.slot(slot, .published)) ?? column(.slot(slot, .start)) ?? 0
                throw ImportError.badValue(place(row, dateColumn), header: headers[dateColumn] ?? "", value: "",
                                           expected: "a publication date for the judgements in this row")
            }
            return nil
        }
        var observation = Observation(council: council, kind: .inspection, framework: slot.framework,
                                      variant: slot.variant, start: start, published: published, citation: citation)
        if let typeText, let typeColumn = column(.slot(slot, .type)) {
            let (kind, type) = try Self.kindAndType(typeText, at: place(row, typeColumn), header: headers[typeColumn] ?? "")
            guard kind == .inspection else {
                throw ImportError.badValue(place(row, typeColumn), header: headers[typeColumn] ?? "", value: typeText,
                                           expected: "an inspection type")
            }
            observation.type = type
        }
        if slot.framework == .ilacs {
            let day = start ?? published ?? Framework.careLeaversSeparateFrom
            let before: Knowledge = day < Framework.careLeaversSeparateFrom ? .yes : (start == nil ? .unknown : .no)
            observation.judgements = try ilacsJudgements(grades, row: row, before2023: before)
        } else {
            observation.judgements = grades.map { Judgement(area: $0.area, grade: $0.grade) }
        }
        return observation
    }
}
