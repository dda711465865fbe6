import Foundation
import Testing
@testable import JourneyUI

/// Golden-file snapshots of frames: the text of every row and the style runs, so both text
/// and highlight regressions show. `RECORD_SNAPSHOTS=1` (or a missing file) records, and the
/// test then fails so that recording cannot pass silently.
enum Snapshot {
    /// The folder of golden files, beside this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares a frame with `Snapshots/<name>.txt`.
    static func check(_ frame: Frame, named name: String, theme: Theme,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = dump(frame, title: "\(name) (\(frame.buffer.width)x\(frame.buffer.height), theme \(theme.name))")
        checkText(actual, file: folder.appendingPathComponent(name + ".txt"), sourceLocation: sourceLocation)
    }

    /// Compares text with a golden file, recording it when asked or missing.
    static func checkText(_ actual: String, file: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
                let note = "Recorded \(file.lastPathComponent); run again without RECORD_SNAPSHOTS"
                Issue.record(Comment(rawValue: note),
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record(Comment(rawValue: "Could not write \(file.path): \(error)"),
                             sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            let diff = lineDiff(expected: expected, actual: actual)
            let message = "\(file.lastPathComponent) differs (- golden, + actual); "
                + "RECORD_SNAPSHOTS=1 re-records:\n\(diff)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The frame as text: a header, the cursor, the rows between bars (trailing spaces visible),
    /// then the style runs of each row that has any.
    static func dump(_ frame: Frame, title: String) -> String {
        let buffer = frame.buffer
        var text = "# \(title)\n"
        text += "cursor: " + (frame.cursor.map { "\($0.x),\($0.y)" } ?? "hidden") + "\n"
        text += buffer.lines.map { "|\($0)|\n" }.joined()
        text += "styles:\n"
        for y in 0..<buffer.height {
            let runs = styleRuns(buffer, row: y)
            if !runs.isEmpty { text += String(format: "%3d: ", y) + runs.joined(separator: "; ") + "\n" }
        }
        return text
    }

    /// `0-9 bold; 12-15 fg:red bold+reverse` for the runs of a row that are not plain.
    static func styleRuns(_ buffer: Buffer, row y: Int) -> [String] {
        var runs: [String] = []
        var start = 0
        for x in 0...buffer.width {
            let ends = x == buffer.width || buffer[x, y].style != buffer[start, y].style
            guard ends else { continue }
            let style = buffer[start, y].style
            if style != .plain { runs.append("\(start)-\(x - 1) \(describe(style))") }
            start = x
        }
        return runs
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.foreground != .default { parts.append("fg:\(style.foreground)") }
        if style.background != .default { parts.append("bg:\(style.background)") }
        let names: [(Style.Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"),
                                                   (.reverse, "reverse")]
        let attributes = names.filter { style.attributes.contains($0.0) }.map(\.1)
        if !attributes.isEmpty { parts.append(attributes.joined(separator: "+")) }
        return parts.joined(separator: " ")
    }

    /// A readable line diff: only the lines that changed, numbered, golden first.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let line, _): lines.append(String(format: "-%4d ", offset + 1) + line)
            case .insert(let offset, let line, _): lines.append(String(format: "+%4d ", offset + 1) + line)
            }
        }
        return lines.sorted { $0.dropFirst().prefix(5) < $1.dropFirst().prefix(5) }.joined(separator: "\n")
    }
}
