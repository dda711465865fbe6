import Testing
@testable import JourneyData

/// A sorted table finds every key it holds and no other, whatever order the pairs came in.
struct SortedLookupTests {
    private static let keys = ["", "a", "a/b", "a/b/c", "b", "councils", "councils/halton", "z", "é"]

    @Test(arguments: [false, true])
    func findsEveryKeyAndNoOther(shuffled: Bool) {
        let pairs = Self.keys.enumerated().map { (key: $0.element, value: $0.offset) }
        let lookup = SortedLookup(shuffled ? pairs.reversed() : pairs)
        for (offset, key) in Self.keys.enumerated() {
            #expect(lookup[key] == offset, "\(key)")
        }
        for missing in ["A", "a/", "aa", "c", "councils/", "zz", "e"] {
            #expect(lookup[missing] == nil, "\(missing)")
        }
        #expect(SortedLookup<Int>([])["a"] == nil)
    }

    @Test func ofEqualKeysTheFirstIsKept() {
        let lookup = SortedLookup([(key: "b", value: 1), (key: "a", value: 2), (key: "b", value: 3)])
        #expect(lookup["b"] == 1)
        #expect(lookup["a"] == 2)
    }
}
