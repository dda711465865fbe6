/// A screen on the stack.
public enum Screen: String, Hashable, Sendable {
    case home
    case event
    case letter
    case search
    case help
    case picker
    case improvements

    /// The key context of the screen.
    public var keyContext: KeyContext {
        switch self {
        case .home: return .home
        case .event: return .event
        case .letter: return .letter
        case .search: return .search
        case .help: return .help
        case .picker: return .picker
        case .improvements: return .improvements
        }
    }

    /// The screen's name for the status line.
    public var title: String {
        switch self {
        case .home: return "Journey"
        case .event: return "Event"
        case .letter: return "Letter"
        case .search: return "Search"
        case .help: return "Help"
        case .picker: return "Councils"
        case .improvements: return "What needs to improve"
        }
    }
}
