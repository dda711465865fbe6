import JourneyBench
import Testing

struct BenchTableTests {
    /// Measurements where every case sits exactly at its target.
    static let atTargets = BenchTable.Measurements(
        lessFirstFrame: 4, lessKey: 0.25, bundledFirstFrame: 12, bundledKey: 0.75, rootCouncilFirstFrame: 18,
        pickerFirstFrame: 20, rootStatus: 15, bundledStatus: 10, largeFirstFrame: 36, largeKey: 1.125,
        searchCommon: 6, grepCommon: 6, searchNowhere: 5, grepNowhere: 5)

    @Test func casesAtTheirTargetsPass() {
        let table = BenchTable(Self.atTargets)
        #expect(table.rows.count == 9)
        #expect(table.rows.map(\.ratio) == [3, 3, 1.5, 5, 1.5, 3, 1.5, 1, 1])
        #expect(table.allPass)
        #expect(!table.markdown(Self.atTargets).contains("FAIL"))
    }

    /// The measurements with the case of one row 1% over its target.
    static func over(row: Int) -> BenchTable.Measurements {
        var m = atTargets
        switch row {
        case 0: m.bundledFirstFrame *= 1.01
        case 1: m.bundledKey *= 1.01
        case 2: m.rootCouncilFirstFrame *= 1.01
        case 3: m.pickerFirstFrame *= 1.01
        case 4: m.rootStatus *= 1.01
        case 5: m.largeFirstFrame *= 1.01
        case 6: m.largeKey *= 1.01
        case 7: m.searchCommon *= 1.01
        default: m.searchNowhere *= 1.01
        }
        return m
    }

    @Test(arguments: 0..<9)
    func aCaseOverItsTargetFailsAlone(row: Int) {
        let measured = Self.over(row: row)
        let table = BenchTable(measured)
        #expect(table.rows.indices.filter { !table.rows[$0].passes } == [row])
        #expect(!table.allPass)
        let line = table.markdown(measured).split(separator: "\n")[2 + row]
        #expect(line.hasSuffix("| FAIL |"))
    }

    @Test func keyLatencyNeedsUnderOneMillisecondAsWell() {
        var measured = Self.atTargets
        (measured.lessKey, measured.bundledKey, measured.largeKey) = (0.5, 1.2, 1.2)
        let table = BenchTable(measured)
        #expect(table.rows[1].ratio < 3)
        #expect(!table.rows[1].passes)
        #expect(table.rows[1].targetText == "<= 3x less and < 1 ms")
        #expect(table.rows[6].passes)
    }

    @Test func aMissingReferenceNeverPasses() {
        var measured = Self.atTargets
        measured.lessKey = 0
        #expect(!BenchTable(measured).rows[1].passes)
    }

    @Test func mediansOfOddAndEvenCounts() {
        #expect(Statistics.median([5, 1, 3]) == 3)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.median([]) == 0)
    }
}
