/// A rectangle of cells. Layout is plain arithmetic on rectangles.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int = 0, y: Int = 0, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "\(width)x\(height)+\(x)+\(y)" }

    /// A size in one dimension for ``split(_:_:)``.
    public enum Extent: Hashable, Sendable {
        /// Exactly n cells (fewer if there is not room).
        case fixed(Int)
        /// A share of what is left after fixed extents, by weight.
        case fill(Int)
    }

    public enum Axis: Sendable { case horizontal, vertical }

    /// Splits the rectangle along an axis into consecutive parts.
    ///
    /// Fixed extents are served first, in order, while there is room; what remains is shared
    /// among fill extents by weight, the remainder going to the last fill.
    public func split(_ axis: Axis, _ extents: [Extent]) -> [Rect] {
        let total = axis == .vertical ? height : width
        var remaining = total
        var sizes = extents.map { extent -> Int in
            guard case .fixed(let n) = extent else { return 0 }
            let size = min(max(0, n), remaining)
            remaining -= size
            return size
        }
        let weights = extents.map { extent -> Int in
            if case .fill(let weight) = extent { return max(0, weight) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var given = 0
            let lastFill = weights.lastIndex { $0 > 0 }!
            for index in sizes.indices where weights[index] > 0 {
                let share = index == lastFill ? remaining - given : remaining * weights[index] / weightSum
                sizes[index] = share
                given += share
            }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch axis {
            case .vertical: return Rect(x: x, y: y + offset, width: width, height: size)
            case .horizontal: return Rect(x: x + offset, y: y, width: size, height: height)
            }
        }
    }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }
}
