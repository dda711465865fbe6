import Foundation
import JourneyModel

/// Writing the planned councils into the data root.
extension OfstedImporter {
    func write(_ plans: [Plan], summary: inout ImportSummary) throws {
        let councils = root.appendingPathComponent("councils")
        try prepareFolder(councils)
        let writer = AtomicWriter(interruptAfter: options.interruptAfter)
        writer.removeLeftovers(in: councils)
        for (index, plan) in plans.enumerated() {
            progress(.writing(council: plan.council.id, done: index, total: plans.count))
            try write(plan, into: councils, with: writer, summary: &summary)
        }
        progress(.writing(council: "", done: plans.count, total: plans.count))
    }

    private func prepareFolder(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ImportError.cannotWrite(url.path, "it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ImportError.cannotWrite(url.path, "cannot create the folder")
        }
    }

    private func write(_ plan: Plan, into councils: URL, with writer: AtomicWriter,
                       summary: inout ImportSummary) throws {
        let id = plan.council.id
        let folder = councils.appendingPathComponent(id)
        let imported = ImportYAML.importedFile(plan.events)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            try writer.createFolder(folder, files: [("council.yaml", ImportYAML.councilFile(plan.council)),
                                                    ("imported.yaml", imported)])
            summary.created.append(id)
            summary.added += plan.events.count
            return
        }
        guard let handWritten = handWrittenEvents(id) else {
            summary.blocked.append(id)
            summary.unreadable.append("councils/\(id)/council.yaml cannot be read (run `journey check`); "
                                      + "nothing written for \(id)")
            return
        }
        let conflicts = Council.merge(handWritten: handWritten, imported: plan.events.map(\.event)).conflicts
        summary.conflicts += conflicts.map {
            ImportSummary.Conflict(file: "councils/\(id)/council.yaml", detail: $0, written: options.force)
        }
        if !conflicts.isEmpty && !options.force {
            summary.blocked.append(id)
            return
        }
        let target = folder.appendingPathComponent("imported.yaml")
        let old = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
        count(old: old, new: imported, summary: &summary)
        if old != imported { try writer.write(imported, to: target) }
    }

    /// The council's hand-written events; nil when its council.yaml cannot be read.
    private func handWrittenEvents(_ id: String) -> [Event]? {
        let result = CouncilLoader.loadCouncil(DiskTree(root: root), folder: "councils/\(id)", id: id)
        return result.councils.first?.events.filter { $0.origin == .handWritten }
    }

    /// Counts events added, updated, unchanged and removed, comparing each event's entry.
    private func count(old: String, new: String, summary: inout ImportSummary) {
        let before = Self.entries(old)
        let after = Self.entries(new)
        for (id, entry) in after {
            switch before[id] {
            case nil: summary.added += 1
            case entry?: summary.unchanged += 1
            default: summary.updated += 1
            }
        }
        summary.removed += before.keys.filter { after[$0] == nil }.count
    }

    /// The entries of an `imported.yaml` by event id (each from its `  - id:` line to the next).
    static func entries(_ text: String) -> [String: String] {
        var entries: [String: String] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - id: ") {
                current = String(line.dropFirst("  - id: ".count))
            } else if !line.hasPrefix("    ") {
                current = nil
            }
            if let current { entries[current, default: ""] += line + "\n" }
        }
        return entries
    }
}
