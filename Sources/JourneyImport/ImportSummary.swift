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
    /// Council tables read, and tables about something else passed over, with their file.
    public var tables: [String] = []
    public var otherTables: [String] = []
    /// Sheets with no council table, with their file.
    public var sheetsWithoutTables: [String] = []
    /// Data rows of council tables read; of those, rows skipped whole.
    public var rowsRead = 0
    public var rowsSkipped = 0
    /// National and regional rows of explore-education-statistics files, passed over.
    public var rowsAboveCouncils = 0
    /// Council ids in the releases, current and former.
    public var councils: [String] = []
    public var formerCouncils: [String] = []
    /// Council folders the import created.
    public var created: [String] = []
    /// Inspections and visits imported, over every council.
    public var inspections = 0
    public var visits = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    public var conflicts: [Conflict] = []
    /// Councils left unwritten: conflicts without `--force`, or an unreadable council.yaml.
    public var blocked: [String] = []
    /// Why a council was left unwritten other than by conflicts.
    public var unreadable: [String] = []
    /// Renames, area-code changes and former councils.
    public var notes: [String] = []
    /// Rows of the releases that disagree with each other.
    public var disagreements: [String] = []
    /// Every placeholder and value the releases' rows could not give, at its place.
    public var warnings: [ImportWarning] = []

    public init() {}

    /// What reading the releases gave, before anything is matched or written.
    init(readings: [ReleaseReading]) {
        releases = readings.map(\.release)
        for reading in readings {
            tables += reading.tables.map { "\(reading.release.file): \($0)" }
            otherTables += reading.otherTables.map { "\(reading.release.file): \($0)" }
            sheetsWithoutTables += reading.sheetsWithoutTables.map { "\(reading.release.file): '\($0)'" }
            rowsRead += reading.rowsRead
            rowsSkipped += reading.rowsSkipped
            rowsAboveCouncils += reading.rowsAboveCouncils
            warnings += reading.warnings
        }
    }

    /// 0 when everything was written; 1 when some council was left unwritten.
    public var exitCode: Int32 { blocked.isEmpty ? 0 : 1 }

    /// The warnings counted by kind, in the order of ``ImportWarning/Kind``.
    public var warningCounts: [(kind: ImportWarning.Kind, count: Int)] {
        let counts = Dictionary(grouping: warnings, by: \.kind).mapValues(\.count)
        return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
    }

    /// The closing summary for people, line by line (each line may hold text from a release).
    /// The warnings themselves are listed by the caller, one a line, at their places.
    public var lines: [String] {
        var lines = releases.map { "release: \"\($0.title)\" (published \($0.published.text)), \($0.file)" }
        lines.append("tables: \(tables.count) read, \(otherTables.count) about something else passed over; "
                     + "\(sheetsWithoutTables.count) sheets without a council table")
        lines += otherTables.map { "  passed over: \($0)" }
        if !sheetsWithoutTables.isEmpty {
            lines.append("  sheets without a council table: " + sheetsWithoutTables.joined(separator: ", "))
        }
        lines.append("rows: \(rowsRead) read, \(rowsSkipped) skipped"
                     + (rowsAboveCouncils > 0 ? ", \(rowsAboveCouncils) national or regional passed over" : ""))
        lines.append("councils: \(councils.count) (\(councils.count - formerCouncils.count) current, "
                     + "\(formerCouncils.count) former), \(created.count) new folders")
        lines.append("imported: \(inspections) inspections, \(visits) visits")
        lines.append("events: \(added) added, \(updated) updated, \(unchanged) unchanged, \(removed) removed")
        lines.append("conflicts: \(conflicts.count)" + (blocked.isEmpty ? "" : "; not written: \(blocked.joined(separator: ", "))"))
        lines += conflicts.map { "  conflict: \($0)" }
        lines += unreadable.map { "  not written: \($0)" }
        lines += notes.map { "  \($0)" }
        lines.append("disagreements between releases: \(disagreements.count)")
        lines += disagreements.map { "  disagreement: \($0)" }
        let counts = warningCounts.map { "\($0.count) \($0.kind.rawValue)" }
        lines.append("warnings: \(warnings.count)" + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"))
        return lines
    }

    /// The closing summary as one text.
    public var text: String { lines.joined(separator: "\n") }
}
