/// Reads what ``CompiledWriter`` wrote, checking every length against the bytes left, so that
/// damaged input is an error, never a crash.
struct CompiledReader {
    private let bytes: [UInt8]
    private var offset: Int
    /// The strings of ``CompiledWriter/sharedLength`` bytes or more read so far, by place: what
    /// a later reference to one gives.
    private var shared: [String] = []

    /// A reader of a form that starts with `mark` (see ``CompiledWriter/init(mark:)``).
    ///
    /// - Throws: ``CompiledFormError/otherFormat`` when the bytes do not start with it.
    init(_ bytes: [UInt8], mark: [UInt8]) throws(CompiledFormError) {
        guard bytes.starts(with: mark) else { throw .otherFormat }
        self.bytes = bytes
        offset = mark.count
    }

    /// Checks that every byte has been read: more means the form is not what was read.
    func finish() throws(CompiledFormError) {
        guard offset == bytes.count else { throw .damaged }
    }

    mutating func read(_: UInt.Type = UInt.self) throws(CompiledFormError) -> UInt {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard offset < bytes.count, shift < UInt(UInt.bitWidth) else { throw .damaged }
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func read(_: Int.Type = Int.self) throws(CompiledFormError) -> Int {
        let zigzag = try read(UInt.self)
        return Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1)
    }

    mutating func read(_: Bool.Type = Bool.self) throws(CompiledFormError) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw .damaged }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func read(_: String.Type = String.self) throws(CompiledFormError) -> String {
        let header = try read(UInt.self)
        guard header & 1 == 0 else {
            guard header >> 1 < UInt(shared.count) else { throw .damaged }
            return shared[Int(header >> 1)]
        }
        guard header >> 1 <= UInt(bytes.count - offset) else { throw .damaged }
        let count = Int(header >> 1)
        defer { offset += count }
        let string = bytes.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        }
        if count >= CompiledWriter.sharedLength { shared.append(string) }
        return string
    }

    mutating func read<Value: CompiledValue>(_: Value.Type = Value.self) throws(CompiledFormError) -> Value {
        try Value(from: &self)
    }

    mutating func read<Value: CompiledValue>(_: Value?.Type = Value?.self) throws(CompiledFormError) -> Value? {
        try read(Bool.self) ? try Value(from: &self) : nil
    }

    mutating func read<Value: CompiledValue>(_: [Value].Type = [Value].self) throws(CompiledFormError) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    /// A count or length, which can be no more than the bytes left (each item takes at least one).
    private mutating func count() throws(CompiledFormError) -> Int {
        let count = try read(UInt.self)
        guard count <= UInt(bytes.count - offset) else { throw .damaged }
        return Int(count)
    }
}

/// Why compiled bytes could not be read.
public enum CompiledFormError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not the compiled form of this version of journey.
    case otherFormat
    /// Cut short or changed.
    case damaged

    public var description: String {
        switch self {
        case .otherFormat: return "not the compiled form of this version of journey"
        case .damaged: return "damaged compiled data"
        }
    }
}
