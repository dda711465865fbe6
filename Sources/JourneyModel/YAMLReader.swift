import Foundation
import Yams

/// Reads typed values out of a YAML node tree, recording a diagnostic at the node's place
/// for every problem instead of stopping at the first.
///
/// Untrusted YAML is only ever composed into nodes (never `Yams.load`), with the size of
/// the tree bounded so that alias bombs are reported rather than expanded.
final class YAMLReader {
    /// At most this many nodes once aliases are expanded.
    static let nodeLimit = 100_000

    let file: String
    /// Lines before the YAML text in the file (front matter starts after `---`).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    // MARK: - Parsing

    /// Composes `text` into a node tree, or records why it cannot.
    func compose(_ text: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else { return nil }
            var budget = YAMLReader.nodeLimit
            guard YAMLReader.fits(root, budget: &budget) else {
                error("YAML document has more than \(YAMLReader.nodeLimit) nodes once aliases are expanded "
                      + "(an alias bomb?)", at: root)
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            record(yamlError)
        } catch {
            self.error("cannot parse YAML: \(error)", line: 1, column: 1)
        }
        return nil
    }

    /// Counts nodes depth-first, stopping as soon as the budget runs out.
    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard fits(key, budget: &budget), fits(value, budget: &budget) else { return false }
            }
        case .sequence(let sequence):
            for item in sequence where !fits(item, budget: &budget) { return false }
        case .scalar, .alias:
            break
        }
        return true
    }

    private func record(_ yamlError: YamlError) {
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            error("YAML syntax: \(prefix)\(problem)", line: mark.line, column: mark.column)
        case let .reader(problem, offset, _, _):
            error("YAML reader: \(problem)" + (offset.map { " at byte offset \($0)" } ?? ""), line: 1, column: 1)
        case let .duplicatedKeysInMapping(duplicates, context):
            error("duplicate keys: \(duplicates.joined(separator: ", "))",
                  line: context.mark.line, column: context.mark.column)
        default:
            error("YAML: \(yamlError)", line: 1, column: 1)
        }
    }

    // MARK: - Diagnostics

    func error(_ message: String, at node: Node?) {
        add(.error, message, at: node)
    }

    func warning(_ message: String, at node: Node?) {
        add(.warning, message, at: node)
    }

    func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(file: file, line: line + lineOffset, column: column, message: message))
    }

    private func add(_ severity: Diagnostic.Severity, _ message: String, at node: Node?) {
        diagnostics.append(diagnostic(severity, message, at: node))
    }

    /// A diagnostic at a node's place in this file, without recording it.
    func diagnostic(_ severity: Diagnostic.Severity = .error, _ message: String, at node: Node?) -> Diagnostic {
        let mark = node?.mark
        return Diagnostic(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1,
                          severity: severity, message: message)
    }

    // MARK: - Typed reads

    /// The entries of a mapping, keys as strings; records non-string and duplicate keys.
    func mapping(_ node: Node?, _ what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values", at: node)
            return nil
        }
        var seen: Set<String> = []
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("\(what): keys must be plain text", at: keyNode)
                continue
            }
            guard seen.insert(key).inserted else {
                error("duplicate key '\(key)' in \(what)", at: keyNode)
                continue
            }
            entries.append((key, keyNode, value))
        }
        return entries
    }

    /// The items of a sequence.
    func sequence(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            return []
        }
        guard case .sequence(let sequence) = node else {
            error("\(what) must be a list", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A scalar's text; records an error for mappings, lists, nulls and blank text.
    func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            error("\(what) must be text", at: node)
            return nil
        }
        let isNull = scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
        if isNull || scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            error("\(what) is empty", at: node)
            return nil
        }
        return scalar.string
    }

    /// A single string or a list of strings.
    func strings(_ node: Node?, _ what: String) -> [String]? {
        guard let node else { return nil }
        if node.scalar != nil { return string(node, what).map { [$0] } }
        return sequence(node, what)?.compactMap { string($0, "each item of \(what)") }
    }

    /// An ISO 8601 date at day, month or year precision.
    func date(_ node: Node?, _ what: String) -> PartialDate? {
        guard let text = string(node, what) else { return nil }
        if let date = PartialDate(iso: text) { return date }
        if text.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil {
            error("\(what) '\(text)' is not a real date", at: node)
        } else {
            error("\(what) '\(text)' is not an ISO 8601 date (2024-09-06, 2022-03 or 2022)", at: node)
        }
        return nil
    }

    /// One of a fixed set of values, with a suggestion when it is a near miss.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, _ what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        error("unknown \(what) '\(text)'" + Spelling.hint(for: text, among: names)
              + " (expected one of: \(names.joined(separator: ", ")))", at: node)
        return nil
    }

    /// Records an error for every key not in `allowed`, with a suggestion.
    func rejectUnknownKeys(_ entries: [(key: String, keyNode: Node, value: Node)], allowed: [String],
                           in what: String, explain: [String: String] = [:]) {
        for entry in entries where !allowed.contains(entry.key) {
            if let reason = explain[entry.key] {
                error("'\(entry.key)' is not allowed in \(what): \(reason)", at: entry.keyNode)
            } else {
                error("unknown key '\(entry.key)' in \(what)" + Spelling.hint(for: entry.key, among: allowed),
                      at: entry.keyNode)
            }
        }
    }
}

extension Array where Element == (key: String, keyNode: Node, value: Node) {
    /// The value node for a key.
    subscript(key: String) -> Node? { first { $0.key == key }?.value }

    /// The key node for a key, to point diagnostics at it.
    func keyNode(_ key: String) -> Node? { first { $0.key == key }?.keyNode }
}
