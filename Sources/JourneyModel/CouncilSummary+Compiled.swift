import Foundation

/// The compiled form a store keeps a summary in (the same writer and reader as a council's
/// result). Every council's summary is read at each start of the picker, which shows a
/// screenful: so what a list needs of every council (name, region, former or not, as-at date)
/// comes first, and the reduced council last, decoded only when it is asked for.
extension CouncilSummary {
    /// What the form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array("journey-summary-3\n".utf8)

    /// The summary as bytes for ``init(encoded:)``.
    public func encoded() -> Data {
        var writer = CompiledWriter(mark: Self.compiledMark)
        writer.write(id)
        writer.write(eventCount)
        writer.write(letterCount)
        writer.write(diagnostics)
        writer.write(name)
        writer.write(region)
        writer.write(isFormer)
        writer.write(asAt)
        writer.write(council)
        return Data(writer.bytes)
    }

    /// A summary from ``encoded()``'s bytes. Its reduced council is decoded when first asked
    /// for; bytes of it that turn out to be damaged give the council that
    /// ``recovering(with:)``'s loader gives, never a council read from them.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged before
    ///   the reduced council.
    public init(encoded data: Data) throws(CompiledFormError) {
        let bytes = [UInt8](data)
        var reader = try CompiledReader(bytes, mark: Self.compiledMark)
        let id: String = try reader.read(), eventCount: Int = try reader.read(), letterCount: Int = try reader.read()
        let diagnostics: [Diagnostic] = try reader.read()
        let name: String = try reader.read(), region: String? = try reader.read()
        let isFormer = try reader.read(Bool.self), asAt: CalendarDay? = try reader.read()
        let hasCouncil = try reader.read(Bool.self)
        if !hasCouncil { try reader.finish() }
        self.init(id: id, name: name, region: region, isFormer: isFormer, asAt: asAt, hasCouncil: hasCouncil,
                  eventCount: eventCount, letterCount: letterCount, diagnostics: diagnostics,
                  reduced: hasCouncil ? DeferredCouncil(compiled: reader) : DeferredCouncil(nil))
    }
}
