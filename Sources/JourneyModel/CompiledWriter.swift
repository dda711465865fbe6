/// Writes values in the compiled form that stores keep (``CouncilLoader/Result/encoded()``):
/// unsigned integers as LEB128, signed ones zigzagged, optionals behind a presence byte and
/// arrays behind their count.
///
/// A string is its UTF-8 length doubled and its bytes; one of ``sharedLength`` bytes or more
/// that was written before (byte for byte) is instead its place among those, doubled, plus one.
/// Reading such a string again would allocate its storage again: a reference shares the first
/// (a large council repeats its sources' titles, releases and sheets thousands of times).
struct CompiledWriter {
    /// What has been written.
    private(set) var bytes: [UInt8]
    /// Each string of ``sharedLength`` bytes or more written so far (its bytes), by place.
    private var shared: [[UInt8]: UInt] = [:]

    /// The length from which a string is written once and referred to after (shorter ones are
    /// stored inline in a `String`, so reading them costs no allocation).
    static let sharedLength = 16

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
        if utf8.count >= Self.sharedLength {
            let key = Array(utf8)
            if let place = shared[key] { return write(place << 1 | 1) }
            shared[key] = UInt(shared.count)
        }
        write(UInt(utf8.count) << 1)
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
