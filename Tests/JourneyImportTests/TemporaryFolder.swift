import Foundation

/// A fresh folder under the system's temporary folder, for one test.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("journey-import-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Every file under the folder, by relative path, with its bytes.
    func snapshot(_ sub: String = "") -> [String: Data] {
        let base = sub.isEmpty ? url : url.appendingPathComponent(sub)
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return files }
        for case let path as String in walker {
            let full = base.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full.path)
            }
        }
        return files
    }
}
