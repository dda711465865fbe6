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

extension FileFingerprintTests {
    @Test func aListsFingerprintIsItsPartsOneAfterAnother() {
        #expect(fingerprint(["a", "bc", "d"]) == fingerprint(["a"]) + fingerprint(["bc", "d"]))
    }
}

/// A kept fingerprint holds, without listing any folder, while every file it lists is as it
/// says and every folder among them last changed well before the listing.
extension FileFingerprintTests {
    /// A listing that began two seconds from now: every folder here changed before it.
    private var later: Int64 { FileFingerprint.now() + 2_000_000_000 }

    @Test func aKeptFingerprintHoldsWhileNothingChanges() {
        #expect(FileFingerprint.holds(fingerprint(["", "a", "bc", "missing"]), in: FingerprintFolder(folder.path), listed: later))
    }

    @Test func aFolderThatChangedWithinASecondOfTheListingIsListedAgain() {
        #expect(!FileFingerprint.holds(fingerprint(["", "a", "bc"]), in: FingerprintFolder(folder.path), listed: FileFingerprint.now()))
        #expect(FileFingerprint.holds(fingerprint(["a", "bc"]), in: FingerprintFolder(folder.path), listed: FileFingerprint.now()),
                "files are judged by their own fields alone")
    }

    @Test func aChangedFileAndAFileThatAppearsDoNotHold() throws {
        let kept = fingerprint(["a", "bc", "d"])
        try Data().write(to: folder.appendingPathComponent("d"))
        #expect(!FileFingerprint.holds(kept, in: FingerprintFolder(folder.path), listed: later))
        let again = fingerprint(["a", "bc", "d"])
        try "one, longer".write(to: folder.appendingPathComponent("a"), atomically: false, encoding: .utf8)
        #expect(!FileFingerprint.holds(again, in: FingerprintFolder(folder.path), listed: later))
    }

    @Test func anEntryAddedToAFolderChangesTheFolder() async throws {
        let kept = fingerprint(["", "a", "bc"])
        // Past the clock's tick, so that the folder's change time can differ.
        try await Task.sleep(for: .milliseconds(30))
        try Data().write(to: folder.appendingPathComponent("e"))
        #expect(!FileFingerprint.holds(kept, in: FingerprintFolder(folder.path), listed: later))
    }

    @Test func damagedBytesDoNotHold() {
        let kept = fingerprint(["a", "bc"])
        #expect(!FileFingerprint.holds(kept.dropLast(), in: FingerprintFolder(folder.path), listed: later))
        #expect(!FileFingerprint.holds(Data("a".utf8), in: FingerprintFolder(folder.path), listed: later))
        #expect(FileFingerprint.holds(Data(), in: FingerprintFolder(folder.path), listed: later))
    }
}
