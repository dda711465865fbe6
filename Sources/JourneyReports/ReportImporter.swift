import Crypto
import Foundation
import JourneyImport
import JourneyModel

/// `journey import reports`: attaches Ofsted's report PDFs to the events of the councils in a
/// data root, matching each by its text (never its file name), and writes each attached report
/// as `councils/<id>/reports/<event-id>.txt`, atomically. Every file is processed whatever
/// happens to the others; a file already attached (same SHA-256) changes nothing.
public struct ReportImporter: Sendable {
    /// Bounds on what one PDF may cost.
    public struct Limits: Sendable {
        public var maxFileBytes = 64 * 1024 * 1024
        public var maxPages = 250
        /// Bytes of text pdftotext may write.
        public var textLimit = 4 * 1024 * 1024
        /// How long pdfinfo and pdftotext may each run.
        public var timeLimit: Duration = .seconds(30)
        /// Address space for pdftotext (through prlimit, where installed).
        public var memoryLimit: Int? = 2 * 1024 * 1024 * 1024

        public init() {}
    }

    /// What happened to one file.
    public struct Outcome: Sendable, Hashable {
        public enum Result: Sendable, Hashable {
            case attached(council: String, event: String, summary: String, pages: Int, file: String)
            case alreadyAttached(council: String, event: String, file: String)
            case refused(Refusal)
        }

        public var path: String
        public var result: Result

        /// The output line: "attached: PATH -> council/event (...)".
        public var line: String {
            switch result {
            case let .attached(council, event, summary, pages, file):
                return "attached: \(path) -> \(council)/\(event) (\(summary); \(pages) page\(pages == 1 ? "" : "s"); \(file))"
            case let .alreadyAttached(council, event, file):
                return "already attached: \(path) -> \(council)/\(event) (\(file))"
            case .refused(let reason):
                return "refused: \(path): \(reason)"
            }
        }

        public var isRefused: Bool {
            if case .refused = result { return true }
            return false
        }
    }

    /// Why the import could not run at all.
    public enum Failure: Error, CustomStringConvertible {
        case notADataRoot(String)
        case dataErrors([Diagnostic])
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .notADataRoot(let path): return "\(path) is not a data root (it has no councils/ folder)"
            case .dataErrors(let problems):
                return problems.map(\.description).joined(separator: "\n")
                    + "\nthe data root has errors; fix them first (journey check)"
            case .cannotWrite(let reason): return "cannot write the data root: \(reason)"
            }
        }
    }

    public var paths: [String]
    public var root: URL
    public var limits: Limits
    /// Where pdftotext and pdfinfo are looked for; the process's PATH by default.
    public var searchPath: String?

    public init(paths: [String], root: URL, limits: Limits = Limits(),
                searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) {
        self.paths = paths
        self.root = root
        self.limits = limits
        self.searchPath = searchPath
    }

    /// Imports every file, calling `progress` with each outcome as it comes.
    public func run(progress: (Outcome) -> Void = { _ in }) async throws(Failure) -> [Outcome] {
        var state = try loadRoot()
        let extractor = await PDFExtractor(limits: limits, path: searchPath)
        var outcomes: [Outcome] = []
        for (path, url) in Self.expand(paths) {
            let result: Outcome.Result
            if let url {
                result = try await importFile(url, into: &state, extractor: extractor)
            } else {
                result = .refused(.cannotRead("no such file or folder"))
            }
            let outcome = Outcome(path: path, result: result)
            outcomes.append(outcome)
            progress(outcome)
        }
        return outcomes
    }

    /// The councils of the root, kept current as reports are attached.
    struct RootState {
        var councils: [Council]
        var matcher: CouncilMatcher
    }

    private func loadRoot() throws(Failure) -> RootState {
        let tree = DiskTree(root: root, name: root.path)
        guard tree.kind(of: "councils") == .directory else { throw .notADataRoot(root.path) }
        let loaded = CouncilLoader.loadRoot(tree)
        guard !loaded.hasErrors else { throw .dataErrors(loaded.errors) }
        return RootState(councils: loaded.councils, matcher: CouncilMatcher(councils: loaded.councils))
    }

    /// The files to import: each file given, and every `.pdf` under each folder given, sorted.
    static func expand(_ paths: [String]) -> [(String, URL?)] {
        var files: [(String, URL?)] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                files.append((path, nil))
                continue
            }
            guard isFolder.boolValue else {
                files.append((path, URL(fileURLWithPath: path)))
                continue
            }
            let base = URL(fileURLWithPath: path)
            let found = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])?
                .compactMap { $0 as? URL }
                .filter { $0.pathExtension.lowercased() == "pdf" && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                .map { (path.hasSuffix("/") ? path : path + "/") + $0.path.dropFirst(base.path.count + 1) } ?? []
            files += found.sorted().map { ($0, URL(fileURLWithPath: $0)) }
        }
        return files
    }
}
