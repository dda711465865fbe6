import Testing
import JourneyModel

/// `partitionPoint(where:)` finds the first element of the second partition, as a scan from the
/// start would, asking the predicate only about log n elements.
struct PartitionPointTests {
    @Test func anEmptyCollectionGivesItsEnd() {
        #expect([Int]().partitionPoint { _ in true } == 0)
        #expect([Int]().partitionPoint { _ in false } == 0)
    }

    @Test(arguments: [1, 2, 3, 8, 100])
    func allFalseGivesTheEndAndAllTrueTheStart(count: Int) {
        let values = Array(0..<count)
        #expect(values.partitionPoint { _ in false } == count)
        #expect(values.partitionPoint { _ in true } == 0)
    }

    @Test(arguments: 0...9)
    func everyBoundaryOfNineElementsIsFound(boundary: Int) {
        let values = Array(0..<9)
        #expect(values.partitionPoint { $0 >= boundary } == boundary)
    }

    @Test func lowerAndUpperBoundsOfRepeatedValues() {
        let values = [1, 2, 2, 2, 3, 5, 5, 8]
        #expect(values.partitionPoint { $0 >= 2 } == 1)
        #expect(values.partitionPoint { $0 > 2 } == 4)
        #expect(values.partitionPoint { $0 >= 4 } == 5, "a missing value's place")
        #expect(values.partitionPoint { $0 >= 0 } == 0)
        #expect(values.partitionPoint { $0 > 8 } == values.count)
    }

    @Test func aSliceAnswersWithItsOwnIndices() {
        let values = Array(0..<20)
        let slice = values[5..<15]
        #expect(slice.partitionPoint { $0 >= 9 } == 9)
        #expect(slice.partitionPoint { $0 >= 0 } == 5)
        #expect(slice.partitionPoint { $0 >= 30 } == 15)
    }

    /// Random sorted arrays (repeats included) against a scan, for every value around them.
    @Test(arguments: 0..<20)
    func agreesWithALinearScan(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let count = Int(generator.next() % 200)
        let values = (0..<count).map { _ in Int(generator.next() % 50) }.sorted()
        for wanted in -1...51 {
            var asked = 0
            let found = values.partitionPoint { value in
                asked += 1
                return value >= wanted
            }
            #expect(found == (values.firstIndex { $0 >= wanted } ?? values.count), "\(wanted) in \(values)")
            #expect(asked <= Int.bitWidth - count.leadingZeroBitCount, "at most ⌈log2(n + 1)⌉ questions")
        }
    }
}
