import Foundation

/// The compiled form a store keeps a summary in (the same writer and reader as a council's
/// result): decoded for every council at each start of the picker, so it is read field by field.
extension CouncilSummary {
    /// What the form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array("journey-summary-1\n".utf8)

    /// The summary as bytes for ``init(encoded:)``.
    public func encoded() -> Data {
        var writer = CompiledWriter(mark: Self.compiledMark)
        writer.write(id)
        writer.write(eventCount)
        writer.write(letterCount)
        writer.write(diagnostics)
        writer.write(council)
        return Data(writer.bytes)
    }

    /// A summary from ``encoded()``'s bytes.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded data: Data) throws(CompiledFormError) {
        var reader = try CompiledReader([UInt8](data), mark: Self.compiledMark)
        id = try reader.read()
        eventCount = try reader.read()
        letterCount = try reader.read()
        diagnostics = try reader.read()
        council = try reader.read()
        try reader.finish()
    }
}
