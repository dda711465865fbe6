import Foundation
import Testing
@testable import JourneyModel

/// Lists sorted by name come out as the stable sort by `localizedStandardCompare` puts them,
/// whatever order they come in.
@Suite struct NameOrderTests {
    let names = ["Wakefield", "barnsley", "Barnsley", "Area 10", "Area 2", "Bristol, City of", "Bristol", "Ealing",
                 "Barnsley", "Östergötland", "Zeta"]

    private func stableSort(_ list: [(id: Int, name: String)]) -> [Int] {
        list.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }.map(\.id)
    }

    @Test func everyArrangementSortsAsTheStableSortDoes() {
        let list = names.enumerated().map { (id: $0.offset, name: $0.element) }
        var arrangements = [list, list.reversed(), stableSort(list).map { list[$0] }]
        for shift in 1..<list.count { arrangements.append(Array(list.dropFirst(shift) + list.prefix(shift))) }
        let inOrder = stableSort(list).map { list[$0] }
        for swap in 0..<(list.count - 1) {
            var nearly = inOrder
            nearly.swapAt(swap, swap + 1)
            arrangements.append(nearly)
        }
        for arrangement in arrangements {
            #expect(arrangement.sortedByName(\.name).map(\.id) == stableSort(arrangement), "\(arrangement.map(\.id))")
        }
    }

    @Test func anEmptyListAndOneNameStayAsTheyAre() {
        #expect([String]().sortedByName { $0 }.isEmpty)
        #expect(["Wakefield"].sortedByName { $0 } == ["Wakefield"])
    }
}
