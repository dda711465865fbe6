import Testing
@testable import JourneyUI

/// The header's sentence on where the council stands keeps its dates: too wide for one line, it
/// takes two, broken after its first clause when that fits, else between words.
struct HeaderInterventionLinesTests {
    private let long = "Not known whether still under statutory direction (no end recorded): issued 30 August 2024, "
        + "revised 7 February 2025, register checked to 9 April 2024"

    @Test func aSentenceThatFitsStaysOnOneLine() {
        #expect(HeaderView.interventionLines("Not under a statutory direction", width: 80, twoLines: true)
                == ("Not under a statutory direction", nil))
    }

    @Test func aLongSentenceBreaksBetweenWordsAndLosesNothing() {
        let (first, rest) = HeaderView.interventionLines(long, width: 118, twoLines: true)
        #expect(TextWidth.of(first) <= 118)
        #expect(rest != nil && !first.hasSuffix(" "))
        #expect(first + " " + (rest ?? "") == long)
    }

    @Test func aFirstClauseThatFitsIsWhereItBreaks() {
        let sentence = "Under statutory direction since 30 August 2024; revised 7 February 2025; notice lifted 1 May 2024"
        let (first, rest) = HeaderView.interventionLines(sentence, width: 60, twoLines: true)
        #expect(first == "Under statutory direction since 30 August 2024")
        #expect(rest == "revised 7 February 2025; notice lifted 1 May 2024")
    }

    @Test func withRoomForOneLineAFirstClauseThatFitsIsShownAlone() {
        #expect(HeaderView.interventionLines(long, width: 80, twoLines: false) == (long, nil))
        let sentence = "Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); not known since"
        #expect(HeaderView.interventionLines(sentence, width: 80, twoLines: false)
                == ("Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022)", nil))
    }
}
