import Foundation
import Testing
@testable import JourneyModel

@Suite struct SearchTests {
    let council = Fixtures.middlesbrough

    private func letterCouncil(_ body: String, bodyLine: Int = 10) -> Council {
        let letter = Letter(id: "l", date: Fixtures.date("2020"), from: "a", to: "b", subject: "s",
                            body: body, bodyLine: bodyLine)
        return Fixtures.council([], letters: [letter])
    }

    @Test func findsJudgementGrades() {
        let hits = council.search("inadequate")
        #expect(hits.count == 4)
        #expect(hits.allSatisfy { $0.owner == .event && $0.ownerID == "ilacs-2019" && $0.field == .judgement })
        #expect(hits.map(\.index) == [0, 1, 2, 3])
        #expect(hits.first?.text == "Inadequate")
    }

    @Test func findsPeopleSourcesAndSummaryLines() {
        let person = council.search("jan edwards")
        #expect(person.map(\.field) == [.person])
        #expect(person.first?.index == 0)
        let source = council.search("INSPECTION REPORT")
        #expect(source.map(\.field) == [.source])
        #expect(source.first?.column == 28)
        let summary = council.search("grasped")
        #expect(summary.map(\.field) == [.summary])
        #expect(summary.first?.line == 2)
        #expect(summary.first?.text == "Leaders had not grasped how bad things were.")
        #expect(summary.first?.fileLine == nil)
    }

    @Test func letterBodyHitsGiveTheBodyLineAndTheFileLine() throws {
        let hit = try #require(council.search("radically").first)
        #expect(hit.owner == .letter)
        #expect(hit.ownerID == "revocation-2024")
        #expect(hit.field == .body)
        #expect(hit.line == 4)
        #expect(hit.fileLine == 24)
        #expect(hit.column == 50)
        #expect(hit.length == 9)
        #expect(hit.text.hasPrefix("The focused visit demonstrated"))
    }

    @Test func searchesLetterHeaders() {
        #expect(council.search("Luke Myers").map(\.field) == [.cc])
        #expect(council.search("Luke Myers").first?.index == 1)
        #expect(council.search("Janet Daby").map(\.field) == [.from])
        let places = council.search("statutory direction").map { "\($0.ownerID) \($0.field.rawValue) \($0.line)" }
        #expect(places == [
            "direction-2020 title 1", "direction-2020 summary 1", "direction-revised-2022 title 1",
            "direction-revoked-2024 title 1", "revocation-2024 subject 1", "revocation-2024 body 5",
        ])
        #expect(council.search("children's services statutory").map(\.field) == [.subject])
    }

    @Test func eventsInTimelineOrderThenLettersInDateOrder() {
        let owners = council.search("commissioner").map { "\($0.owner.rawValue):\($0.ownerID)" }
        #expect(owners == [
            "event:commissioner-appointed-2020",
            "letter:commissioner-2020", "letter:commissioner-2020",
        ])
        let letters = council.search("care").filter { $0.owner == .letter }.map(\.ownerID)
        #expect(letters == ["focused-visit-2024-letter", "revocation-2024"])
        let events = council.search("care").filter { $0.owner == .event }.map(\.ownerID)
        #expect(events == ["focused-visit-2024-07", "focused-visit-2024-07"])
    }

    @Test func ignoresCaseAndAccentsAndFindsEveryHitOnALine() {
        let council = letterCouncil("L'ÉCOLE de café\nÉcole, école, ecole", bodyLine: 10)
        let hits = council.search("école")
        #expect(hits.map(\.line) == [1, 2, 2, 2])
        #expect(hits.map(\.column) == [2, 0, 7, 14])
        #expect(hits.map(\.fileLine) == [10, 11, 11, 11])
        #expect(hits.allSatisfy { $0.length == 5 })
        #expect(council.search("CAFE").map(\.column) == [11])
        #expect(council.search("ÉCOLE").count == 4)
    }

    @Test func decomposedAccentsMatchComposedOnes() {
        let council = letterCouncil("e\u{301}cole")
        #expect(council.search("\u{E9}cole").map(\.length) == [5])
        #expect(letterCouncil("école").search("e").map(\.column) == [0, 4])
    }

    @Test func foldingIsPerGrapheme() {
        #expect(letterCouncil("STRASSE").search("straße").isEmpty)
        #expect(letterCouncil("Straße").search("STRAẞE").count == 1)
    }

    @Test func hitsDoNotOverlap() {
        #expect(letterCouncil("aaaaa").search("aa").map(\.column) == [0, 2])
    }

    @Test func emptyAndBlankQueriesFindNothing() {
        #expect(council.search("").isEmpty)
        #expect(council.search("   ").isEmpty)
        #expect(council.search("\n\t").isEmpty)
        #expect(council.search("zzz-not-there").isEmpty)
    }

    @Test func contextIsTrimmedAroundTheMatchOnLongLines() throws {
        let line = String(repeating: "x", count: 100) + "needle" + String(repeating: "y", count: 100)
        let hit = try #require(letterCouncil(line).search("needle").first)
        #expect(hit.column == 100)
        #expect(hit.text == line)
        #expect(hit.context.hasPrefix("…"))
        #expect(hit.context.hasSuffix("…"))
        #expect(hit.context.count == SearchHit.contextWidth + 2)
        #expect(String(Array(hit.context)[hit.contextColumn..<(hit.contextColumn + hit.length)]) == "needle")
    }

    @Test func contextKeepsShortLinesWholeAndCutsOnlyWhereNeeded() throws {
        let short = try #require(letterCouncil("a needle here").search("needle").first)
        #expect(short.context == "a needle here")
        #expect(short.contextColumn == 2)
        let line = "needle" + String(repeating: "y", count: 100)
        let start = try #require(letterCouncil(line).search("needle").first)
        #expect(start.context == String(line.prefix(SearchHit.contextWidth)) + "…")
        #expect(start.contextColumn == 0)
    }

    /// A line of ASCII is cut byte by byte: the context must be what cutting it grapheme by
    /// grapheme gives, wherever the match and the blanks fall.
    @Test func asciiLinesAreCutAsGraphemesWouldBe() {
        let words = "  Children's\tservices  were judged   good; CHILDREN\t\tlooked after children "
        let lines = [String(repeating: words, count: 3), "\t" + String(repeating: "x", count: 90) + " \t",
                     String(repeating: "word ", count: 40), String(repeating: "a", count: 81)]
        for line in lines {
            let count = line.utf8.count
            for match in [0..<1, 0..<8, 2..<10, 40..<48, count / 2..<(count / 2 + 3), (count - 5)..<count,
                          10..<(count - 10), 0..<count] {
                let graphemes = SearchHit.context(of: Array(line), around: match, space: " ", isBlank: SearchHit.isBlank,
                                                  isWhitespace: \.isWhitespace, string: { String($0) })
                let bytes = SearchHit.context(of: line, around: match)
                #expect(bytes.text == graphemes.text && bytes.column == graphemes.column,
                        "\(match) in \(line.debugDescription)")
            }
        }
    }

    @Test func roundTripsThroughJSON() throws {
        let hit = try #require(council.search("radically").first)
        let data = try JSONEncoder().encode(hit)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["owner"] as? String == "letter")
        #expect(object["field"] as? String == "body")
        #expect(object["fileLine"] as? Int == 24)
        #expect(try JSONDecoder().decode(SearchHit.self, from: data) == hit)
    }
}
