#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a set of files looks like on disk, cheaply: for each file, its path relative to the
/// root, then its size, modification time (to the nanosecond), inode, mode and change time, or
/// a mark that it is missing. Taken for every council at each start, so it is written as
/// bytes, without formatting any number as text.
///
/// Two fingerprints are equal exactly when every path and every field is: a path ends with a
/// NUL (which no path holds) and the fields have fixed widths, so no two lists of files read
/// the same, and a fingerprint is its files' fingerprints one after another.
enum FileFingerprint {
    /// The stat fields kept for a file: size, modification time (seconds, nanoseconds), inode,
    /// mode, change time (seconds, nanoseconds); eight bytes each.
    private static let fieldBytes = 7 * 8

    /// The fingerprint of `files`, paths relative to the folder `root`.
    static func of(_ files: [String], under root: String) -> Data {
        var path = Array(root.utf8)
        path.append(UInt8(ascii: "/"))
        let base = path.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(files.count * (fieldBytes + 48))
        var info = stat()
        for var relative in files {
            path.removeSubrange(base...)
            relative.withUTF8 { name in
                path.append(contentsOf: name)
                bytes.append(contentsOf: name)
            }
            bytes.append(0)
            guard status(of: &path, into: &info) else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            append(info, to: &bytes)
        }
        return Data(bytes)
    }

    /// Whether the files a kept fingerprint lists are still as it says, without listing any
    /// folder: each one's stat, taken again (looked up from `folder`, the fingerprint's root),
    /// gives the same fields (a missing file is still missing), and every folder among them last
    /// changed at least a second before `listed`, when the listing behind the fingerprint began.
    ///
    /// Adding, removing or renaming an entry changes its folder's change time, which no one can
    /// set back; a folder that changed within a second of the listing (clocks count in ticks)
    /// could have changed again unseen in the same tick, so it is not trusted: the caller lists
    /// the files again.
    static func holds(_ kept: Data, in folder: FingerprintFolder, listed: Int64) -> Bool {
        let kept = [UInt8](kept)
        var path: [UInt8] = []
        var fresh: [UInt8] = []
        fresh.reserveCapacity(fieldBytes)
        var info = stat()
        var offset = 0
        while offset < kept.count {
            guard let end = kept[offset...].firstIndex(of: 0), end + 1 < kept.count else { return false }
            path.removeAll(keepingCapacity: true)
            path.append(contentsOf: kept[offset..<end])
            let found = folder.status(of: &path, into: &info)
            let mark = kept[end + 1]
            offset = end + 2
            guard mark == 1 else {
                if mark != 0 || found { return false }
                continue
            }
            guard found, offset + fieldBytes <= kept.count else { return false }
            fresh.removeAll(keepingCapacity: true)
            append(info, to: &fresh)
            let same = fresh.withUnsafeBytes { now in
                kept.withUnsafeBytes { then in memcmp(now.baseAddress!, then.baseAddress! + offset, fieldBytes) == 0 }
            }
            guard same else { return false }
            if (info.st_mode & S_IFMT) == S_IFDIR, nanoseconds(info.st_ctim) > listed - 1_000_000_000 { return false }
            offset += fieldBytes
        }
        return true
    }

    /// Now, in nanoseconds since 1970 on the clock file times are read from.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// `stat(2)` of a path given as bytes (followed by a NUL while it is asked), following links.
    private static func status(of path: inout [UInt8], into info: inout stat) -> Bool {
        path.append(0)
        defer { path.removeLast() }
        return path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
    }

    /// The kept fields, least significant byte first, appended at once.
    private static func append(_ info: stat, to bytes: inout [UInt8]) {
        let fields = (Int64(info.st_size).littleEndian, Int64(info.st_mtim.tv_sec).littleEndian,
                      Int64(info.st_mtim.tv_nsec).littleEndian, Int64(truncatingIfNeeded: info.st_ino).littleEndian,
                      Int64(info.st_mode).littleEndian, Int64(info.st_ctim.tv_sec).littleEndian,
                      Int64(info.st_ctim.tv_nsec).littleEndian)
        withUnsafeBytes(of: fields) { bytes.append(contentsOf: $0) }
    }
}
