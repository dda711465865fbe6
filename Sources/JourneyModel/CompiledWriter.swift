/// Writes values in the compiled form that stores keep (``CouncilLoader/Result/encoded()``):
/// unsigned integers as LEB128, signed ones zigzagged, strings as a length and UTF-8 bytes,
/// optionals behind a presence byte and arrays behind their count.
struct CompiledWriter {
    /// What has been written.
    private(set) var bytes: [UInt8]

    /// A writer whose form starts with `mark` (what ``CompiledReader/init(_:mark:)`` checks).
    init(mark: [UInt8]) { bytes = mark }

    mutating func write(_ value: UInt) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Int) {
        write(UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1))))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        let utf8 = value.utf8
        write(UInt(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func write<Value: CompiledValue>(_ value: Value) { value.write(to: &self) }

    mutating func write<Value: CompiledValue>(_ value: Value?) {
        guard let value else { return write(false) }
        write(true)
        value.write(to: &self)
    }

    mutating func write<Value: CompiledValue>(_ values: [Value]) {
        write(UInt(values.count))
        for value in values { value.write(to: &self) }
    }
}
