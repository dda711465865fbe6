import Foundation
import JourneyBench
import JourneyModel
import Testing

struct SyntheticCouncilTests {
    @Test func theGeneratedCouncilLoadsCleanWithEveryKind() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = try SyntheticCouncil(id: "synthetic", eventCount: 3000, letterCount: 40).write(into: parent)
        let catalogue = CouncilCatalogue(folder: DiskTree(root: folder), id: "synthetic")
        let result = catalogue.load("synthetic")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5))")
        let council = try #require(result.councils.first)
        #expect(council.events.count == 3000)
        #expect(council.letters.count == 40)
        #expect(Set(council.events.map(\.kind)) == Set(EventKind.allCases))
        #expect(council.letters.allSatisfy { !council.events(for: $0.id).isEmpty })
    }
}
