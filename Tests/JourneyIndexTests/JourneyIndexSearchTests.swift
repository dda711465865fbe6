import Foundation
import JourneyIndex
import JourneyModel
import Testing

/// A search answered from the index finds what searching the councils finds, hit for hit, and
/// only for councils whose kept units are of their current files.
@Suite struct JourneyIndexSearchTests {
    typealias Root = JourneyIndexTests.Root

    /// Every hit of `phrase` in each council of the catalogue, searched by the council itself
    /// with every report's text.
    func councilHits(of phrase: String, in catalogue: CouncilCatalogue) throws -> [String: [SearchHit]] {
        var found: [String: [SearchHit]] = [:]
        for id in catalogue.ids {
            let council = try #require(catalogue.load(id).councils.first)
            var texts: [String: ReportText] = [:]
            for report in council.reports { texts[report.id] = try catalogue.text(of: report) }
            found[id] = council.search(phrase, reportTexts: texts)
        }
        return found
    }

    /// A phrase that runs across a line break of one of Middlesbrough's reports, as typed on one line.
    func phraseAcrossALineBreak(in catalogue: CouncilCatalogue) throws -> String {
        let council = try #require(catalogue.load("middlesbrough").councils.first)
        let text = try catalogue.text(of: try #require(council.reports.first))
        let lines = try #require(text.pages.lazy.map(\.lines).first { $0.count > 3 && !$0[1].isEmpty && !$0[2].isEmpty })
        return "\(lines[1].split(separator: " ").last ?? "") \(lines[2].split(separator: " ").first ?? "")".uppercased()
    }

    @Test func theIndexFindsWhatTheCouncilsFind() throws {
        let root = try Root(also: ["halton", "wakefield"])
        let (catalogue, opened) = root.open()
        let index = try #require(opened)
        _ = catalogue.summaries()
        let across = try phraseAcrossALineBreak(in: catalogue)
        let title = try #require(catalogue.load("halton").councils.first?.events.first?.title).uppercased()
        for phrase in ["children", across, title, "ab", "e", "\"", "SOCIAL   care", "café", "no such phrase qqq", "  "] {
            let expected = try councilHits(of: phrase, in: catalogue)
            let answered = try #require(index.hits(of: phrase, in: catalogue.ids))
            #expect(answered == expected, "\(phrase)")
        }
        #expect(try councilHits(of: across, in: catalogue)["middlesbrough"]?.contains { $0.owner == .report } == true)
        #expect(try councilHits(of: "children", in: catalogue).values.allSatisfy { !$0.isEmpty })
    }

    @Test func aCouncilIsAnsweredOnlyOnceItsCurrentFilesAreKept() throws {
        let root = try Root(also: ["halton"])
        _ = root.open().0.summaries()
        try root.editCouncilFile {
            $0.replacingOccurrences(of: "title: SIF inspection and review", with: "title: Zanzibar quokka SIF inspection and review")
        }
        let (catalogue, opened) = root.open()
        let index = try #require(opened)
        let before = try #require(index.hits(of: "zanzibar quokka", in: catalogue.ids))
        #expect(before["middlesbrough"] == nil, "files not yet looked at this start are left to the caller")
        _ = catalogue.summaries()
        let after = try #require(index.hits(of: "zanzibar quokka", in: catalogue.ids))
        #expect(after["middlesbrough"]?.count == 1, "the edit is found once the council is checked")
        #expect(after["halton"] == [])
        #expect(after == (try councilHits(of: "zanzibar quokka", in: catalogue)))
    }
}
