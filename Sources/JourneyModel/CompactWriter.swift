/// Writes values as bytes for ``CompactReader``: integers as variable-length (zigzag) numbers,
/// strings length first. For small kept forms that must decode in microseconds.
struct CompactWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    /// Whether the value is there (1) or not (0), then the value.
    mutating func optional<T>(_ value: T?, _ write: (inout CompactWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CompactWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}
