import Foundation

extension SearchHit.Owner: CompiledValue {}
extension SearchHit.Field: CompiledValue {}

/// The compiled form an index keeps each unit in (the same writer and reader as a council's
/// result), read back for the units that may hold a phrase.
extension SearchUnit: CompiledValue {
    /// What the form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array("unit-1\n".utf8)

    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(owner: try reader.read(), ownerID: try reader.read(), eventID: try reader.read(),
                  page: try reader.read(), field: try reader.read(), index: try reader.read(),
                  line: try reader.read(), fileLine: try reader.read(), lines: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(owner)
        writer.write(ownerID)
        writer.write(eventID)
        writer.write(page)
        writer.write(field)
        writer.write(index)
        writer.write(line)
        writer.write(fileLine)
        writer.write(lines)
    }

    /// The unit as bytes for ``init(encoded:)``.
    public func encoded() -> Data { encoded(mark: Self.compiledMark) }

    /// A unit from ``encoded()``'s bytes.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded data: Data) throws(CompiledFormError) {
        try self.init(encoded: data.byteArray, mark: Self.compiledMark)
    }
}
