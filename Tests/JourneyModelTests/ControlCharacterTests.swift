import Testing
import JourneyModel

/// `isControlCharacter` is C0, DEL and C1, and nothing else, over the whole code space.
struct ControlCharacterTests {
    /// Every scalar against its range, and against Unicode's general category Cc, the same set.
    @Test func everyScalarIsClassedAsItsRangeSays() {
        var controls = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates are no scalars
            let expected = value <= 0x1F || value == 0x7F || (0x80...0x9F).contains(value)
            if scalar.isControlCharacter != expected || expected != (scalar.properties.generalCategory == .control) {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) classed wrongly")
            }
            if scalar.isControlCharacter { controls += 1 }
        }
        #expect(controls == 32 + 1 + 32)
    }

    @Test func boundariesOfEachRange() {
        let values: [UInt8] = [0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9B, 0x9F, 0xA0]
        #expect(values.map { Unicode.Scalar($0).isControlCharacter }
                == [true, true, false, false, true, true, true, true, false])
    }
}
