/// Where a key binding applies. Keys resolve in the most specific context first, then
/// ``global``; while a text-entry line is active, ``textEntry`` comes before the screen's own.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case global
    case home
    case event
    case letter
    case report
    case search
    case help
    case picker
    case improvements
    case textEntry = "text-entry"

    /// The heading for the help screen and docs/keys.md.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .home: return "Journey (home screen)"
        case .event: return "Event"
        case .letter: return "Letter reader"
        case .report: return "Report reader"
        case .search: return "Search results"
        case .help: return "Help"
        case .picker: return "Council picker"
        case .improvements: return "What needs to improve, side by side"
        case .textEntry: return "Typing a query or filter"
        }
    }
}
