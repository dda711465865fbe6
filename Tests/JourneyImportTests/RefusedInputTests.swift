import Foundation
import JourneyModel
import Testing
import ZIPFoundation
@testable import JourneyImport

/// Files that are not readable releases are refused with an error naming them, and the data
/// root is left exactly as it was.
@Suite("Import: refused inputs leave the root as it was")
struct RefusedInputTests {
    /// A root with a hand-written council and an earlier import in it.
    func preparedRoot() throws -> (ImportHarness, [String: Data]) {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        try harness.run([try harness.release(FixtureReleases.release2023(), named: "2023.ods")])
        return (harness, harness.folder.snapshot("root"))
    }

    /// Imports a good release together with `bad`; expects a refusal whose text contains `reason`.
    func expectRefused(_ bad: URL, _ reason: String, limits: ODSDocument.Limits = .init()) throws {
        let (harness, before) = try preparedRoot()
        let good = try harness.release(FixtureReleases.release2025(), named: "2025.ods")
        let error = #expect(throws: ImportError.self) { try harness.run([good, bad], limits: limits) }
        #expect(error?.description.hasPrefix(bad.path + ":") == true, "\(String(describing: error))")
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
        #expect(error?.exitCode == 65)
        #expect(harness.folder.snapshot("root") == before)
    }

    @Test func aTruncatedSpreadsheetIsRefused() throws {
        let folder = try TemporaryFolder()
        let whole = folder.file("whole.ods")
        try FixtureReleases.release2025().write(to: whole)
        let data = try Data(contentsOf: whole)
        for fraction in [0.9, 0.5, 0.1] {
            let cut = folder.file("truncated-\(fraction).ods")
            try data.prefix(Int(Double(data.count) * fraction)).write(to: cut)
            try expectRefused(cut, "not an OpenDocument spreadsheet: not a readable zip archive (truncated or damaged)")
        }
    }

    @Test func aCSVFileNamedOdsIsRefused() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("release.ods")
        try Data((CSVImportTests.header + "\n").utf8).write(to: url)
        try expectRefused(url, "not a zip archive (it is text with commas: a CSV file? name it .csv)")
    }

    @Test func anEmptyFileAnUnknownFormatAndAZipThatIsNotASpreadsheetAreRefused() throws {
        let folder = try TemporaryFolder()
        let empty = folder.file("empty.ods")
        try Data().write(to: empty)
        try expectRefused(empty, "not a zip archive (the file is empty)")
        let pdf = folder.file("report.pdf")
        try Data("%PDF-1.7".utf8).write(to: pdf)
        try expectRefused(pdf, "neither an OpenDocument spreadsheet (.ods) nor a CSV file (.csv)")
        let zip = folder.file("other.ods")
        let archive = try Archive(url: zip, accessMode: .create)
        let text = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(text.count)) { position, size in
            text.subdata(in: Int(position)..<Int(position) + size)
        }
        try expectRefused(zip, "the archive has no content.xml")
    }

    /// 8 MB of XML that packs into a few kilobytes, against a 1 MB limit.
    @Test func aZipBombIsRefusedBeforeItIsUnpacked() throws {
        let folder = try TemporaryFolder()
        let bomb = folder.file("bomb.ods")
        let archive = try Archive(url: bomb, accessMode: .create)
        let content = Data(("<office:document-content>" + String(repeating: "<a/>", count: 2_000_000)).utf8)
        for (path, data) in [("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                             ("content.xml", content)] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: path == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        #expect(try Data(contentsOf: bomb).count < 100_000)
        try expectRefused(bomb, "content.xml is 8000025 bytes, over the limit of 1000000",
                          limits: ODSDocument.Limits(contentBytes: 1_000_000))
    }

    @Test func malformedOrTruncatedContentIsRefused() throws {
        let folder = try TemporaryFolder()
        var fixture = FixtureReleases.release2025()
        fixture.sheets[1].rows.append("<table:table-row><table:table-cell>")
        let bad = folder.file("malformed.ods")
        try fixture.write(to: bad)
        try expectRefused(bad, "malformed XML")
    }

    @Test func aMissingFileIsInputNotFound() throws {
        let (harness, before) = try preparedRoot()
        let missing = harness.folder.file("missing.ods")
        #expect(throws: ImportError.inputNotFound(missing.path)) { try harness.run([missing]) }
        #expect(harness.folder.snapshot("root") == before)
    }
}
