import Foundation

extension Data {
    /// The bytes as an array, copied in one go (`[UInt8](data)` copies byte by byte: 1.4 M
    /// instructions for a large council's compiled form).
    var byteArray: [UInt8] {
        withUnsafeBytes { Array($0) }
    }
}
