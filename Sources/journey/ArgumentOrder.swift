import ArgumentParser

/// Lets options come before the subcommand: `journey --data ROOT --council X summary` means
/// `journey summary --data ROOT --council X`.
///
/// ArgumentParser reads options only after the subcommand that declares them. When the
/// arguments as given do not parse, the words before each subcommand name are tried after the
/// rest instead, and the first arrangement that parses is used; otherwise the arguments stay as
/// they were, so that the error is about what was typed.
enum ArgumentOrder {
    static func arranged<Root: ParsableCommand>(_ arguments: [String], for root: Root.Type) -> [String] {
        // Only arguments that start with an option and name a subcommand later can need moving:
        // the rest (`journey`, `journey --council X`) are parsed once, by the command itself.
        guard let first = arguments.first, first.hasPrefix("-") else { return arguments }
        let names = Set(root.configuration.subcommands.map { $0._commandName })
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let candidates = arguments[..<end].indices.filter { $0 > 0 && names.contains(arguments[$0]) }
        guard !candidates.isEmpty, !parses(arguments, root) else { return arguments }
        for index in candidates {
            // Before a `--`, so that the options moved stay options.
            let moved = Array(arguments[index..<end]) + Array(arguments[..<index]) + Array(arguments[end...])
            if parses(moved, root) { return moved }
        }
        return arguments
    }

    /// Whether the arguments parse into a command (help and version requests count).
    private static func parses<Root: ParsableCommand>(_ arguments: [String], _ root: Root.Type) -> Bool {
        do {
            _ = try root.parseAsRoot(arguments)
            return true
        } catch {
            return root.exitCode(for: error) == .success
        }
    }
}
