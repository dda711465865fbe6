import ArgumentParser
import Foundation
import JourneyModel

/// `journey check [PATH ...]`: validates council folders or data roots and reports every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate council files and report every problem.",
        discussion: """
            Each PATH is a council folder or a data root (with its intervention register, \
            interventions/); with none, the data root in use. \
            Problems are printed as path:line:column: error: message. \
            Exit codes: 0 valid (warnings allowed), 64 usage, 65 data errors, 66 input not found.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "Council folders or data roots to check.")
    var paths: [String] = []

    func run() throws {
        try reportingFailures {
            let results = try paths.isEmpty ? [data.catalogue().loadAll()]
                : paths.map { try DataOptions.catalogue(at: $0).loadAll() }
            let diagnostics = results.flatMap(\.diagnostics)
            let councils = results.reduce(0) { $0 + $1.councils.count }
            let errors = diagnostics.filter { $0.severity == .error }.count
            switch output.format {
            case .text:
                if !diagnostics.isEmpty { Output.errorLines(diagnostics.map(\.description)) }
                Output.lines(["checked \(councils) council\(councils == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), "
                            + "\(diagnostics.count - errors) warning\(diagnostics.count - errors == 1 ? "" : "s")"])
            case .json:
                try Output.json(diagnostics.map(DiagnosticRecord.init))
            }
            if errors > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
        }
    }
}
