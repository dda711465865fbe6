import Foundation
import JourneyModel
import Testing

/// A data root in a fresh temporary folder with the councils and events the fixture PDFs record.
struct FixtureRoot {
    let url: URL

    /// The fixture PDFs (`Fixtures/pdf`), copied with the tests' resources.
    static let pdfs: URL = Bundle.module.resourceURL!.appendingPathComponent("pdf")

    /// Whether pdftotext is installed: the tests that extract text need it (CI installs it).
    static let hasPdftotext = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }

    static let skipReason: Comment = "pdftotext is not installed (apt-get install poppler-utils)"

    /// The councils' `council.yaml` files, by folder; Wakefield's 2021 event grades children in
    /// care and care leavers `wakefieldCareGrade` (the report says Good).
    static func councils(wakefieldCareGrade: String) -> [String: String] { [
        "wakefield": council("Wakefield", """
              - id: ofsted-ilacs-2021-11-08
                kind: inspection
                framework: ILACS
                start: 2021-11-08
                judgements:
                  overall-effectiveness: Requires improvement to be good
                  impact-of-leaders: Requires improvement to be good
                  help-and-protection: Requires improvement to be good
                  children-in-care-and-care-leavers: \(wakefieldCareGrade)
                sources: [s]
              - id: ofsted-focused-visit-2019-08-13
                kind: focused-visit
                start: 2019-08-13
                sources: [s]
            """),
        "birmingham": council("Birmingham", """
              - id: ofsted-sif-published-2014-06-19
                kind: inspection
                framework: SIF
                start: 2014-06-19
                published: 2014-06-19
                judgements:
                  overall-effectiveness: Inadequate
                sources: [s]
              - id: ofsted-monitoring-visit-2022-07-11
                kind: monitoring-visit
                start: 2022-07-11
                sources: [s]
            """),
        "manchester": council("Manchester", """
              - id: sif-2017
                kind: inspection
                framework: SIF
                start: 2017-10-09
                end: 2017-11-02
                sources: [s]
            """),
        "barking-and-dagenham": council("Barking and Dagenham", """
              - id: ilacs-2019
                kind: inspection
                framework: ILACS
                start: 2019-03-04
                sources: [s]
            """),
        "kingston-upon-hull": council("Kingston upon Hull, City of", """
              - id: ilacs-2023
                kind: inspection
                framework: ILACS
                start: 2023-03
                sources: [s]
            """),
    ] }

    static func council(_ name: String, _ events: String) -> String {
        "council:\n  id: \(Council.id(forName: name))\n  name: \"\(name)\"\nevents:\n" + events + "\n"
    }

    /// Makes the root; `leaving` names council folders to leave out, `replacing` gives other files.
    init(leaving: Set<String> = [], replacing: [String: String] = [:], wakefieldCareGrade: String = "Good") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("journey-reports-\(UUID().uuidString)")
        for (id, yaml) in Self.councils(wakefieldCareGrade: wakefieldCareGrade).merging(replacing, uniquingKeysWith: { $1 }) where !leaving.contains(id) {
            let folder = url.appendingPathComponent("councils/\(id)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try yaml.write(to: folder.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// A fixture PDF's path.
    static func pdf(_ name: String) -> String { pdfs.appendingPathComponent(name).path }

    /// The text of a report file written into the root.
    func report(_ council: String, _ id: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent("councils/\(council)/reports/\(id).txt"), encoding: .utf8)
    }
}
