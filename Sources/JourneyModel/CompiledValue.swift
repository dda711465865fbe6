import Foundation

/// A value with a compiled form: written field by field by ``CompiledWriter`` and read back in
/// the same order by ``CompiledReader``.
protocol CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError)
    func write(to writer: inout CompiledWriter)
}

extension String: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) { self = try reader.read(String.self) }
    func write(to writer: inout CompiledWriter) { writer.write(self) }
}

extension Int: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) { self = try reader.read(Int.self) }
    func write(to writer: inout CompiledWriter) { writer.write(self) }
}

extension CompiledValue {
    /// The value alone in a compiled form that starts with `mark` (what the stores keep).
    func encoded(mark: [UInt8]) -> Data {
        var writer = CompiledWriter(mark: mark)
        write(to: &writer)
        return Data(writer.bytes)
    }

    /// A value from ``encoded(mark:)``'s bytes, every one of them read.
    ///
    /// - Throws: ``CompiledFormError`` when the bytes are not that form or are damaged.
    init(encoded bytes: [UInt8], mark: [UInt8]) throws(CompiledFormError) {
        var reader = try CompiledReader(bytes, mark: mark)
        try self.init(from: &reader)
        try reader.finish()
    }
}

/// Enumerations kept by their place among the cases: a compiled form is only ever read by the
/// build that wrote it (the bundled data is compiled with the program, an index is stamped with it).
extension CompiledValue where Self: CaseIterable & Equatable, AllCases == [Self] {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        let index = try reader.read(UInt.self)
        guard index < UInt(Self.allCases.count) else { throw .damaged }
        self = Self.allCases[Int(index)]
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(UInt(Self.allCases.firstIndex(of: self) ?? 0))
    }
}

extension EventKind: CompiledValue {}
extension Framework: CompiledValue {}
extension InspectionType: CompiledValue {}
extension Grade: CompiledValue {}
extension JudgementArea: CompiledValue {}
extension Intervention.Action: CompiledValue {}
extension OversightAction: CompiledValue {}
extension Role: CompiledValue {}
extension DataCoverage.Source.Kind: CompiledValue {}
extension Diagnostic.Severity: CompiledValue {}
