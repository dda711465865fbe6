import Testing
@testable import JourneyModel
@testable import JourneyUI

/// The sanitiser's byte-wise check that a text needs no change agrees, scalar by scalar, with
/// its definition: no control (a line feed allowed where line breaks are kept) and no
/// bidirectional control.
@Suite struct SanitizerBytesTests {
    func byDefinition(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        if scalar.isControlCharacter { return keepingLineBreaks && scalar == "\n" }
        return !scalar.properties.isBidiControl
    }

    @Test func everyScalarIsJudgedAsByItsProperties() {
        let scalars = (0...0x2FFFF).lazy.compactMap(Unicode.Scalar.init)
            + stride(from: 0x30000, through: 0x10FFFF, by: 0x101).lazy.compactMap(Unicode.Scalar.init)
        var disagreements: [String] = []
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "b"
            for keeping in [false, true]
            where Sanitizer.hasNothingToChange(text, keepingLineBreaks: keeping)
                != byDefinition(scalar, keepingLineBreaks: keeping) {
                disagreements.append("U+\(String(scalar.value, radix: 16)) keeping \(keeping)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func aControlAtEitherEndIsFound() {
        #expect(!Sanitizer.hasNothingToChange("\u{202E}", keepingLineBreaks: false))
        #expect(!Sanitizer.hasNothingToChange("abc\u{9B}", keepingLineBreaks: true))
        #expect(!Sanitizer.hasNothingToChange("\u{61C}x", keepingLineBreaks: true))
        #expect(Sanitizer.hasNothingToChange("“quoted” — café\n", keepingLineBreaks: true))
    }
}
