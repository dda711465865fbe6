import Foundation

/// A temporary folder standing for `$XDG_DATA_HOME`, removed when the test ends.
final class StoreFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("journey-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Where the store goes under this folder, as journey finds it.
    var storeURL: URL { url.appendingPathComponent("journey/review.sqlite") }

    /// The folder's file names, sorted.
    func names(in folder: String = "journey") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path).sorted()
    }
}
