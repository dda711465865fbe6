/// How the movement commands move a scroll position or a selection.
enum Scrolling {
    /// The rows a movement command moves by on a page of `visible` rows; nil for other commands.
    /// `Int.min` and `Int.max` stand for "to the first" and "to the last".
    static func delta(for command: Command, visible: Int) -> Int? {
        let page = max(1, visible - 1)
        switch command {
        case .moveDown: return 1
        case .moveUp: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .moveToFirst: return Int.min
        case .moveToLast: return Int.max
        default: return nil
        }
    }

    /// A scroll offset moved by a command and kept in `0...maxScroll`; nil if not a movement.
    static func offset(_ offset: Int, by command: Command, visible: Int, maxScroll: Int) -> Int? {
        guard let delta = delta(for: command, visible: visible) else { return nil }
        let target: Int = switch delta {
        case Int.min: 0
        case Int.max: maxScroll
        default: offset + delta
        }
        return min(max(0, target), max(0, maxScroll))
    }

    /// Moves a list selection by a command; false if the command is not a movement.
    static func move(_ list: inout ListState, by command: Command, count: Int, visible: Int) -> Bool {
        guard let delta = delta(for: command, visible: visible) else { return false }
        switch delta {
        case Int.min: list.select(0, count: count, visible: visible)
        case Int.max: list.select(count - 1, count: count, visible: visible)
        default: list.move(by: delta, count: count, visible: visible)
        }
        return true
    }
}
