/// A column of the council picker, each one a way to sort it.
public enum PickerColumn: String, CaseIterable, Hashable, Sendable {
    case name, grade, intervention, since, next, region

    /// The column's name in "sorted by ...".
    public var title: String {
        switch self {
        case .name: return "Council"
        case .grade: return "Grade"
        case .intervention: return "Intervention now"
        case .since: return "Since"
        case .next: return "Next (estimate)"
        case .region: return "Region"
        }
    }

    /// The heading over the column, as wide as it allows: the grade column also shows when the
    /// inspection behind the grade began ("RI Mar 2023"); a narrow next window is "Next" (the
    /// title line says it is sorted by an estimate).
    public func heading(width: Int) -> String {
        switch self {
        case .grade: return width >= 16 ? "Grade, inspected" : "Inspected"
        case .next: return width >= title.count ? title : "Next"
        default: return title
        }
    }

    /// The column after this one (for `>` and Tab), wrapping around.
    public var next: PickerColumn { step(1) }
    /// The column before this one (for `<` and Shift-Tab), wrapping around.
    public var previous: PickerColumn { step(-1) }

    private func step(_ delta: Int) -> PickerColumn {
        let all = PickerColumn.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + delta + all.count) % all.count]
    }
}

/// Which councils the picker lists.
public enum PickerFilter: String, CaseIterable, Hashable, Sendable {
    case all
    case underDirection = "under-direction"
    case inadequate
    case overdue

    /// For the title line: "under direction as recorded".
    public var title: String {
        switch self {
        case .all: return "all"
        case .underDirection: return "under direction as recorded"
        case .inadequate: return "latest Inadequate"
        case .overdue: return "next inspection overdue"
        }
    }

    /// Whether a council's line passes the filter.
    func admits(_ line: CouncilOverview) -> Bool {
        switch self {
        case .all: return true
        // A former council's last recorded direction is history, not a position it can be in now.
        case .underDirection: return line.intervention.isUnderDirection && !line.isFormer
        case .inadequate: return line.grade == .inadequate
        case .overdue: return line.next?.progress == .overdue
        }
    }

    /// The next filter, for `f`.
    public var next: PickerFilter {
        let all = PickerFilter.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
