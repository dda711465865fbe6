import JourneyModel

/// The council picker's state: the filter being typed, the order and the selection.
public struct PickerState: Equatable, Sendable {
    public var prompt = TextPrompt(label: "Filter: ")
    public var sort: PickerSort = .name
    public var list = ListState()

    public init() {}

    /// Indices into `councils` of those matching the filter, in the chosen order.
    ///
    /// The filter matches the name or the region, ignoring case. Ordering by judgement puts the
    /// best latest overall grade first, councils with no graded inspection last.
    public func entries(of councils: [Council], today: CalendarDay) -> [Int] {
        let needle = prompt.text.lowercased()
        let matching = councils.indices.filter { index in
            needle.isEmpty || councils[index].name.lowercased().contains(needle)
                || (councils[index].region?.lowercased().contains(needle) ?? false)
        }
        let key: (Int) -> String = { index in
            let council = councils[index]
            switch sort {
            case .name: return council.name.lowercased()
            case .region: return (council.region ?? "~").lowercased() + "\u{0}" + council.name.lowercased()
            case .judgement:
                let grade = council.judgementStatus(on: today).latest?.overallGrade
                let rank = grade.flatMap { Grade.allCases.firstIndex(of: $0) } ?? Grade.allCases.count
                return "\(rank)\u{0}" + council.name.lowercased()
            }
        }
        return matching.sorted { key($0) < key($1) }
    }
}
