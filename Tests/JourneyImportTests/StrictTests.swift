import Foundation
import JourneyModel
import Testing
import ZIPFoundation
@testable import JourneyImport

/// `--strict`: every warning is a failure, and then nothing is written.
@Suite("Import: --strict and a planted unknown grade")
struct StrictTests {
    /// The 2025-style fixture with Barnet's 2024 overall effectiveness in the history sheet
    /// misspelt: a grade word no release has.
    static func planted() -> ODSFixture {
        var fixture = FixtureReleases.release2025()
        let index = fixture.sheets.firstIndex { $0.name == "ILACS_inspection_history" }!
        let row = fixture.sheets[index].rows.firstIndex { $0.contains("Barnet") }!
        fixture.sheets[index].rows[row] = fixture.sheets[index].rows[row]
            .replacingOccurrences(of: "<text:p>Good</text:p>", with: "<text:p>Goood</text:p>", options: [],
                                  range: fixture.sheets[index].rows[row].range(of: "<text:p>Good</text:p>"))
        return fixture
    }

    @Test func aPlantedUnknownGradeIsNamedAndTheRestImported() throws {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(Self.planted(), named: "2025.ods")])
        #expect(summary.warnings.map(\.description) == [
            "2025.ods: sheet 'ILACS_inspection_history', row 6, column I ('Overall effectiveness'): unknown grade "
                + "'Goood'; expected 'Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'; grade skipped",
        ])
        #expect(summary.text.contains("warnings: 1 (1 unknown grade)"))
        #expect(harness.importedEvents("middlesbrough").count == 3)
        // The in-year sheet still gives Barnet's overall grade; the history row gives the rest.
        #expect(harness.importedEvents("barnet")["ofsted-ilacs-2024-06-10"]?.overallGrade == .good)
    }

    @Test func withStrictItFailsAndWritesNothing() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        let before = harness.folder.snapshot("root")
        let file = try harness.release(Self.planted(), named: "2025.ods")
        let error = #expect(throws: ImportError.self) { try harness.run([file], strict: true) }
        guard case .strictWarnings(let warnings)? = error else {
            Issue.record("expected a strict failure, got \(String(describing: error))")
            return
        }
        #expect(warnings.map(\.kind) == [.unknownGrade])
        #expect(error?.exitCode == 65)
        #expect(error?.lines.last == "1 warning with --strict; nothing written")
        #expect(harness.folder.snapshot("root") == before)
        // Without the planted word the same release passes --strict.
        let clean = try harness.run([try harness.release(FixtureReleases.release2025(), named: "clean.ods")],
                                    strict: true)
        #expect(clean.warnings.isEmpty)
    }

    @Test(.enabled(if: RealReleases.available, "needs ../shared/data/ofsted"))
    func aPlantedUnknownGradeInTheShippedReleaseIsNamedAndStrictWritesNothing() throws {
        let harness = try ImportHarness()
        let planted = harness.folder.file("planted-2025.ods")
        let row = try Self.plant(in: RealReleases.file2025, to: planted)
        let summary = try harness.run([planted])
        let unknown = summary.warnings.filter { $0.kind == .unknownGrade }
        #expect(unknown.count == 1)
        #expect(unknown.first?.description.hasPrefix("planted-2025.ods: sheet 'Inspections_as_at_31_March', "
                                                     + "row \(row), column ") == true)
        #expect(unknown.first?.message.hasPrefix("unknown grade 'Inadequat'") == true)
        #expect(summary.councils.count > 150)
        let strict = try ImportHarness()
        #expect(throws: ImportError.self) { try strict.run([planted], strict: true) }
        #expect(!FileManager.default.fileExists(atPath: strict.root.path))
    }

    /// Copies a release, misspelling the first "Inadequate" of its content; returns that row.
    static func plant(in source: URL, to target: URL) throws -> Int {
        let archive = try Archive(url: source, accessMode: .read)
        let copy = try Archive(url: target, accessMode: .create)
        var plantedRow = 0
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if entry.path == "content.xml" {
                var text = String(decoding: data, as: UTF8.self)
                let sheetStart = try #require(text.range(of: "table:name=\"Inspections_as_at_31_March\""))
                let range = try #require(text.range(of: "<text:p>Inadequate</text:p>",
                                                    range: sheetStart.upperBound..<text.endIndex))
                plantedRow = text[sheetStart.upperBound..<range.lowerBound].components(separatedBy: "<table:table-row").count - 1
                text.replaceSubrange(range, with: "<text:p>Inadequat</text:p>")
                data = Data(text.utf8)
            }
            try copy.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                              compressionMethod: entry.path == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return plantedRow
    }
}
