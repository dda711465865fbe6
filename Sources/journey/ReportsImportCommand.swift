import ArgumentParser
import Foundation
import JourneyReports

extension ImportCommand {
    /// `journey import reports PATH ... --into ROOT`: attaches Ofsted's report PDFs to events.
    struct Reports: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports",
            abstract: "Attach Ofsted's report PDFs to the inspections and visits they record.",
            discussion: """
                Each PATH is a PDF or a folder searched for PDFs. Each report is matched to its \
                council and event by its text (the front page's council and dates), never by its \
                file name, and written to councils/<id>/reports/<event>.txt. One line per file: \
                attached, already attached, or refused with the reason. Needs pdftotext \
                (poppler-utils). See docs/reports.md. Exit codes: 0 every file attached or \
                already attached, 1 some file refused, 64 usage, 65 the data root has errors, \
                66 not a data root, 73 cannot write the data root.
                """)

        @Argument(help: "Report PDFs, or folders holding them.")
        var paths: [String]

        @Option(name: .customLong("into"), help: "The data root to attach them in.")
        var root: String

        @Option(help: "Seconds pdftotext may spend on one PDF.")
        var timeLimit = 30

        func validate() throws {
            if paths.isEmpty { throw ValidationError("give at least one PDF or folder") }
            if timeLimit < 1 { throw ValidationError("--time-limit must be at least 1 second") }
        }

        /// Runs the importer (async, for its child processes) to the end on a task of its own; the
        /// command stays synchronous, so the browser keeps the main thread and its signals.
        func run() throws {
            var limits = ReportImporter.Limits()
            limits.timeLimit = .seconds(timeLimit)
            let importer = ReportImporter(paths: paths, root: URL(fileURLWithPath: root), limits: limits)
            let result = Self.wait { try await importer.run { Output.lines([$0.line]) } }
            let outcomes: [ReportImporter.Outcome]
            do {
                outcomes = try result.get()
            } catch let error as ReportImporter.Failure {
                Output.error("journey import reports: error: \(error)")
                switch error {
                case .notADataRoot: throw ExitCode(66)
                case .dataErrors: throw ExitCode(65)
                case .cannotWrite: throw ExitCode(73)
                }
            }
            DataOptions.refreshIndex(of: root)
            let refused = outcomes.filter(\.isRefused).count
            let attached = outcomes.filter { if case .attached = $0.result { return true } else { return false } }.count
            Output.lines(["\(outcomes.count) file\(outcomes.count == 1 ? "" : "s"): \(attached) attached, "
                          + "\(outcomes.count - attached - refused) already attached, \(refused) refused"])
            if refused > 0 { throw ExitCode(1) }
        }

        /// The result of async work, waited for.
        private static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
            let box = ResultBox<T>()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    box.result = .success(try await work())
                } catch {
                    box.result = .failure(error)
                }
                done.signal()
            }
            done.wait()
            return box.result!
        }
    }
}

/// Carries a result from a task to the thread waiting for it.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
