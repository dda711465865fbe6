import Foundation
import JourneyModel

/// Imports releases of Ofsted's local authority inspection statistics into a data root.
///
/// Reads every release, matches the councils they name, gathers each inspection and visit
/// from every row that records it, and writes `councils/<id>/imported.yaml` for each
/// council (and `council.yaml` for a council that has no folder yet). Hand-written files
/// are never changed; a release that contradicts a hand-written event is reported and,
/// without ``Options/force``, nothing is written for that council.
public struct OfstedImporter {
    /// How to import.
    public struct Options: Sendable {
        /// Write the release's values even where they contradict hand-written events.
        public var force: Bool
        /// Fail, writing nothing, if the releases give any warning.
        public var strict: Bool
        /// Title and publication date for files that do not give them (CSV files).
        public var release: ReleaseDetails
        public var limits: ODSDocument.Limits
        /// For tests: stop with an error after this many file operations, as if killed.
        public var interruptAfter: Int?

        public init(force: Bool = false, strict: Bool = false, release: ReleaseDetails = .init(),
                    limits: ODSDocument.Limits = .init(), interruptAfter: Int? = nil) {
            self.force = force
            self.strict = strict
            self.release = release
            self.limits = limits
            self.interruptAfter = interruptAfter
        }
    }

    /// One council's events, ready to write.
    struct Plan {
        var council: ResolvedCouncil
        var events: [ImportedEvent]
    }

    public let files: [URL]
    public let root: URL
    public let options: Options
    let progress: (ImportProgress) -> Void

    public init(files: [URL], root: URL, options: Options = .init(),
                progress: @escaping (ImportProgress) -> Void = { _ in }) {
        self.files = files
        self.root = root
        self.options = options
        self.progress = progress
    }

    /// Runs the import and returns its summary. Every release is read before anything is
    /// written: a release that cannot be read, or (with ``Options/strict``) any warning,
    /// leaves the data root exactly as it was. Writing holds the root's ``ImportLock``.
    public func run() throws -> ImportSummary {
        var readings = try files.map { url in
            try ReleaseReader(source: ReleaseFile.open(url, limits: options.limits), given: options.release,
                              progress: progress).read()
        }
        readings = readings.enumerated().sorted { ($1.element.release.published, $0.offset) < ($0.element.release.published, $1.offset) }
            .map(\.element)
        var summary = ImportSummary(readings: readings)
        let plans = makePlans(readings, summary: &summary)
        if options.strict && !summary.warnings.isEmpty { throw ImportError.strictWarnings(summary.warnings) }
        let lock = try ImportLock(root: root) { progress(.waiting(root: root.path)) }
        try withExtendedLifetime(lock) { try write(plans, summary: &summary) }
        return summary
    }

    /// Matches councils and gathers each council's events, newest release first.
    func makePlans(_ readings: [ReleaseReading], summary: inout ImportSummary) -> [Plan] {
        let resolver = CouncilResolver(mentions: readings.flatMap(\.mentions))
        summary.notes = resolver.notes
        var gathered: [String: [ConsolidatedEvent]] = [:]
        for observation in readings.flatMap(\.observations) {
            let key = resolver.key(for: observation.council)
            var events = gathered[key] ?? []
            if let index = events.firstIndex(where: { $0.matches(observation) }) {
                events[index].absorb(observation)
            } else {
                events.append(ConsolidatedEvent(observation))
            }
            gathered[key] = events
        }
        let plans = resolver.councils.map { key, council in
            Plan(council: council, events: ImportedEvent.assignIDs((gathered[key] ?? []).map(ImportedEvent.init)))
        }.sorted { $0.council.id < $1.council.id }
        for plan in plans {
            summary.councils.append(plan.council.id)
            if plan.council.isFormer { summary.formerCouncils.append(plan.council.id) }
            summary.inspections += plan.events.filter { $0.event.kind == .inspection }.count
            summary.visits += plan.events.filter { $0.event.kind != .inspection }.count
            for event in plan.events {
                summary.warnings += event.misfits
                summary.disagreements += event.disagreements.map { "\(plan.council.id)/\(event.event.id): \($0.text)" }
            }
        }
        return plans
    }
}
