/// How the council picker orders councils.
public enum PickerSort: String, CaseIterable, Hashable, Sendable {
    case name, region, judgement

    /// The next order, for Tab.
    public var next: PickerSort {
        let all = PickerSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The order's name for the screen.
    public var title: String {
        switch self {
        case .name: return "name"
        case .region: return "region"
        case .judgement: return "latest judgement"
        }
    }
}
