extension Sequence<UInt8> {
    /// The bytes in lower-case hexadecimal, two digits each (as `%02x` writes them), made
    /// without formatting each byte as text: the index's name is worked out at every start.
    var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
