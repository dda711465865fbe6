/// The one table of key bindings. It resolves keys to commands and generates the help
/// screen, the status line's key hints and docs/keys.md, so none of them can drift.
public struct KeyTable: Hashable, Sendable {
    /// Every binding, in help order.
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command a key gives, looking through `contexts` in order, then ``KeyContext/global``.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts + [.global] {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The bindings of one context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// Short key hints for the status line: `j/k move`, `Enter open`, ..., `? help`, `q quit`.
    ///
    /// Bindings sharing a hint label merge (`j/k move`); a command already hinted in a more
    /// specific context is not hinted, and a command is hinted by its first key that does not do
    /// something else there (`F1 help` in the letter reader, where `?` searches backward). Moving and
    /// opening come first, then the screen's own keys, help, and leaving last.
    /// While a line is being typed (``KeyContext/textEntry`` first), printable keys type text,
    /// so only bindings with another key (Enter, Esc, arrows) are hinted, by that key.
    /// On the first screen, where q quits and Esc stays, q is hinted as "quit" and Esc not at all.
    public func hints(in contexts: [KeyContext], firstScreen: Bool = false) -> [(keys: String, label: String)] {
        let typing = contexts.first == .textEntry
        var result: [(keys: String, label: String)] = []
        // Arrays, not sets: a few dozen bindings, and no hashing of keys and commands at start-up
        // (the first Set of a type costs the runtime a scan of every conformance in the binary).
        var seenCommands: [Command] = []
        var seenKeys: [Key] = []
        for context in contexts + [.global] {
            let contextBindings = bindings(in: context)
            defer { seenKeys += contextBindings.flatMap(\.keys) }
            for binding in contextBindings where !seenCommands.contains(binding.command) {
                let usable = (typing ? binding.keys.filter { !$0.isText } : binding.keys).filter { !seenKeys.contains($0) }
                guard let firstKey = usable.first else { continue }
                seenCommands.append(binding.command)
                guard var label = binding.hint else { continue }
                if firstScreen && binding.command == .back { continue }
                if firstScreen && binding.command == .leave { label = "quit" }
                if let index = result.firstIndex(where: { $0.label == label }) {
                    result[index].keys += "/" + firstKey.symbol
                } else {
                    result.append((firstKey.symbol, label))
                }
            }
        }
        let first = ["move", "open"]
        let last = ["back", "quit", "cancel"]
        func rank(_ label: String) -> Int {
            first.contains(label) ? 0 : (label == "help" ? 2 : (last.contains(label) ? 3 : 1))
        }
        return result.enumerated().sorted { lhs, rhs in
            (rank(lhs.element.label), lhs.offset) < (rank(rhs.element.label), rhs.offset)
        }.map(\.element)
    }
}
