import Foundation

/// Runs `$VISUAL` (or `$EDITOR`, or `vi`) on a temporary file holding a note, for notes too
/// long for the status line.
enum ExternalEditor {
    /// An editor that could not be run or exited with a failure status.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What the file holds after the editor exits with 0.
    ///
    /// - Throws: ``Failure`` when the editor exits otherwise (127: not found); nothing is saved.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-note-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.txt")
        try Data(text.utf8).write(to: file)
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor's setting may carry arguments (`emacs -nw`), as shells read it.
        process.arguments = ["-c", "\(editor) \"$1\"", "journey-editor", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "The editor (\(editor)) exited with status \(process.terminationStatus)"
                          + (process.terminationStatus == 127 ? ", not found" : "") + "; the note was not saved.")
        }
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }
}
