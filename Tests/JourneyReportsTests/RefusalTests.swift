import Foundation
import JourneyModel
import Testing
@testable import JourneyReports

/// Every bad input of the issue refused with a clear reason, the other files still processed,
/// nothing written for what is refused.
@Suite(.enabled(if: FixtureRoot.hasPdftotext, FixtureRoot.skipReason))
struct RefusalTests {
    private func refusal(of paths: [String], root: FixtureRoot? = nil, limits: ReportImporter.Limits = .init(),
                         searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) async throws -> [Refusal?] {
        let owned = try root ?? FixtureRoot()
        defer { if root == nil { owned.remove() } }
        let outcomes = try await ReportImporter(paths: paths, root: owned.url, limits: limits, searchPath: searchPath).run()
        return outcomes.map { if case .refused(let reason) = $0.result { return reason } else { return nil } }
    }

    @Test func hostileFilesAreEachRefusedWithTheirReason() async throws {
        var limits = ReportImporter.Limits()
        limits.timeLimit = .seconds(3)
        let names = ["bomb", "five-hundred-pages", "encrypted", "scan", "truncated", "not-a-pdf", "empty"]
        let found = try await refusal(of: names.map { FixtureRoot.pdf("bad/\($0).pdf") }, limits: limits)
        #expect(found == [.timedOut(seconds: 3), .tooManyPages(500, limit: 250), .encrypted, .noText, .truncated,
                          .notPDF(start: "PK\\x03\\x04 this is"), .empty])
    }

    @Test func reasonsReadClearly() {
        #expect(Refusal.encrypted.description == "encrypted: the PDF needs a password to open")
        #expect(Refusal.tooManyPages(500, limit: 250).description
                == "the PDF has 500 pages, over the limit of 250 (Ofsted's reports run to 10-45 pages)")
        #expect(Refusal.noText.description.hasPrefix("no text: the PDF holds only images"))
        #expect(Refusal.toolMissing("pdftotext").description.contains("apt-get install poppler-utils"))
    }

    @Test func outputOverTheLimitIsRefused() async throws {
        var limits = ReportImporter.Limits()
        limits.textLimit = 200
        #expect(try await refusal(of: [FixtureRoot.pdf("download (3).pdf")], limits: limits) == [.textTooLarge(limit: 200)])
    }

    @Test func otherFilesAreStillProcessed() async throws {
        let root = try FixtureRoot()
        defer { root.remove() }
        let found = try await refusal(of: [FixtureRoot.pdf("bad/empty.pdf"), "/no/such/file.pdf",
                                           FixtureRoot.pdf("letter.pdf"), FixtureRoot.pdf("bad/scan.pdf")], root: root)
        #expect(found == [.empty, .cannotRead("no such file or folder"), nil, .noText])
        #expect(try root.report("wakefield", "ofsted-focused-visit-2019-08-13").contains("=== page 1 of 1 ==="))
    }

    @Test func missingPdftotextRefusesWhatNeedsIt() async throws {
        let emptyFolder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-nopath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: emptyFolder) }
        let found = try await refusal(of: [FixtureRoot.pdf("letter.pdf"), FixtureRoot.pdf("bad/empty.pdf")],
                                      searchPath: emptyFolder.path)
        #expect(found == [.toolMissing("pdftotext"), .empty])
    }

    @Test func noCouncilNoEventAmbiguityAndAnotherReportAreRefused() async throws {
        let root = try FixtureRoot(replacing: ["manchester": FixtureRoot.council("Manchester", """
              - id: sif-a
                kind: inspection
                framework: SIF
                start: 2017-10
                sources: [s]
              - id: sif-b
                kind: inspection
                framework: SIF
                start: 2017
                sources: [s]
            """)])
        defer { root.remove() }
        let found = try await refusal(of: [FixtureRoot.pdf("atlantis.pdf"), FixtureRoot.pdf("children-services.pdf"),
                                           FixtureRoot.pdf("1 (1).pdf")], root: try FixtureRoot(leaving: ["barking-and-dagenham"]))
        #expect(found[0] == .noCouncil(named: ["Atlantis"]))
        #expect(found[1] == .noCouncil(named: ["London Borough of Barking and Dagenham"]))
        let ambiguous = try await refusal(of: [FixtureRoot.pdf("1 (1).pdf")], root: root)
        #expect(ambiguous == [.ambiguousEvent(["manchester/sif-b", "manchester/sif-a"])])
        let noEvent = try await refusal(of: [FixtureRoot.pdf("letter (2).pdf")], root: try FixtureRoot(replacing: [
            "birmingham": FixtureRoot.council("Birmingham", "  - id: visit\n    kind: monitoring-visit\n    start: 2021-01-05\n    sources: [s]\n")]))
        #expect(noEvent == [.noMatchingEvent("birmingham has no event for this monitoring visit, 11 July 2022 to 12 July 2022; "
                                             + "its events of that kind: visit (5 January 2021)")])
    }

    @Test func aSecondPDFForAnEventWithAReportIsRefused() async throws {
        let root = try FixtureRoot()
        defer { root.remove() }
        let first = FixtureRoot.pdf("download (3).pdf")
        let second = root.url.appendingPathComponent("saved again.pdf")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        bytes.append(Data("% saved again\n".utf8))
        try bytes.write(to: second)
        let found = try await refusal(of: [first, second.path], root: root)
        #expect(found == [nil, .eventHasAnotherReport(event: "ofsted-ilacs-2021-11-08",
                                                      file: "reports/ofsted-ilacs-2021-11-08.txt")])
    }
}
