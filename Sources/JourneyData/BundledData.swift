import Foundation
import JourneyModel

/// The council files that ship inside the `journey` binary (the repository's `data/`).
public enum BundledData {
    /// The bundled data root as an in-memory file tree, shown in messages as `<bundled>`.
    public static let tree: MemoryTree = {
        var files: [String: Data] = [:]
        for entry in embeddedFiles {
            files[entry.path] = Data(base64Encoded: entry.base64) ?? Data()
        }
        return MemoryTree(name: "<bundled>", files: files)
    }()
}
