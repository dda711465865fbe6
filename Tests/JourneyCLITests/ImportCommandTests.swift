import Foundation
import Testing

/// `journey import ofsted` through the real binary: exit codes, and kills at any moment.
@Suite struct ImportCommandTests {
    static let releases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/ofsted")
    static let release2025 = releases.appendingPathComponent("LA_Inspection_Outcomes_as_at_31_March_2025.ods")
    static var haveReleases: Bool { FileManager.default.fileExists(atPath: release2025.path) }

    @Test func exitCodesForBadInput() throws {
        let folder = try TemporaryFolder()
        let notODS = try folder.write("not.ods", "plain text")
        #expect(try JourneyProcess.run(["import", "ofsted", "/nonexistent.ods", "--into", folder.url.path]).status == 66)
        #expect(try JourneyProcess.run(["import", "ofsted", notODS.path, "--into", folder.url.path]).status == 65)
        #expect(try JourneyProcess.run(["import", "ofsted", notODS.path]).status == 64)
    }

    /// A CSV release with one placeholder: a warning on standard error, the summary on standard
    /// output; with --strict, an error for it and nothing written.
    @Test func warningsStrictAndCSVOptions() throws {
        let folder = try TemporaryFolder()
        let csv = try folder.write("outcomes.csv", "la_name,new_la_code,inspection_date,overall_effectiveness\n"
                                   + "Middlesbrough,E06000002,25/11/2019,Inadequate\nBarnet,x,10/06/2024,Good\n")
        let root = folder.url.appendingPathComponent("root")
        let base = ["import", "ofsted", csv.path, "--into", root.path]
        let warning = "journey import ofsted: warning: outcomes.csv: row 3, column B ('new_la_code'): placeholder 'x'; "
            + "no value"
        let strict = try JourneyProcess.run(base + ["--published", "2024-08-30", "--strict"])
        #expect(strict.status == 65)
        #expect(strict.stderr == warning.replacingOccurrences(of: ": warning: ", with: ": error: ") + "\n"
                + "journey import ofsted: error: 1 warning with --strict; nothing written\n")
        #expect(!FileManager.default.fileExists(atPath: root.path))
        let undated = try JourneyProcess.run(base)
        #expect(undated.status == 65)
        #expect(undated.stderr.contains("outcomes.csv: cannot find the release's publication date"))
        #expect(try JourneyProcess.run(base + ["--published", "30/08/2024"]).status == 64)
        let imported = try JourneyProcess.run(base + ["--published", "2024-08-30", "--title", "LA outcomes 2024"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == warning + "\n")
        #expect(imported.stdout.hasPrefix("release: \"LA outcomes 2024\" (published 30 August 2024), outcomes.csv\n"))
        #expect(imported.stdout.contains("\nimported: 2 inspections, 0 visits\n"))
        #expect(imported.stdout.hasSuffix("\nwarnings: 1 (1 placeholder)\n"))
    }

    /// Kills the import with SIGKILL at several moments; the root must always pass `journey check`,
    /// and a second import must then finish it.
    @Test(.enabled(if: ImportCommandTests.haveReleases))
    func killedImportsLeaveACheckableRoot() throws {
        for delay in [0.05, 0.3, 0.8, 1.5] {
            let folder = try TemporaryFolder()
            let root = folder.url.appendingPathComponent("root")
            let process = Process()
            process.executableURL = JourneyProcess.binary
            process.arguments = ["import", "ofsted", Self.release2025.path, "--into", root.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: root.appendingPathComponent("councils").path) {
                let check = try JourneyProcess.run(["check", root.path])
                #expect(check.status == 0, "after a kill at \(delay) s: \(check.stderr.prefix(500))")
            }
            let again = try JourneyProcess.run(["import", "ofsted", Self.release2025.path, "--into", root.path])
            #expect(again.status == 0)
            // 153 current councils and the 3 former ones this release still names.
            #expect(try JourneyProcess.run(["check", root.path]).stdout.hasPrefix("checked 156 councils: 0 errors"))
        }
    }
}
