/// One row of the key table: the keys, the command they give in a context, and its help.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var context: KeyContext
    /// What the command does, for the help screen.
    public var help: String
    /// A one-word label for the status line's key hints; nil keeps it off the status line.
    public var hint: String?

    public init(_ keys: [Key], _ command: Command, in context: KeyContext, help: String, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
        self.hint = hint
    }

    /// The keys as the help screen writes them: `j, Down`.
    public var keyText: String { keys.map(\.description).joined(separator: ", ") }
}
