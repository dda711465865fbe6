import Foundation
import GRDB
@testable import JourneyReview
import JourneyModel
import Testing

@Suite struct ReviewStoreTests {
    @Test func notesRoundTripAndKeepTheirNumbers() throws {
        let folder = try StoreFolder()
        let store = try ReviewStore(url: folder.storeURL)
        let first = try store.addNote(councilID: "halton", target: .event("ilacs-2019"), text: "Ask about caseloads",
                                      author: "amy", now: Date(timeIntervalSince1970: 1_000))
        let second = try store.addNote(councilID: "halton", target: .report(eventID: "ilacs-2019", page: 4),
                                       text: "Page 4:\nthe front door", author: "ben")
        _ = try store.addNote(councilID: "wakefield", target: .council, text: "Elsewhere", author: "amy")
        #expect(second.id > first.id)

        // A second connection, as another process would open it, sees the same notes.
        let reopened = try ReviewStore(url: folder.storeURL)
        let halton = try reopened.snapshot(councilID: "halton")
        #expect(halton.notes.map(\.text) == ["Ask about caseloads", "Page 4:\nthe front door"])
        #expect(halton.notes.map(\.target) == [.event("ilacs-2019"), .report(eventID: "ilacs-2019", page: 4)])
        #expect(halton.notes[0].author == "amy")
        #expect(halton.notes[0].created == Date(timeIntervalSince1970: 1_000))
        #expect(try reopened.councilIDs() == ["halton", "wakefield"])

        try reopened.updateNote(id: first.id, text: "Ask about caseloads and agency staff",
                                now: Date(timeIntervalSince1970: 2_000))
        let removed = try reopened.removeNote(id: second.id)
        #expect(removed.text == "Page 4:\nthe front door")
        let after = try store.snapshot(councilID: "halton").notes
        #expect(after.map(\.text) == ["Ask about caseloads and agency staff"])
        #expect(after[0].created == Date(timeIntervalSince1970: 1_000))
        #expect(after[0].updated == Date(timeIntervalSince1970: 2_000))
    }

    @Test func anUnknownNoteIsAnErrorNamingTheStore() throws {
        let folder = try StoreFolder()
        let store = try ReviewStore(url: folder.storeURL)
        #expect(throws: ReviewStoreError.noSuchNote(path: folder.storeURL.path, id: 7)) { try store.removeNote(id: 7) }
        #expect(throws: ReviewStoreError.noSuchNote(path: folder.storeURL.path, id: 7)) {
            try store.updateNote(id: 7, text: "x")
        }
    }

    @Test func aTargetHasOneMarkThatCanBeReplacedAndCleared() throws {
        let folder = try StoreFolder()
        let store = try ReviewStore(url: folder.storeURL)
        try store.setMark(.flagged, on: .event("a"), councilID: "halton", author: "amy")
        try store.setMark(.reviewed, on: .letter("l1"), councilID: "halton", author: "amy")
        try store.setMark(.reviewed, on: .event("a"), councilID: "halton", author: "amy")
        #expect(try store.snapshot(councilID: "halton").marks == [.event("a"): .reviewed, .letter("l1"): .reviewed])
        try store.setMark(nil, on: .event("a"), councilID: "halton", author: "amy")
        #expect(try store.snapshot(councilID: "halton").marks == [.letter("l1"): .reviewed])
        #expect(try store.snapshot(councilID: "wakefield").marks.isEmpty)
    }

    @Test func theStoreIsInWALModeWithItsSchemaVersionRecorded() throws {
        let folder = try StoreFolder()
        let store = try ReviewStore(url: folder.storeURL)
        _ = try store.addNote(councilID: "halton", target: .council, text: "x", author: "amy")
        let mode = try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let applied = try store.queue.read { try ReviewStore.migrator.appliedIdentifiers($0) }
        #expect(applied == ["v1: notes and marks"])
    }

    @Test func aStoreFromANewerJourneyIsRefusedAndLeftAlone() throws {
        let folder = try StoreFolder()
        let store = try ReviewStore(url: folder.storeURL)
        try store.queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2: from the future')") }
        #expect(throws: ReviewStoreError.newer(path: folder.storeURL.path)) { try ReviewStore(url: folder.storeURL) }
    }

    @Test(arguments: [Data("this is not a database, just some words\n".utf8),
                      Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }),
                      Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xFF, count: 4000)])
    func aDamagedFileIsNamedAndNeverWritten(garbage: Data) throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.storeURL.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try garbage.write(to: folder.storeURL)
        do {
            _ = try ReviewStore(url: folder.storeURL)
            Issue.record("a damaged store opened")
        } catch let error as ReviewStoreError {
            guard case .damaged(let path, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(path == folder.storeURL.path)
            #expect("\(error)".hasPrefix("\(folder.storeURL.path): error: "))
        }
        #expect(try Data(contentsOf: folder.storeURL) == garbage)
        #expect(try folder.names() == ["review.sqlite"])
        // Asked not to move it, opening still fails and the bytes stay.
        #expect(throws: ReviewStoreError.self) { try ReviewStore.open(at: folder.storeURL, movingDamagedAside: false) }
        #expect(try Data(contentsOf: folder.storeURL) == garbage)
    }

    @Test func aDamagedFileIsMovedAsideWholeBeforeANewStoreIsMade() throws {
        let folder = try StoreFolder()
        try FileManager.default.createDirectory(at: folder.storeURL.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        let garbage = Data("not sqlite at all".utf8)
        try garbage.write(to: folder.storeURL)
        let (store, aside) = try ReviewStore.open(at: folder.storeURL, movingDamagedAside: true)
        let moved = try #require(aside)
        #expect(moved.lastPathComponent.hasPrefix("review.sqlite.damaged-"))
        #expect(try Data(contentsOf: moved) == garbage)
        _ = try store.addNote(councilID: "halton", target: .council, text: "after", author: "amy")
        #expect(try ReviewStore(url: folder.storeURL).snapshot(councilID: "halton").notes.map(\.text) == ["after"])
        #expect(try folder.names().filter { $0.contains("damaged") } == [moved.lastPathComponent])
    }

    @Test func theDefaultPlaceFollowsXDGDataHome() {
        #expect(ReviewStore.defaultURL(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/amy"]).path
                == "/x/data/journey/review.sqlite")
        #expect(ReviewStore.defaultURL(environment: ["HOME": "/home/amy"]).path
                == "/home/amy/.local/share/journey/review.sqlite")
        // Relative and empty values are ignored, as the XDG spec says.
        #expect(ReviewStore.defaultURL(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/amy"]).path
                == "/home/amy/.local/share/journey/review.sqlite")
    }
}
