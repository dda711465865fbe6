import Foundation
import JourneyBrief
import JourneyModel
import JourneyUI

/// Makes a briefing and writes it to a file atomically, never inside the data root: the text
/// goes to a uniquely named file in the same folder, is flushed, then renamed over the target,
/// so a reader sees the old file or the whole new one, and two writers never share a temporary.
struct BriefingWriter {
    /// The data root on disk (`--data`), or nil for the bundled data.
    let dataRoot: String?

    /// Where the browser writes briefings: `$XDG_DATA_HOME/journey/briefings/`, by default
    /// `~/.local/share/journey/briefings/`.
    static func browserFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            .map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share", isDirectory: true)
        return base.appendingPathComponent("journey/briefings", isDirectory: true)
    }

    /// The briefing as text.
    static func document(_ council: Council, day: CalendarDay, requested: PartialDate? = nil,
                         format: BriefingFormat, review: BriefingReview, register: RegisterInfo?) -> String {
        let briefing = Briefing(council: council, day: day, requested: requested, today: CalendarDay.today(),
                                review: review, register: register)
        return format == .html ? BriefingHTML.render(briefing) : BriefingMarkdown.render(briefing)
    }

    /// The browser's `B`: the HTML briefing in ``browserFolder(environment:)`` (made when
    /// missing), named `<council>-<day>.html`; the path written, or why not.
    func writeForBrowser(_ council: Council, day: CalendarDay, register: RegisterInfo?) -> Result<String, BriefingFailure> {
        let folder = Self.browserFolder()
        if let root = dataRoot, Self.isInside(folder, URL(fileURLWithPath: root)) {
            return .failure(BriefingFailure("\(folder.path) is inside the data root \(root), which stays read-only; "
                                            + "set XDG_DATA_HOME elsewhere"))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let text = Self.document(council, day: day, format: .html, review: .empty, register: register)
            let url = try write(text, to: folder.appendingPathComponent("\(council.id)-\(day.iso).html").path)
            return .success(Self.forPeople(url.path))
        } catch let failure as CommandFailure {
            return .failure(BriefingFailure(failure.message))
        } catch {
            return .failure(BriefingFailure("\(folder.path): error: \(error.localizedDescription)"))
        }
    }

    /// A path with the home folder as `~`, short enough for an 80-column status line.
    static func forPeople(_ path: String) -> String {
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        guard home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Writes `text` to `path`; refuses a path inside the data root or in a missing folder.
    func write(_ text: String, to path: String) throws -> URL {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.inputNotFound, "\(path): error: the folder \(folder.path) does not exist")
        }
        if let root = dataRoot, Self.isInside(folder, URL(fileURLWithPath: root)) {
            throw CommandFailure(.usage, "\(path): error: refusing to write inside the data root \(root); "
                                 + "the data root stays read-only (give --output a path elsewhere)")
        }
        let temporary = folder.appendingPathComponent(".journey-brief-\(UUID().uuidString)-\(url.lastPathComponent)")
        do {
            let handle = try Self.create(temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            guard rename(temporary.path, url.path) == 0 else {
                throw CommandFailure(.unavailable, "\(path): error: \(String(cString: strerror(errno)))")
            }
        } catch let failure as CommandFailure {
            try? FileManager.default.removeItem(at: temporary)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure(.unavailable, "\(path): error: could not write: \(error.localizedDescription)")
        }
        return url
    }

    private static func create(_ url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil,
                                             attributes: [.posixPermissions: 0o644]) else {
            throw CommandFailure(.unavailable, "\(url.deletingLastPathComponent().path): error: cannot create a file here")
        }
        return try FileHandle(forWritingTo: url)
    }

    /// Whether `folder` is `root` or inside it, symbolic links resolved (in the part of the
    /// path that exists, for a folder still to be made).
    static func isInside(_ folder: URL, _ root: URL) -> Bool {
        let folderPath = resolved(folder).path
        let rootPath = resolved(root).path
        return folderPath == rootPath || folderPath.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}

extension BriefingWriter {
    /// The path with symbolic links resolved as far as it exists, the rest appended.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.standardizedFileURL
    }
}

/// `--format md|html` for `journey brief`.
enum BriefingFormat: String, CaseIterable, Sendable {
    case md, html
}
