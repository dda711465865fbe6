#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder that fingerprints are checked under (``FileFingerprint/holds(_:in:listed:)``), held
/// open while checking: each file is then looked up from the folder, not from `/` again, which
/// at every start of the picker is most of the cost of the `stat`s of 158 councils' files.
///
/// A path is looked up from the folder as it was when opened: checking one council's files
/// against a root renamed meanwhile is the same race as checking them a moment earlier.
final class FingerprintFolder: Sendable {
    /// The folder's path.
    let path: String
    /// The open folder; negative when it could not be opened (paths are then looked up whole).
    private let descriptor: Int32

    init(_ path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// `stat(2)` of a path relative to the folder, given as bytes (followed by a NUL while it is
    /// asked), following links; the empty path is the folder itself.
    func status(of relative: inout [UInt8], into info: inout stat) -> Bool {
        guard descriptor >= 0, !relative.isEmpty else {
            var whole = Array(path.utf8) + [UInt8(ascii: "/")] + relative
            return Self.status(of: &whole) { stat($0, &info) }
        }
        return Self.status(of: &relative) { fstatat(descriptor, $0, &info, 0) }
    }

    private static func status(of path: inout [UInt8], _ call: (UnsafePointer<CChar>) -> Int32) -> Bool {
        path.append(0)
        defer { path.removeLast() }
        return path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { call($0.baseAddress!) == 0 }
        }
    }
}
