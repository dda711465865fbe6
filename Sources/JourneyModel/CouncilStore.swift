import Foundation

/// What can answer for a data root's files: a council already loaded and kept in a compiled
/// form (the bundled data compiled at build time, or an index of a user's root).
///
/// ``CouncilCatalogue`` asks its store before reading a council's files and hands it what it
/// read. A store answers only when what it holds is current: it must never return a council
/// whose files have changed since it was kept (a store that cannot tell returns nil).
public protocol CouncilStore: Sendable {
    /// The kept result of loading the council `id` (the council and every diagnostic), if current.
    func result(for id: String) -> CouncilLoader.Result?
    /// Keeps the result of loading the council `id` from its files.
    func keep(_ result: CouncilLoader.Result, for id: String)
    /// What checking the root's own register finds (``RegisterCheck``, with the root's
    /// councils), if kept and current; nil to check the files.
    func registerCheck() -> RegisterCheck?
    /// Keeps what checking the root's own register found, for ``registerCheck()`` to answer
    /// while the register and the root's council folders are unchanged.
    func keep(registerCheck: RegisterCheck)
    /// The kept summaries (``CouncilSummary``) of those of the councils `ids` whose files are
    /// unchanged since their result was kept, by id, without decoding their results. The
    /// catalogue loads (and keeps) the others.
    func summaries(for ids: [String]) -> [String: CouncilSummary]
    /// The positions of `names` in name order (``Swift/Array/sortedByName(_:)``), if kept for
    /// exactly these names in this order under the current locale; nil to sort them.
    func nameOrder(of names: [String]) -> [Int]?
    /// Keeps the name order of `names`, for ``nameOrder(of:)`` to answer.
    func keep(nameOrder: [Int], of names: [String])
}

extension CouncilStore {
    public func registerCheck() -> RegisterCheck? { nil }
    public func keep(registerCheck: RegisterCheck) {}
    public func summaries(for ids: [String]) -> [String: CouncilSummary] { [:] }
    public func nameOrder(of names: [String]) -> [Int]? { nil }
    public func keep(nameOrder: [Int], of names: [String]) {}
}

extension CouncilLoader.Result: CompiledValue {
    /// What the compiled form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array("journey-council-2\n".utf8)

    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(councils: try reader.read(), diagnostics: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(councils)
        writer.write(diagnostics)
    }

    /// The compact binary form the stores keep: every field in order, read back without parsing
    /// text (``init(encoded:)``).
    public func encoded() -> Data { encoded(mark: Self.compiledMark) }

    /// A result from ``encoded()``'s form.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded data: Data) throws(CompiledFormError) {
        try self.init(encoded: data.byteArray)
    }

    /// A result from ``encoded()``'s form, as bytes: for a store that holds them elsewhere
    /// (a database row) and copies them once.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded bytes: [UInt8]) throws(CompiledFormError) {
        try self.init(encoded: bytes, mark: Self.compiledMark)
    }
}
