import Foundation

/// What checking a data root's own intervention register found, as the stores keep it: the
/// problems of its `register.yaml` alone (every council's loading result repeats them), and
/// every problem of the register. Kept, it spares a search or a check over a whole root from
/// parsing the register at all.
public struct RegisterCheck: Sendable, Equatable {
    /// The problems of `register.yaml` (``InterventionRegister/diagnostics``).
    public var registerFile: [Diagnostic]
    /// Every problem of the register (``InterventionRegister/check(knownCouncils:)``), those of
    /// `register.yaml` first.
    public var all: [Diagnostic]

    public init(registerFile: [Diagnostic], all: [Diagnostic]) {
        self.registerFile = registerFile
        self.all = all
    }

    /// Checks `register` against the councils it may name.
    public init(_ register: InterventionRegister, knownCouncils: Set<String>) {
        self.init(registerFile: register.diagnostics, all: register.check(knownCouncils: knownCouncils))
    }

    /// The check with `transform` applied to both lists (to rename the root in their files).
    public func mapped(_ transform: ([Diagnostic]) -> [Diagnostic]) -> RegisterCheck {
        RegisterCheck(registerFile: transform(registerFile), all: transform(all))
    }

    /// What the form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array("journey-register-check-2\n".utf8)

    /// The check in the compiled form the stores keep.
    public func encoded() -> Data { encoded(mark: Self.compiledMark) }

    /// A check from ``encoded()``'s form.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded data: Data) throws(CompiledFormError) {
        try self.init(encoded: data.byteArray, mark: Self.compiledMark)
    }
}

extension RegisterCheck: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(registerFile: try reader.read(), all: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(registerFile)
        writer.write(all)
    }
}
