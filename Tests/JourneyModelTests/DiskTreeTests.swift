import Foundation
import Testing
import JourneyModel

struct DiskTreeTests {
    @Test func kindsOfWhatIsOnDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("disk-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("sub/file.yaml"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("to-sub").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("to-file").path,
                                       withDestinationPath: "sub/file.yaml")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path, withDestinationPath: "nothing")
        #expect(mkfifo(folder.appendingPathComponent("pipe").path, 0o600) == 0)
        let tree = DiskTree(root: folder, name: "t")
        #expect(tree.kind(of: "") == .directory)
        #expect(tree.kind(of: "sub") == .directory)
        #expect(tree.kind(of: "sub/file.yaml") == .file)
        #expect(tree.kind(of: "to-sub") == .directory)
        #expect(tree.kind(of: "to-file") == .file)
        #expect(tree.kind(of: "dangling") == .missing)
        #expect(tree.kind(of: "missing") == .missing)
        #expect(tree.kind(of: "pipe") == .other)
        let entries = try tree.entries(of: "")
        #expect(entries.map(\.name) == (try tree.list("")))
        #expect(entries.map(\.kind) == (try tree.list("")).map { tree.kind(of: $0) })
        #expect(try tree.entries(of: "sub").map(\.name) == ["file.yaml"])
        #expect(throws: (any Error).self) { try tree.entries(of: "missing") }
    }
}
