import Foundation
import JourneyModel
import Testing

@Suite struct ReviewTargetTests {
    @Test(arguments: [ReviewTarget.council, .event("ilacs-2019"), .letter("2020-01-letter"),
                      .report(eventID: "ilacs-2019", page: nil), .report(eventID: "ilacs-2019", page: 12)])
    func theTextFormReadsBack(target: ReviewTarget) {
        #expect(ReviewTarget(parsing: target.text) == target)
    }

    @Test(arguments: ["", "event:", "report:x:0", "report:x:-1", "report:x:two", "letter", "council:x", "page:3"])
    func otherTextIsNotATarget(text: String) {
        #expect(ReviewTarget(parsing: text) == nil)
    }

    @Test func notesOnWhatIsGoneAreOrphansAndKept() {
        let event = Event(id: "kept", kind: .inspection, title: "Kept", start: PartialDate(year: 2020, month: 1, day: 2)!)
        let council = Council(id: "halton", name: "Halton", events: [event])
        let date = Date(timeIntervalSince1970: 0)
        let notes = [
            ReviewNote(id: 1, councilID: "halton", target: .event("kept"), text: "a", author: "amy", created: date, updated: date),
            ReviewNote(id: 2, councilID: "halton", target: .event("gone"), text: "b", author: "amy", created: date, updated: date),
            ReviewNote(id: 3, councilID: "halton", target: .council, text: "c", author: "amy", created: date, updated: date),
            ReviewNote(id: 4, councilID: "halton", target: .report(eventID: "kept", page: 1), text: "d", author: "amy",
                       created: date, updated: date),
        ]
        let snapshot = ReviewSnapshot(councilID: "halton", notes: notes)
        #expect(snapshot.orphans(in: council).map(\.id) == [2, 4])
        #expect(snapshot.notes.count == 4)
    }

    @Test func noteTextIsSearchedLineByLine() {
        let date = Date(timeIntervalSince1970: 0)
        let snapshot = ReviewSnapshot(councilID: "h", notes: [
            ReviewNote(id: 5, councilID: "h", target: .event("e1"), text: "first line\nAsk about CASELOADS", author: "a",
                       created: date, updated: date),
        ])
        let hits = snapshot.search("caseloads")
        #expect(hits.count == 1)
        #expect(hits.first?.owner == .note)
        #expect(hits.first?.ownerID == "5")
        #expect(hits.first?.line == 2)
        #expect(hits.first?.eventID == "e1")
        #expect(snapshot.search("nothing like it").isEmpty)
    }
}
