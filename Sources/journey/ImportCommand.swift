import ArgumentParser
import Foundation
import JourneyImport
import JourneyModel
import JourneyUI

/// `journey import ofsted FILE ... --into ROOT`: imports Ofsted's published statistics.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import published data into a data root.",
        subcommands: [Ofsted.self, Reports.self]
    )

    /// `journey import ofsted`.
    struct Ofsted: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ofsted",
            abstract: "Import Ofsted's local authority inspection statistics (ODS or CSV releases).",
            discussion: """
                Writes councils/<id>/imported.yaml for every council in the releases, and \
                councils/<id>/council.yaml for councils that have no folder yet. Hand-written \
                files are never changed. Placeholders and values it cannot read are skipped \
                with a warning at their place; --strict makes any warning a failure. Imports \
                into one data root wait for each other. See docs/import.md. Exit codes: \
                0 success, 1 conflicts with hand-written events (nothing written for those \
                councils; see --force), 64 usage, 65 data error (or a warning with --strict), \
                66 input not found, 73 cannot write the data root.
                """)

        @Argument(help: "Release files: OpenDocument spreadsheets (.ods) or CSV files (.csv).")
        var files: [String]

        @Option(name: .customLong("into"), help: "The data root to write into.")
        var root: String

        @Flag(help: "Write the release's values even where they contradict hand-written events.")
        var force = false

        @Flag(help: "Fail, writing nothing, if any cell is a placeholder or cannot be read.")
        var strict = false

        @Option(help: "The release's title, for files without a Cover sheet (CSV files; default: the file's name).")
        var title: String?

        @Option(help: ArgumentHelp("The release's publication date, for files without a Cover sheet (CSV files).",
                                   valueName: "YYYY-MM-DD"))
        var published: String?

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one release file (.ods or .csv)") }
            if let published, CalendarDay(iso: published) == nil {
                throw ValidationError("--published takes a date such as 2024-08-30, not '\(published)'")
            }
        }

        func run() throws {
            let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
            let details = ReleaseDetails(title: title, published: published.flatMap(CalendarDay.init(iso:)))
            let importer = OfstedImporter(files: files.map { URL(fileURLWithPath: $0) },
                                          root: URL(fileURLWithPath: root),
                                          options: .init(force: force, strict: strict, release: details),
                                          progress: progress.show)
            let summary: ImportSummary
            do {
                summary = try importer.run()
            } catch let error as ImportError {
                progress.clear()
                Output.errorLines(error.lines.map { "journey import ofsted: error: \($0)" })
                throw ExitCode(error.exitCode)
            }
            progress.clear()
            DataOptions.refreshIndex(of: root)
            Output.errorLines(summary.warnings.map { "journey import ofsted: warning: \($0)" })
            Output.lines(summary.lines)
            if summary.exitCode != 0 {
                Output.error("journey import ofsted: conflicts with hand-written events; nothing written for "
                             + summary.blocked.joined(separator: ", ") + " (use --force to write the release's values)")
                throw ExitCode(summary.exitCode)
            }
        }
    }

    /// A progress line on standard error, redrawn in place when standard error is a terminal.
    /// Waiting for another import is always said, as a line of its own.
    final class ProgressLine: Sendable {
        let enabled: Bool

        init(enabled: Bool) {
            self.enabled = enabled
        }

        func show(_ progress: ImportProgress) {
            if case .waiting = progress {
                clear()
                Output.error("journey import ofsted: \(progress.text)")
                return
            }
            guard enabled else { return }
            let line = String(Sanitizer.sanitize(progress.text).prefix(78))
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }

        func clear() {
            guard enabled else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}
