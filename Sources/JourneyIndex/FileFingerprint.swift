#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a set of files looks like on disk, cheaply: for each file, its path relative to the
/// root, then its size, modification time (to the nanosecond), inode and mode, or a mark that
/// it is missing. Taken for every council at each start, so it is written as bytes, without
/// formatting any number as text.
///
/// Two fingerprints are equal exactly when every path and every field is: a path ends with a
/// NUL (which no path holds) and the fields have fixed widths, so no two lists of files read
/// the same.
enum FileFingerprint {
    /// The fingerprint of `files`, paths relative to the folder `root`.
    static func of(_ files: [String], under root: String) -> Data {
        var path = Array(root.utf8)
        path.append(UInt8(ascii: "/"))
        let base = path.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(files.count * 96)
        var info = stat()
        for var relative in files {
            path.removeSubrange(base...)
            relative.withUTF8 { name in
                path.append(contentsOf: name)
                bytes.append(contentsOf: name)
            }
            path.append(0)
            bytes.append(0)
            let found = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
            }
            guard found else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            // Eight bytes each, least significant first, appended at once.
            let fields = (Int64(info.st_size).littleEndian, Int64(info.st_mtim.tv_sec).littleEndian,
                          Int64(info.st_mtim.tv_nsec).littleEndian, Int64(truncatingIfNeeded: info.st_ino).littleEndian,
                          Int64(info.st_mode).littleEndian)
            withUnsafeBytes(of: fields) { bytes.append(contentsOf: $0) }
        }
        return Data(bytes)
    }
}
