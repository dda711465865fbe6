import Testing
@testable import JourneyUI

/// The header's sentence on where the council stands is never shortened: too wide for one line,
/// it takes the rows it needs, broken after its first clause when both parts then fit, else
/// between words, the rows after the first indented.
struct HeaderInterventionLinesTests {
    private let long = "Not known whether still under statutory direction (no end recorded): issued 30 August 2024, "
        + "revised 7 February 2025, register checked to 9 April 2024"

    /// The rows joined again, their indents taken off.
    private func joined(_ rows: [String]) -> String {
        rows.map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : $0 }.joined(separator: " ")
    }

    @Test func aSentenceThatFitsStaysOnOneLine() {
        #expect(HeaderView.interventionLines("Not under a statutory direction", width: 80)
                == ["Not under a statutory direction"])
    }

    @Test func aLongSentenceBreaksBetweenWordsAndLosesNothing() {
        let rows = HeaderView.interventionLines(long, width: 118)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { TextWidth.of($0) <= 118 && !$0.hasSuffix(" ") })
        #expect(joined(rows) == long)
    }

    @Test func aFirstClauseThatFitsIsWhereItBreaks() {
        let sentence = "Under statutory direction since 30 August 2024; revised 7 February 2025; notice lifted 1 May 2024"
        #expect(HeaderView.interventionLines(sentence, width: 60)
                == ["Under statutory direction since 30 August 2024;", "  revised 7 February 2025; notice lifted 1 May 2024"])
    }

    @Test(arguments: [40, 41, 52, 60, 79, 80, 99, 100, 119, 120, 160, 200])
    func everyWordIsKeptAtEveryWidth(width: Int) {
        let sentence = "Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); not known since then"
        let rows = HeaderView.interventionLines(sentence, width: width)
        #expect(rows.allSatisfy { TextWidth.of($0) <= width })
        #expect(joined(rows) == sentence)
        let longRows = HeaderView.interventionLines(long, width: width)
        #expect(longRows.allSatisfy { TextWidth.of($0) <= width })
        #expect(joined(longRows) == long)
    }
}
