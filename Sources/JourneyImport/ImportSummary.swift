import JourneyModel

/// What an import did, for the closing summary.
public struct ImportSummary: Sendable {
    /// A contradiction between a release and a hand-written event.
    public struct Conflict: Hashable, Sendable, CustomStringConvertible {
        /// The hand-written file, relative to the data root.
        public var file: String
        public var detail: Council.MergeConflict
        /// Whether the release's value was written anyway (`--force`).
        public var written: Bool

        public var description: String { "\(file): \(detail)" + (written ? " (written: --force)" : " (not written)") }
    }

    public var releases: [ReleaseInfo] = []
    /// Council ids in the releases, current and former.
    public var councils: [String] = []
    public var formerCouncils: [String] = []
    /// Council folders the import created.
    public var created: [String] = []
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    public var conflicts: [Conflict] = []
    /// Councils left unwritten: conflicts without `--force`, or an unreadable council.yaml.
    public var blocked: [String] = []
    /// Renames, area-code changes and former councils.
    public var notes: [String] = []
    /// Rows of the releases that disagree with each other.
    public var disagreements: [String] = []
    public var warnings: [String] = []

    /// 0 when everything was written; 1 when some council was left unwritten.
    public var exitCode: Int32 { blocked.isEmpty ? 0 : 1 }

    /// The closing summary for people, line by line (each line may hold text from a release).
    public var lines: [String] {
        var lines = releases.map { "release: \"\($0.title)\" (published \($0.published.text)), \($0.file)" }
        lines.append("councils: \(councils.count) (\(councils.count - formerCouncils.count) current, "
                     + "\(formerCouncils.count) former), \(created.count) new folders")
        lines.append("events: \(added) added, \(updated) updated, \(unchanged) unchanged, \(removed) removed")
        lines.append("conflicts: \(conflicts.count)" + (blocked.isEmpty ? "" : "; not written: \(blocked.joined(separator: ", "))"))
        lines += conflicts.map { "  conflict: \($0)" }
        lines += notes.map { "  \($0)" }
        lines += disagreements.map { "  disagreement: \($0)" }
        lines += warnings.map { "  warning: \($0)" }
        return lines
    }

    /// The closing summary as one text.
    public var text: String { lines.joined(separator: "\n") }
}
