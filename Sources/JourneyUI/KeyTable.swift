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
    /// specific context, or whose first key does something else there, is not hinted. Moving and
    /// opening come first, then the screen's own keys, help, and leaving last.
    /// While a line is being typed (``KeyContext/textEntry`` first), printable keys type text,
    /// so only bindings with another key (Enter, Esc, arrows) are hinted, by that key.
    public func hints(in contexts: [KeyContext]) -> [(keys: String, label: String)] {
        let typing = contexts.first == .textEntry
        var result: [(keys: String, label: String)] = []
        var seenCommands = Set<Command>()
        var seenKeys = Set<Key>()
        for context in contexts + [.global] {
            let contextBindings = bindings(in: context)
            defer { seenKeys.formUnion(contextBindings.flatMap(\.keys)) }
            for binding in contextBindings where !seenCommands.contains(binding.command) {
                let usable = typing ? binding.keys.filter { !$0.isText } : binding.keys
                guard let firstKey = usable.first, !seenKeys.contains(firstKey) else { continue }
                seenCommands.insert(binding.command)
                guard let label = binding.hint else { continue }
                if let index = result.firstIndex(where: { $0.label == label }) {
                    result[index].keys += "/" + firstKey.symbol
                } else {
                    result.append((firstKey.symbol, label))
                }
            }
        }
        let first: Set<String> = ["move", "open"]
        let last: Set<String> = ["back", "quit", "cancel"]
        func rank(_ label: String) -> Int {
            first.contains(label) ? 0 : (label == "help" ? 2 : (last.contains(label) ? 3 : 1))
        }
        return result.enumerated().sorted { lhs, rhs in
            (rank(lhs.element.label), lhs.offset) < (rank(rhs.element.label), rhs.offset)
        }.map(\.element)
    }
}
