import JourneyModel

/// Reads the cells of one data row of a table. A placeholder, or a value that is not what its
/// column holds, is skipped with a warning at its cell; the rest of the row is still read.
struct RowCells {
    /// A grade found in a judgement column.
    struct GradedColumn {
        var area: JudgementArea
        var grade: Grade
        var column: Int
    }

    /// Years outside this range are taken as a mangled date.
    static let plausibleYears = 2000...2099

    let layout: TableLayout
    let row: ODSRow
    private(set) var warnings: [ImportWarning] = []

    init(_ row: ODSRow, in layout: TableLayout) {
        self.row = row
        self.layout = layout
    }

    /// Adds a warning about the cell in `column`.
    mutating func warn(_ kind: ImportWarning.Kind, column: Int, _ message: String) {
        warnings.append(ImportWarning(kind, at: layout.place(row, column), header: layout.headers[column], message))
    }

    /// Adds a warning about the whole row.
    mutating func warnRow(_ kind: ImportWarning.Kind, _ message: String) {
        warnings.append(ImportWarning(kind, at: CellPlace(file: layout.file, sheet: layout.sheet, row: row.number),
                                      message))
    }

    /// The value in the column holding `meaning`: nil when there is none, or a placeholder (warned).
    mutating func text(_ meaning: ColumnMeaning) -> String? {
        guard let index = layout.column(meaning) else { return nil }
        return value(at: index)
    }

    /// The value in a column: nil when empty, or a placeholder (warned).
    mutating func value(at index: Int) -> String? {
        switch row[index].reading {
        case .empty: return nil
        case .value(let text): return text.isEmpty ? nil : text
        case .placeholder(let reason):
            warn(.placeholder, column: index, "\(reason); no value")
            return nil
        }
    }

    /// The date in the column holding `meaning`; nil when absent, a placeholder or not a date (warned).
    mutating func date(_ meaning: ColumnMeaning) -> CalendarDay? {
        guard let index = layout.column(meaning) else { return nil }
        let cell = row[index]
        if cell.valueType != "date" && value(at: index) == nil { return nil }
        guard let day = cell.day, Self.plausibleYears.contains(day.year) else {
            warn(.unknownDate, column: index, "unknown date '\(cell.trimmedText)'; expected a day-first date such as "
                 + "25/11/2019 (between \(Self.plausibleYears.lowerBound) and \(Self.plausibleYears.upperBound)); "
                 + "date skipped")
            return nil
        }
        return day
    }

    /// The area code (`E06000002`); nil when absent, a placeholder or not a GSS code (warned).
    mutating func areaCode() -> String? {
        guard let index = layout.column(.areaCode), let text = value(at: index) else { return nil }
        let code = text.uppercased()
        let digits = code.dropFirst()
        guard code.count == 9, let first = code.first, "ENSW".contains(first),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            warn(.unknownAreaCode, column: index, "unknown area code '\(text)'; expected a code such as E06000002; "
                 + "the council is matched by name")
            return nil
        }
        return code
    }

    /// The grades in the judgement columns that `area` picks out, in column order; placeholders
    /// and unknown words are skipped with a warning.
    mutating func grades(_ area: (ColumnMeaning) -> JudgementArea?) -> [GradedColumn] {
        var found: [GradedColumn] = []
        for index in layout.columns.keys.sorted() {
            guard let meaning = layout.columns[index], let judged = area(meaning),
                  let text = value(at: index) else { continue }
            guard let grade = ODSCell.grade(fromText: text) else {
                warn(.unknownGrade, column: index, "unknown grade '\(text)'; expected "
                     + Grade.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + "; grade skipped")
                continue
            }
            found.append(GradedColumn(area: judged, grade: grade, column: index))
        }
        return found
    }

    /// ILACS judgements: before 2023 the "children in care" column holds the combined
    /// judgement and there is no care-leavers grade; from 2023 the two are separate. A grade
    /// that cannot belong is skipped with a warning.
    mutating func ilacsJudgements(_ grades: [GradedColumn], before2023: Knowledge) -> [Judgement] {
        grades.compactMap { graded in
            switch (graded.area, before2023) {
            case (.childrenInCare, .yes):
                return Judgement(area: .childrenInCareAndCareLeavers, grade: graded.grade)
            case (.careLeavers, .yes):
                warn(.misplacedGrade, column: graded.column, "care leavers were judged separately only from "
                     + "1 January 2023; grade '\(graded.grade.rawValue)' skipped")
                return nil
            case (.childrenInCareAndCareLeavers, .no):
                warn(.misplacedGrade, column: graded.column, "the combined children-in-care-and-care-leavers "
                     + "judgement ended on 1 January 2023; grade '\(graded.grade.rawValue)' skipped")
                return nil
            default:
                return Judgement(area: graded.area, grade: graded.grade)
            }
        }
    }
}
