import Testing
@testable import JourneyModel

/// `sortedStably` gives what a stable sort by (first day, more precise first, then file order)
/// gives, whether its input is already in order (when it returns the input as it is) or not.
struct SortedStablyTests {
    /// Every date of 2023-2024 at three precisions, a few days of each month.
    private static let dates: [PartialDate] = (2023...2024).flatMap { year in
        [PartialDate(iso: "\(year)")!] + (1...12).flatMap { month -> [PartialDate] in
            let mm = month < 10 ? "0\(month)" : "\(month)"
            return [PartialDate(iso: "\(year)-\(mm)")!, PartialDate(iso: "\(year)-\(mm)-01")!,
                    PartialDate(iso: "\(year)-\(mm)-15")!]
        }
    }

    private static func reference(_ items: [(date: PartialDate, tag: Int)]) -> [Int] {
        items.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.date, rhs.element.date)
            if left.first != right.first { return left.first < right.first }
            if left.precision != right.precision { return left.precision > right.precision }
            return lhs.offset < rhs.offset
        }.map(\.element.tag)
    }

    @Test(arguments: 0..<20)
    func shuffledDatesSortAsAStableSortWould(seed: Int) {
        // Dates picked by a fixed scatter of the tags, a different one per seed: repeats and ties included.
        let items = (0..<60).map { tag in (date: Self.dates[(tag * 7_919 + seed * 104_729) % Self.dates.count], tag: tag) }
        #expect(items.sortedStably { $0.date }.map(\.tag) == Self.reference(items))
        let sorted = items.sortedStably { $0.date }
        // Already in order: the same result again, ties still in their order.
        #expect(sorted.sortedStably { $0.date }.map(\.tag) == sorted.map(\.tag))
    }

    @Test func tiesKeepTheirOrderWhenTheInputIsAlreadySorted() {
        let day = PartialDate(iso: "2024-01-01")!
        let items = [(date: PartialDate(iso: "2024")!, tag: 0), (date: day, tag: 1), (date: day, tag: 2)]
        #expect(items.sortedStably { $0.date }.map(\.tag) == [1, 2, 0])
        #expect(items.reversed().sortedStably { $0.date }.map(\.tag) == [2, 1, 0])
    }
}
