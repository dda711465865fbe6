import Foundation

extension Diagnostic: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.read(),
                  severity: try reader.read(), message: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(severity)
        writer.write(message)
    }
}

extension Array where Element == Diagnostic {
    /// What the form starts with; a form made by another version reads as ``CompiledFormError/otherFormat``.
    private static let compiledMark = Array<UInt8>("journey-diagnostics-1\n".utf8)

    /// The diagnostics in the compiled form (what checking a register found, kept by the stores).
    public func encoded() -> Data {
        var writer = CompiledWriter(mark: Self.compiledMark)
        writer.write(self)
        return Data(writer.bytes)
    }

    /// Diagnostics from ``encoded()``'s form.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    public init(encoded data: Data) throws(CompiledFormError) {
        var reader = try CompiledReader(data.byteArray, mark: Self.compiledMark)
        self = try reader.read()
        try reader.finish()
    }
}
