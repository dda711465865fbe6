import ArgumentParser
import Foundation
import JourneyImport
import JourneyUI

/// `journey import ofsted FILE.ods ... --into ROOT`: imports Ofsted's published statistics.
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
            abstract: "Import Ofsted's local authority inspection statistics (ODS releases).",
            discussion: """
                Writes councils/<id>/imported.yaml for every council in the releases, and \
                councils/<id>/council.yaml for councils that have no folder yet. Hand-written \
                files are never changed. See docs/import.md. Exit codes: 0 success, 1 conflicts \
                with hand-written events (nothing written for those councils; see --force), \
                64 usage, 65 data error, 66 input not found, 73 cannot write the data root.
                """)

        @Argument(help: "Release spreadsheets (.ods).")
        var files: [String]

        @Option(name: .customLong("into"), help: "The data root to write into.")
        var root: String

        @Flag(help: "Write the release's values even where they contradict hand-written events.")
        var force = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one release file (.ods)") }
        }

        func run() throws {
            let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
            let importer = OfstedImporter(files: files.map { URL(fileURLWithPath: $0) },
                                          root: URL(fileURLWithPath: root), options: .init(force: force),
                                          progress: progress.show)
            let summary: ImportSummary
            do {
                summary = try importer.run()
            } catch let error as ImportError {
                progress.clear()
                Output.error("journey import ofsted: error: \(error)")
                throw ExitCode(error.exitCode)
            }
            progress.clear()
            Output.lines(summary.lines)
            if summary.exitCode != 0 {
                Output.error("journey import ofsted: conflicts with hand-written events; nothing written for "
                             + summary.blocked.joined(separator: ", ") + " (use --force to write the release's values)")
                throw ExitCode(summary.exitCode)
            }
        }
    }

    /// A progress line on standard error, redrawn in place; silent when standard error is not a terminal.
    final class ProgressLine: Sendable {
        let enabled: Bool

        init(enabled: Bool) {
            self.enabled = enabled
        }

        func show(_ progress: ImportProgress) {
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
