import JourneyModel

/// Maps each ``StyleRole`` to a ``Style``. Views never choose colours themselves.
///
/// Two themes ship: ``color`` (on the terminal's own background) and ``monochrome`` (for
/// `NO_COLOR` and `--no-color`), which carries every meaning through text, bold, underline
/// and reverse video. Meaning never rests on colour alone: grades always show their letter,
/// the selected row a `>` marker, the direction bar its own glyphs.
public struct Theme: Hashable, Sendable {
    /// The theme's name, for messages and snapshot headers.
    public let name: String
    /// The styles by ``StyleRole/position``: a view asks for a style per piece of text,
    /// thousands a frame, so without hashing.
    private let table: [Style]

    /// A theme from a style per role; roles left out are drawn plain, and a role given twice
    /// takes its last style. Pairs rather than a dictionary: building the theme hashes nothing
    /// (a dictionary's first use of a key type costs the runtime a scan of every conformance
    /// in the binary, at every start).
    public init(name: String, styles: KeyValuePairs<StyleRole, Style>) {
        self.name = name
        var table = [Style](repeating: .plain, count: StyleRole.allCases.count)
        for (role, style) in styles { table[role.position] = style }
        self.table = table
    }

    /// The style for a role.
    public subscript(role: StyleRole) -> Style { table[role.position] }

    /// Themes are equal when they have the same name and give every role the same style (a
    /// comparison of two arrays, at once when they are the same theme: views key what they keep
    /// by theme).
    public static func == (lhs: Theme, rhs: Theme) -> Bool {
        lhs.name == rhs.name && lhs.table == rhs.table
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(table)
    }

    /// The colour theme, or the monochrome one when `noColor` (e.g. `NO_COLOR` is set).
    public static func named(noColor: Bool) -> Theme { noColor ? .monochrome : .color }

    /// Colours on the terminal's default background.
    public static let color = Theme(name: "color", styles: [
        .title: Style(attributes: .bold),
        .label: Style(foreground: .cyan),
        .dim: Style(attributes: .dim),
        .selected: Style(attributes: [.reverse, .bold]),
        .gradeOutstanding: Style(foreground: .green, attributes: .bold),
        .gradeGood: Style(foreground: .cyan, attributes: .bold),
        .gradeRequiresImprovement: Style(foreground: .yellow, attributes: .bold),
        .gradeInadequate: Style(foreground: .red, attributes: .bold),
        .directionBar: Style(foreground: .magenta, attributes: .bold),
        .noticeBar: Style(foreground: .yellow),
        .directionUncertain: Style(foreground: .magenta, attributes: .dim),
        .marker: Style(foreground: .blue, attributes: .bold),
        .dateCursor: Style(foreground: .yellow, attributes: [.bold, .reverse]),
        .match: Style(foreground: .black, background: .yellow),
        .currentMatch: Style(foreground: .black, background: .yellow, attributes: [.bold, .underline]),
        .quote: Style(foreground: .green, attributes: .underline),
        .focusedQuote: Style(foreground: .green, attributes: [.underline, .reverse]),
        .underlined: Style(attributes: .underline),
        .strong: Style(attributes: .bold),
        .heading: Style(attributes: .bold),
        .pageMarker: Style(foreground: .cyan, attributes: .dim),
        .statusBar: Style(attributes: .reverse),
        .key: Style(attributes: [.reverse, .bold]),
        .prompt: Style(attributes: .bold),
        .notice: Style(foreground: .red, attributes: .bold),
    ])

    /// No colours: bold, underline, dim and reverse only.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .title: Style(attributes: .bold),
        .label: Style(attributes: .bold),
        .dim: Style(attributes: .dim),
        .selected: Style(attributes: [.reverse, .bold]),
        .gradeOutstanding: Style(attributes: .bold),
        .gradeGood: Style(attributes: .bold),
        .gradeRequiresImprovement: Style(attributes: [.bold, .underline]),
        .gradeInadequate: Style(attributes: [.bold, .reverse]),
        .directionBar: Style(attributes: .bold),
        .noticeBar: Style(),
        .directionUncertain: Style(attributes: .dim),
        .marker: Style(attributes: .bold),
        .dateCursor: Style(attributes: [.bold, .reverse]),
        .match: Style(attributes: .reverse),
        .currentMatch: Style(attributes: [.reverse, .bold, .underline]),
        .quote: Style(attributes: .underline),
        .focusedQuote: Style(attributes: [.underline, .reverse]),
        .underlined: Style(attributes: .underline),
        .strong: Style(attributes: .bold),
        .heading: Style(attributes: .bold),
        .pageMarker: Style(attributes: .dim),
        .statusBar: Style(attributes: .reverse),
        .key: Style(attributes: [.reverse, .bold]),
        .prompt: Style(attributes: .bold),
        .notice: Style(attributes: [.bold, .underline]),
    ])
}
