import Testing
@testable import JourneyUI

/// A start that must read a root's councils before its first screen (an index being built)
/// shows at once that it is working, and how far it has got; a start that reads little or
/// nothing draws no frame of its own.
struct ReadingProgressTests {
    @Test func manyCouncilsToReadAreWorthAFrameAtOnce() {
        #expect(ReadingProgress(read: 0, total: 158, root: "/r").isWorthAFrame(waited: .zero))
        #expect(ReadingProgress(read: 40, total: 158, root: "/r").isWorthAFrame(waited: .milliseconds(30)))
    }

    @Test func aFewCouncilsAreWorthAFrameOnlyOnceTheWaitIsNoticed() {
        let few = ReadingProgress(read: 1, total: 3, root: "/r")
        #expect(!few.isWorthAFrame(waited: .zero))
        #expect(!few.isWorthAFrame(waited: .milliseconds(60)))
        #expect(few.isWorthAFrame(waited: .milliseconds(100)))
    }

    @Test func readingDoneIsNotWorthAFrame() {
        #expect(!ReadingProgress(read: 158, total: 158, root: "/r").isWorthAFrame(waited: .seconds(2)))
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theFrameSaysWhatIsReadHowFarAndHowToStop(size: Size) {
        let frame = ReadingProgress(read: 42, total: 158, root: "/tmp/uxroot").frame(size: size, theme: .color)
        let lines = frame.buffer.lines
        #expect(lines[0].hasPrefix("Reading councils: 42 of 158"))
        let body = lines.dropFirst().joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(body.contains("Reading the 158 councils of /tmp/uxroot"))
        #expect(lines[size.height - 1].contains("Ctrl-C stops"))
    }
}
