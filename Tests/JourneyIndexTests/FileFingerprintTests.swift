import Foundation
import Testing
@testable import JourneyIndex

/// A fingerprint changes with any file's size, modification time or name, and with a file
/// appearing or going; it stays the same while nothing changes.
@Suite struct FileFingerprintTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-fingerprint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "one".write(to: folder.appendingPathComponent("a"), atomically: false, encoding: .utf8)
        try "two".write(to: folder.appendingPathComponent("bc"), atomically: false, encoding: .utf8)
    }

    private func fingerprint(_ files: [String] = ["a", "bc"]) -> Data {
        FileFingerprint.of(files, under: folder.path)
    }

    @Test func staysTheSameWhileNothingChanges() {
        #expect(fingerprint() == fingerprint())
    }

    @Test func changesWithAFilesSize() throws {
        let before = fingerprint()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("a").path)
        try "one!".write(to: folder.appendingPathComponent("a"), atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!],
                                              ofItemAtPath: folder.appendingPathComponent("a").path)
        #expect(fingerprint() != before)
    }

    @Test func changesWithAFilesModificationTimeAlone() throws {
        let before = fingerprint()
        let file = folder.appendingPathComponent("bc").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let time = try #require(attributes[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: time.addingTimeInterval(1)], ofItemAtPath: file)
        #expect(fingerprint() != before)
    }

    @Test func tellsAMissingFileFromAnEmptyOneAndNamesApart() throws {
        let missing = fingerprint(["a", "bc", "d"])
        try Data().write(to: folder.appendingPathComponent("d"))
        #expect(fingerprint(["a", "bc", "d"]) != missing)
        #expect(fingerprint(["a", "bc"]) != fingerprint(["bc", "a"]))
        #expect(fingerprint(["a", "bc"]) != fingerprint(["ab", "c"]))
    }
}

/// Hexadecimal as `%02x` writes it, for the index's name and content hashes.
@Suite struct HexDigitsTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        let bytes = (0...255).map(UInt8.init)
        #expect(bytes.hexDigits == bytes.map { String(format: "%02x", $0) }.joined())
        #expect([UInt8]().hexDigits.isEmpty)
    }
}
