import Foundation

/// Why the review store could not be used. Every message names the store's file.
public enum ReviewStoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not a SQLite database, or a damaged one. It is kept as it is.
    case damaged(path: String, reason: String)
    /// The file could not be opened or read (permissions, a folder in its place, a full disk).
    case unusable(path: String, reason: String)
    /// The file was written by a newer journey, whose schema this one does not know.
    case newer(path: String)
    /// No note has this number.
    case noSuchNote(path: String, id: Int64)

    public var description: String {
        switch self {
        case .damaged(let path, let reason):
            return "\(path): error: the review store is damaged or not a journey store (\(reason)); it is kept as it is"
        case .unusable(let path, let reason):
            return "\(path): error: the review store cannot be used: \(reason)"
        case .newer(let path):
            return "\(path): error: the review store was written by a newer journey; use that version"
        case .noSuchNote(let path, let id):
            return "\(path): error: no note \(id)"
        }
    }
}
