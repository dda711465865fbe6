import Foundation
import Testing
@testable import JourneyModel

@Suite struct LinkTests {
    let council = Fixtures.middlesbrough

    @Test func lettersForAnEventComeFromEitherSideOnce() {
        #expect(council.letters(for: "direction-revoked-2024").map(\.id) == ["revocation-2024"])
        #expect(council.letters(for: "direction-2020").map(\.id) == ["revocation-2024"])
        #expect(council.letters(for: "focused-visit-2024-07").map(\.id) == ["focused-visit-2024-letter"])
        #expect(council.letters(for: "commissioner-appointed-2020").map(\.id) == ["commissioner-2020"])
        #expect(council.letters(for: "sif-2015").isEmpty)
        #expect(council.letters(for: "no-such-event").isEmpty)
    }

    @Test func lettersForAnEventAreInDateOrder() {
        let event = Event(id: "e", kind: .inspection, title: "e", start: Fixtures.date("2020"),
                          letterIDs: ["late", "missing", "early"])
        let late = Letter(id: "late", date: Fixtures.date("2021-05-01"), from: "a", to: "b", subject: "s", body: "")
        let early = Letter(id: "early", date: Fixtures.date("2020-05"), from: "a", to: "b", subject: "s", body: "")
        #expect(Fixtures.council([event], letters: [late, early]).letters(for: "e").map(\.id) == ["early", "late"])
    }

    @Test func eventsForALetterComeFromEitherSideInTimelineOrder() {
        #expect(council.events(for: "revocation-2024").map(\.id) == ["direction-2020", "direction-revoked-2024"])
        #expect(council.events(for: "commissioner-2020").map(\.id) == ["commissioner-appointed-2020"])
        #expect(council.events(for: "focused-visit-2024-letter").map(\.id) == ["focused-visit-2024-07"])
        #expect(council.events(for: "no-such-letter").isEmpty)
    }

    @Test func lettersWithoutEventsAreThoseNoEventConcerns() {
        var council = Fixtures.middlesbrough
        council.letters += [
            Letter(id: "alone", date: Fixtures.date("2021-01-01"), from: nil, to: nil, subject: "s", body: "b"),
            Letter(id: "stray", date: Fixtures.date("2021-02-01"), from: nil, to: nil, subject: "s",
                   eventIDs: ["no-such-event"], body: "b"),
        ]
        council.events[0].letterIDs.append("listed-by-an-event")
        council.letters.append(Letter(id: "listed-by-an-event", date: Fixtures.date("2021-03-01"), from: nil, to: nil,
                                      subject: "s", body: "b"))
        #expect(council.lettersWithoutEvents.map(\.id) == ["alone", "stray"])
        #expect(council.lettersWithoutEvents.map(\.id) == council.letters.filter { council.events(for: $0.id).isEmpty }.map(\.id))
    }

    /// Named events are looked up only among ids as long as a named one: an id of the same
    /// length that names nothing leaves its letter on its own; one that names an event does not.
    @Test func aLetterNamingAnEventIsNotOnItsOwnWhateverTheLengthsOfOtherNamedIDs() {
        let existing = Fixtures.ilacs2019.id
        let sameLength = String(repeating: "x", count: existing.count)
        var council = Fixtures.middlesbrough
        council.letters = [
            Letter(id: "names-one", date: Fixtures.date("2021-01-01"), from: nil, to: nil, subject: "s",
                   eventIDs: [existing], body: "b"),
            Letter(id: "names-none", date: Fixtures.date("2021-02-01"), from: nil, to: nil, subject: "s",
                   eventIDs: [sameLength], body: "b"),
            Letter(id: "names-a-longer-none", date: Fixtures.date("2021-03-01"), from: nil, to: nil, subject: "s",
                   eventIDs: [existing + "-and-more"], body: "b"),
        ]
        #expect(council.events.contains { $0.id == existing })
        #expect(council.lettersWithoutEvents.map(\.id) == ["names-none", "names-a-longer-none"])
    }

    @Test func eventIDsThatNameNoEventAreSkipped() {
        let letter = Letter(id: "l", date: Fixtures.date("2020"), from: "a", to: "b", subject: "s",
                            eventIDs: ["ghost"], body: "")
        #expect(Fixtures.council([], letters: [letter]).events(for: "l").isEmpty)
    }

    @Test func quotesAreLocatedExactlyOrElseIgnoringCase() throws {
        let locations = council.quoteLocations(in: "revocation-2024")
        #expect(locations.map(\.eventID) == ["ilacs-2023", "focused-visit-2024-07"])
        let exact = try #require(locations.first?.position)
        #expect(exact
                == QuoteLocation.Position(lineIndex: 2, fileLine: 23, column: 34, length: 32, ignoringCase: false))
        let folded = try #require(locations.last?.position)
        #expect(folded
                == QuoteLocation.Position(lineIndex: 3, fileLine: 24, column: 50, length: 60, ignoringCase: true))
    }

    @Test func anExactMatchOnALaterLineBeatsAnEarlierCaseInsensitiveOne() {
        let letter = Letter(id: "l", date: Fixtures.date("2020"), from: "a", to: "b", subject: "s",
                            quotes: [Quote(text: "gradual improvements", eventID: "e")],
                            body: "GRADUAL IMPROVEMENTS\ngradual improvements", bodyLine: 5)
        let position = Fixtures.council([], letters: [letter]).quoteLocations(in: "l").first?.position
        #expect(position?.lineIndex == 1)
        #expect(position?.fileLine == 6)
        #expect(position?.ignoringCase == false)
    }

    @Test func columnsCountGraphemes() {
        let letter = Letter(id: "l", date: Fixtures.date("2020"), from: "a", to: "b", subject: "s",
                            quotes: [Quote(text: "gradual", eventID: "e")],
                            body: "Cafe\u{301} 👍🏽 noted gradual change")
        let position = Fixtures.council([], letters: [letter]).quoteLocations(in: "l").first?.position
        #expect(position?.column == 13)
        #expect(position?.length == 7)
    }

    @Test func aPhraseOnNoSingleLineHasNoPosition() {
        let letter = Letter(id: "l", date: Fixtures.date("2020"), from: "a", to: "b", subject: "s",
                            quotes: [Quote(text: "gradual improvements", eventID: "e")],
                            body: "gradual\nimprovements")
        let locations = Fixtures.council([], letters: [letter]).quoteLocations(in: "l")
        #expect(locations.count == 1)
        #expect(locations.first?.position == nil)
        #expect(Fixtures.council([]).quoteLocations(in: "l").isEmpty)
    }

    @Test func backlinksFindTheQuotesCitingAnEvent() {
        let citations = council.citations(of: "ilacs-2023")
        #expect(citations.map(\.letterID) == ["revocation-2024"])
        #expect(citations.map(\.text) == ["gradual improvements to practice"])
        #expect(council.citations(of: "focused-visit-2024-07").first?.position?.lineIndex == 3)
        #expect(council.citations(of: "sif-2015").isEmpty)
    }

    @Test func roundTripsThroughJSON() throws {
        for location in council.quoteLocations(in: "revocation-2024") {
            let data = try JSONEncoder().encode(location)
            #expect(try JSONDecoder().decode(QuoteLocation.self, from: data) == location)
        }
        let data = try JSONEncoder().encode(council.citations(of: "ilacs-2023"))
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let position = try #require(objects.first?["position"] as? [String: Any])
        #expect(position["fileLine"] as? Int == 23)
        #expect(objects.first?["eventID"] as? String == "ilacs-2023")
    }
}
