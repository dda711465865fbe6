import Foundation
import JourneyModel
@testable import JourneyImport

/// Rows from a fuzz input, as a release.
struct FuzzSource: RowSource {
    var file: String
    var body: ((ODSDocument.Item) throws -> Void) throws -> [ODSDocument.Warning]

    func read(_ visit: (ODSDocument.Item) throws -> Void) throws -> [ODSDocument.Warning] {
        try body(visit)
    }
}

/// Small limits, so that an input cannot make a run slow by asking for a lot.
let fuzzLimits = ODSDocument.Limits(contentBytes: 1 << 20, columns: 64, repeatedRows: 50, cellCharacters: 512)

/// Reads the rows as a release, plans the councils it names and renders their files; the
/// files the importer writes must load without an error, whatever the input.
func importThrough(_ source: FuzzSource) {
    let given = ReleaseDetails(title: "Fuzz", published: CalendarDay(year: 2025, month: 9, day: 25))
    guard let reading = try? ReleaseReader(source: source, given: given).read() else { return }
    for warning in reading.warnings { _ = warning.description }
    let importer = OfstedImporter(files: [], root: URL(fileURLWithPath: "/nonexistent"))
    var summary = ImportSummary(readings: [reading])
    let plans = importer.makePlans([reading], summary: &summary)
    _ = summary.lines
    guard !plans.isEmpty else { return }
    var files: [String: Data] = [:]
    for plan in plans {
        let folder = "councils/\(plan.council.id)"
        files[folder + "/council.yaml"] = Data(ImportYAML.councilFile(plan.council).utf8)
        files[folder + "/imported.yaml"] = Data(ImportYAML.importedFile(plan.events).utf8)
    }
    let loaded = CouncilLoader.loadRoot(MemoryTree(name: "fuzz", files: files))
    precondition(!loaded.hasErrors, "the importer wrote files that do not load: \(loaded.errors.prefix(3))")
}
