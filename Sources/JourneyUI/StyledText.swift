/// A piece of text and the role it is drawn in; views build rows out of these.
public struct StyledText: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .text) {
        self.text = text
        self.role = role
    }
}
