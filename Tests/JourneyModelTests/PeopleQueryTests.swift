import Foundation
import Testing
@testable import JourneyModel

@Suite struct PeopleQueryTests {
    let council = Fixtures.middlesbrough

    private func holders(on iso: String) -> [String: PostHolder] {
        Dictionary(council.postHolders(on: Fixtures.day(iso)).map { ($0.name, $0) }) { first, _ in first }
    }

    @Test func everyoneInPostMidway() {
        let holders = council.postHolders(on: Fixtures.day("2021-06-01"))
        #expect(holders.map(\.name) == ["Andy Preston", "Sue Butcher", "Peter Dwyer OBE", "Katherine Cowell"])
        #expect(holders.map(\.role) == [.mayor, .directorOfChildrensServices, .commissioner, .regionalDirector])
        #expect(holders.prefix(3).allSatisfy { $0.certainty == .yes && $0.uncertainty == nil })
        #expect(holders.first { $0.name == "Sue Butcher" }?.title == "Interim Director of Children's Services")
    }

    @Test func aMissingStartIsUnknownButIncluded() {
        let cowell = holders(on: "2021-06-01")["Katherine Cowell"]
        #expect(cowell?.certainty == .unknown)
        #expect(cowell?.uncertainty == "when they started is not recorded")
    }

    @Test func bothEndsOfASpanAreInclusive() {
        #expect(holders(on: "2023-05-04")["Andy Preston"]?.certainty == .yes)
        #expect(holders(on: "2023-05-04")["Chris Cooke"] == nil)
        #expect(holders(on: "2023-05-05")["Andy Preston"] == nil)
        #expect(holders(on: "2023-05-05")["Chris Cooke"]?.certainty == .yes)
    }

    @Test func aLaterHolderEndsAnOpenSpanInOneHolderRoles() {
        var council = Council(id: "t", name: "T", people: [
            RoleHolder(name: "First", role: .chiefExecutive, from: PartialDate(year: 2014)),
            RoleHolder(name: "Second", role: .chiefExecutive, from: PartialDate(year: 2020, month: 3)),
            RoleHolder(name: "Member A", role: .mp, from: PartialDate(year: 2010)),
            RoleHolder(name: "Member B", role: .mp, from: PartialDate(year: 2015)),
        ])
        let names = { (iso: String) in council.postHolders(on: Fixtures.day(iso)).map(\.name) }
        #expect(names("2019-12-31") == ["First", "Member A", "Member B"])
        #expect(names("2020-04-01") == ["Second", "Member A", "Member B"])
        let march = council.postHolders(on: Fixtures.day("2020-03-10"))
        #expect(march.first { $0.name == "First" }?.uncertainty == "a successor started in March 2020")
        council.people[0].to = PartialDate(year: 2021)
        #expect(names("2020-04-01") == ["First", "Second", "Member A", "Member B"])
    }

    @Test func aMissingEndMeansStillInPost() {
        #expect(holders(on: "2030-01-01")["Chris Cooke"]?.certainty == .yes)
    }

    @Test func partialDatesContainingTheDayAreUnknown() {
        let february = holders(on: "2020-02-15")
        #expect(february["Helen Watson"]?.certainty == .unknown)
        #expect(february["Helen Watson"]?.uncertainty
                == "when they started is not recorded; left in February 2020; the exact date is not known")
        #expect(february["Peter Dwyer OBE"]?.uncertainty == "started in February 2020; the exact date is not known")
        #expect(february["Sue Butcher"] == nil)
        #expect(holders(on: "2022-06-01")["Sue Butcher"]?.uncertainty == "left in 2022; the exact date is not known")
    }

    @Test func theEdgesOfPartialStartsAndEnds() {
        #expect(holders(on: "2020-02-29")["Helen Watson"]?.certainty == .unknown)
        #expect(holders(on: "2020-03-01")["Helen Watson"] == nil)
        #expect(holders(on: "2020-03-01")["Sue Butcher"]?.certainty == .unknown)
        #expect(holders(on: "2020-03-31")["Sue Butcher"]?.certainty == .yes)
        #expect(holders(on: "2022-01-01")["Sue Butcher"]?.certainty == .yes)
        #expect(holders(on: "2022-12-31")["Sue Butcher"]?.certainty == .unknown)
        #expect(holders(on: "2023-01-01")["Sue Butcher"] == nil)
        #expect(holders(on: "2023-12-31")["Joe Tynan"] == nil)
        #expect(holders(on: "2024-01-01")["Joe Tynan"]?.certainty == .unknown)
        #expect(holders(on: "2024-12-31")["Joe Tynan"]?.certainty == .yes)
    }

    @Test func holdersOfOneRoleSortUnknownStartsFirstThenByStart() {
        let council = Fixtures.council([], people: [
            RoleHolder(name: "Later", role: .chiefExecutive, from: Fixtures.date("2021")),
            RoleHolder(name: "Undated", role: .chiefExecutive),
            RoleHolder(name: "Earlier", role: .chiefExecutive, from: Fixtures.date("2020-05"), to: Fixtures.date("2021")),
            RoleHolder(name: "Mayor", role: .mayor),
        ])
        // In 2021 nobody certainly held the role, so all three possibly did.
        #expect(council.postHolders(on: Fixtures.day("2021-06-01")).map(\.name)
                == ["Mayor", "Undated", "Earlier", "Later"])
        // In 2022 Later certainly did, which closes Undated's open term.
        #expect(council.postHolders(on: Fixtures.day("2022-01-01")).map(\.name) == ["Mayor", "Later"])
    }

    @Test func noPeopleAtAll() {
        #expect(Fixtures.council([]).postHolders(on: Fixtures.day("2022-01-01")).isEmpty)
    }

    @Test func roundTripsThroughJSON() throws {
        let watson = try #require(holders(on: "2020-02-15")["Helen Watson"])
        let data = try JSONEncoder().encode(watson)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["role"] as? String == "director-of-childrens-services")
        #expect(object["certainty"] as? String == "unknown")
        #expect(object["to"] as? String == "2020-02")
        #expect(try JSONDecoder().decode(PostHolder.self, from: data) == watson)
    }
}
