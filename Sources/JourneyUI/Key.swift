/// A key the user pressed, as the backend decodes it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (a Unicode scalar the terminal sent as text).
    case character(Character)
    /// Control plus a letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// The key as the help screen writes it: `j`, `Ctrl-C`, `Up`, `PgDn`, `F1`.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        }
    }

    /// Whether the key types text into a text-entry line (a printable character) rather than
    /// giving a command there.
    public var isText: Bool {
        if case .character = self { return true }
        return false
    }

    /// The key as the status line's hints write it: arrows as `←` `→` `↑` `↓`, else as ``description``.
    public var symbol: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return description
        }
    }
}
