import JourneyModel

/// Reading single cells of a table's data rows.
extension TableLayout {
    /// A grade found in a judgement column.
    struct GradedColumn {
        var area: JudgementArea
        var grade: Grade
        var column: Int
    }

    /// The header written over the column holding `meaning`.
    func header(_ meaning: ColumnMeaning) -> String {
        column(meaning).flatMap { headers[$0] } ?? ""
    }

    /// The trimmed text of the column holding `meaning`; nil when absent or empty.
    func text(_ meaning: ColumnMeaning, _ row: ODSRow) -> String? {
        guard let index = column(meaning) else { return nil }
        let text = row[index].trimmedText
        return text.isEmpty ? nil : text
    }

    /// The date in the column holding `meaning`; nil when absent or empty; throws when not a date.
    func date(_ meaning: ColumnMeaning, _ row: ODSRow) throws -> CalendarDay? {
        guard let index = column(meaning), !row[index].isEmpty else { return nil }
        guard let day = row[index].day else {
            throw ImportError.badValue(place(row, index), header: headers[index] ?? "", value: row[index].trimmedText,
                                       expected: "a day-first date such as 25/11/2019")
        }
        return day
    }

    /// The grades in the judgement columns that `area` picks out, in column order.
    func gradedColumns(_ row: ODSRow, area: (ColumnMeaning) -> JudgementArea?) throws -> [GradedColumn] {
        var found: [GradedColumn] = []
        for index in columns.keys.sorted() {
            guard let meaning = columns[index], let judged = area(meaning) else { continue }
            switch row[index].grade {
            case .none: continue
            case .success(let grade)?: found.append(GradedColumn(area: judged, grade: grade, column: index))
            case .failure(let error)?:
                throw ImportError.badValue(place(row, index), header: headers[index] ?? "", value: error.text,
                                           expected: Grade.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                                               + " or an empty cell")
            }
        }
        return found
    }

    /// ILACS judgements: before 2023 the "children in care" column holds the combined
    /// judgement and there is no care-leavers grade; from 2023 the two are separate.
    func ilacsJudgements(_ grades: [GradedColumn], row: ODSRow, before2023: Knowledge) throws -> [Judgement] {
        try grades.map { graded in
            switch (graded.area, before2023) {
            case (.childrenInCare, .yes):
                return Judgement(area: .childrenInCareAndCareLeavers, grade: graded.grade)
            case (.careLeavers, .yes):
                throw ImportError.badValue(place(row, graded.column), header: headers[graded.column] ?? "",
                                           value: graded.grade.rawValue,
                                           expected: "no care-leavers grade for an inspection before 1 January 2023")
            case (.childrenInCareAndCareLeavers, .no):
                throw ImportError.badValue(place(row, graded.column), header: headers[graded.column] ?? "",
                                           value: graded.grade.rawValue,
                                           expected: "separate children-in-care and care-leavers grades from 1 January 2023")
            default:
                return Judgement(area: graded.area, grade: graded.grade)
            }
        }
    }
}
