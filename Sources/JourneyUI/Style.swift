/// How a cell looks: colours and attributes. Views ask for styles by role through ``Theme``.
public struct Style: Hashable, Sendable {
    /// A terminal colour; `.default` is the terminal's own foreground or background.
    public enum Color: Hashable, Sendable {
        case `default`, black, red, green, yellow, blue, magenta, cyan, white
        /// One of the 256-colour palette.
        case indexed(UInt8)
    }

    /// Text attributes, as a set.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let reverse = Attributes(rawValue: 1 << 3)
    }

    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours and no attributes.
    public static let plain = Style()
}
