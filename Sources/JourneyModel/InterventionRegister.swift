import Synchronization

/// The register of DfE interventions in a data root: `interventions/register.yaml` (what it
/// covers) and `interventions/<council>.yaml` (one file per council with an intervention).
///
/// A root's register sits on top of a base (the bundled register, for a user's own root):
///
/// - with its own `register.yaml`, the root's register is whole and the base is not used;
/// - without one, each of its council files replaces the base's file for that council, and the
///   base's coverage (`from`, `checked`) applies to all;
/// - with no `interventions/` folder at all, the base applies as it is.
///
/// Council files are read when a council is first asked about, so opening one council never
/// reads the others; `register.yaml` is read when what it says is first asked for.
public final class InterventionRegister: Sendable {
    /// The folder the register is read from, inside its tree.
    static let folder = "interventions"

    private let tree: any FileTree
    /// The problems with the register folder itself (not a folder, no `register.yaml`).
    private let folderDiagnostics: [Diagnostic]
    /// What `register.yaml` says and its problems, once read.
    private let registerFile = Mutex<(info: RegisterInfo?, diagnostics: [Diagnostic])?>(nil)
    /// The councils with a file of their own in this root.
    public let councilIDs: Set<String>
    /// Whether the root's register stands alone (it has its own `register.yaml`).
    public let isWhole: Bool
    private let base: InterventionRegister?
    private let files = Mutex<[String: RegisterFile]>([:])

    /// The register of the root `tree`, on top of `base`.
    public init(tree: any FileTree, base: InterventionRegister? = nil) {
        self.tree = tree
        let folder = Self.folder
        let kind = tree.kind(of: folder)
        let names = kind == .directory ? ((try? tree.list(folder)) ?? []).filter { !$0.hasPrefix(".") } : []
        councilIDs = Set(names.filter { $0.hasSuffix(".yaml") && $0 != "register.yaml" }.map { String($0.dropLast(5)) })
        isWhole = names.contains("register.yaml")
        self.base = isWhole ? nil : base
        var found: [Diagnostic] = []
        if kind == .file || kind == .other {
            found.append(Diagnostic(file: tree.display(folder), severity: .warning,
                                    message: "not a folder: the intervention register is a folder; ignored"))
        } else if !isWhole && !councilIDs.isEmpty && base?.info == nil {
            found.append(Diagnostic(file: tree.display(folder), message: "no register.yaml: a register says what "
                                    + "it covers (from, checked, indexes); see docs/data-format.md"))
        }
        folderDiagnostics = found
    }

    /// What `register.yaml` says, when the root has one that reads; otherwise the base's.
    public var info: RegisterInfo? { isWhole ? readRegisterFile().info : base?.info }

    /// The problems in `register.yaml` (and a register folder that has none).
    public var diagnostics: [Diagnostic] { isWhole ? readRegisterFile().diagnostics : folderDiagnostics }

    /// Reads `register.yaml` on first use, once.
    private func readRegisterFile() -> (info: RegisterInfo?, diagnostics: [Diagnostic]) {
        registerFile.withLock { read in
            if let read { return read }
            let loader = CouncilFolderLoader(tree: tree, folder: Self.folder, expectedID: "", mergingImports: false)
            let found = loader.loadRegisterInfo()
            read = found
            return found
        }
    }

    /// The register's entry for a council: its own file, else the base's.
    func file(for councilID: String) -> RegisterFile? {
        guard councilIDs.contains(councilID) else { return base?.file(for: councilID) }
        if let cached = files.withLock({ $0[councilID] }) { return cached }
        let loader = CouncilFolderLoader(tree: tree, folder: Self.folder, expectedID: councilID, mergingImports: false)
        let file = loader.loadRegisterFile()
        files.withLock { $0[councilID] = file }
        return file
    }

    /// What the register says about a council's coverage; nil when no register applies.
    public func coverage(for councilID: String) -> RegisterCoverage? {
        info?.coverage(listing: councilIDs.contains(councilID) || (base?.lists(councilID) ?? false))
    }

    /// Whether the register (or its base) has an entry for the council.
    func lists(_ councilID: String) -> Bool {
        councilIDs.contains(councilID) || (base?.lists(councilID) ?? false)
    }

    /// Every problem in this root's own register: `register.yaml`, each council file, council
    /// files naming no council in `knownCouncils`, and anything else in the folder.
    public func check(knownCouncils: Set<String>) -> [Diagnostic] {
        var found = diagnostics
        for id in councilIDs.sorted() {
            guard let entry = file(for: id) else { continue }
            found += entry.diagnostics
            if !knownCouncils.contains(id) {
                found.append(Diagnostic(file: entry.file, line: entry.councilPlace?.line ?? 0,
                                        column: entry.councilPlace?.column ?? 0,
                                        message: "unknown council '\(id)'" + Spelling.hint(for: id, among: knownCouncils.sorted())
                                            + " (a register file is named after the id of a council in councils/)"))
            }
        }
        let names = (try? tree.list(Self.folder)) ?? []
        for name in names where !name.hasSuffix(".yaml") && !name.hasPrefix(".") {
            found.append(Diagnostic(file: tree.display("\(Self.folder)/\(name)"), severity: .warning,
                                    message: "not part of the register (register.yaml, <council>.yaml); ignored"))
        }
        return found
    }
}
