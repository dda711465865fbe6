import Foundation
import Testing

/// `journey note` and `journey mark`: the review store through the command line.
@Suite struct ReviewCommandTests {
    /// A data root with one small council, and a review store folder of its own.
    final class Setup {
        let data: TemporaryFolder
        let home: TemporaryFolder
        var environment: [String: String] { ["XDG_DATA_HOME": home.url.path, "JOURNEY_AUTHOR": "amy"] }
        var storeURL: URL { home.url.appendingPathComponent("journey/review.sqlite") }

        init(withVisit: Bool = true) throws {
            data = try TemporaryFolder()
            home = try TemporaryFolder()
            try writeCouncil(withVisit: withVisit)
        }

        func writeCouncil(withVisit: Bool) throws {
            let visit = """
                  - id: visit-2021
                    kind: monitoring-visit
                    date: 2021-03-02
                    sources: [{title: "Ofsted letter"}]

                """
            try data.write("councils/testford/council.yaml", """
                council:
                  id: testford
                  name: Testford Council
                events:
                  - id: ilacs-2019
                    kind: inspection
                    framework: ILACS
                    start: 2019-11-25
                    judgements: {overall-effectiveness: Inadequate}
                    sources: [{title: "Ofsted report"}]

                """ + (withVisit ? visit : ""))
        }

        func journey(_ arguments: [String], author: String? = nil) throws -> JourneyProcess.Outcome {
            var environment = environment
            if let author { environment["JOURNEY_AUTHOR"] = author }
            return try JourneyProcess.run(arguments + ["--data", data.url.path], environment: environment)
        }

        func listed() throws -> [String: Any] {
            let list = try journey(["note", "list", "--format", "json"])
            #expect(list.status == 0, "\(list.stderr)")
            return try #require(try JourneyProcess.json(list.stdout) as? [String: Any])
        }

        func notes() throws -> [[String: Any]] { try listed()["notes"] as? [[String: Any]] ?? [] }
    }

    @Test func notesAndMarksRoundTripThroughTheCommandLine() throws {
        let setup = try Setup()
        let added = try setup.journey(["note", "add", "ILACS-2019", "Ask", "about", "caseloads"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Note 1 added to testford event:ilacs-2019"))
        // --author wins over JOURNEY_AUTHOR (amy here).
        #expect(try setup.journey(["note", "add", "council", "Whole council", "--author", "ben"]).status == 0)
        #expect(try setup.journey(["mark", "visit-2021", "flagged"]).status == 0)
        #expect(try setup.journey(["mark", "ilacs-2019", "reviewed"]).status == 0)

        let notes = try setup.notes()
        #expect(notes.map { $0["text"] as? String } == ["Ask about caseloads", "Whole council"])
        #expect(notes.map { $0["target"] as? String } == ["event:ilacs-2019", "council"])
        #expect(notes.map { $0["author"] as? String } == ["amy", "ben"])
        #expect(notes.allSatisfy { $0["orphaned"] as? Bool == false })
        let marks = try setup.listed()["marks"] as? [[String: Any]] ?? []
        #expect(marks.map { "\($0["target"] ?? "") \($0["mark"] ?? "")" }
                == ["event:ilacs-2019 reviewed", "event:visit-2021 flagged"])

        #expect(try setup.journey(["mark", "visit-2021", "clear"]).status == 0)
        let removed = try setup.journey(["note", "remove", "1"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try setup.notes().map { $0["text"] as? String } == ["Whole council"])
        #expect((try setup.listed()["marks"] as? [[String: Any]])?.count == 1)
    }

    @Test func textAndMarkdownListingsShowTheNotes() throws {
        let setup = try Setup()
        _ = try setup.journey(["note", "add", "ilacs-2019", "Line one\nline *two*"])
        _ = try setup.journey(["mark", "ilacs-2019", "flagged"])
        let text = try setup.journey(["note", "list"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("#1 event:ilacs-2019 · amy ·"))
        #expect(text.stdout.contains("      line *two*"))
        #expect(text.stdout.contains("flagged event:ilacs-2019"))
        let markdown = try setup.journey(["note", "list", "--format", "md"])
        #expect(markdown.stdout.hasPrefix("# Review of Testford Council\n"))
        #expect(markdown.stdout.contains("## Flagged\n\n- 25 Nov 2019 · "))
        #expect(markdown.stdout.contains("- Line one\n  line \\*two\\*\n  — amy, "))
    }

    @Test func anUnknownIDIsAUsageErrorNamingIt() throws {
        let setup = try Setup()
        for arguments in [["note", "add", "ilacs-2091", "x"], ["mark", "ilacs-2091", "flagged"]] {
            let outcome = try setup.journey(arguments)
            #expect(outcome.status == 64, "\(arguments)")
            #expect(outcome.stderr.contains("no event or letter 'ilacs-2091'; did you mean ilacs-2019?"), "\(outcome.stderr)")
        }
        let page = try setup.journey(["note", "add", "report:ilacs-2019:3", "x"])
        #expect(page.status == 64)
        #expect(page.stderr.contains("report for event 'ilacs-2019'"))
        let note = try setup.journey(["note", "remove", "12"])
        #expect(note.status == 64)
        #expect(note.stderr.contains("no note 12"))
        #expect(try setup.journey(["mark", "ilacs-2019", "done"]).status == 64)
        // Nothing was written by the refused commands but the empty store the removal opened.
        #expect(try setup.notes().isEmpty)
    }

    @Test func aNoteWhoseEventHasGoneIsListedAsOrphaned() throws {
        let setup = try Setup()
        #expect(try setup.journey(["note", "add", "visit-2021", "Check the visit letter"]).status == 0)
        try setup.writeCouncil(withVisit: false)
        let notes = try setup.notes()
        #expect(notes.count == 1)
        #expect(notes.first?["orphaned"] as? Bool == true)
        let text = try setup.journey(["note", "list"])
        #expect(text.stdout.contains("event:visit-2021 (orphaned: no longer in the council's data)"))
        #expect(text.stdout.contains("Check the visit letter"))
        // Put back, it is no longer an orphan.
        try setup.writeCouncil(withVisit: true)
        #expect(try setup.notes().first?["orphaned"] as? Bool == false)
    }

    @Test func searchFindsNoteText() throws {
        let setup = try Setup()
        _ = try setup.journey(["note", "add", "ilacs-2019", "Ask about agency social workers"])
        let search = try setup.journey(["search", "AGENCY"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("note #1:1 (event ilacs-2019): Ask about agency social workers"))
    }

    @Test func theBriefingCarriesTheNotesAndFlags() throws {
        let setup = try Setup()
        _ = try setup.journey(["note", "add", "visit-2021", "Ask what changed after the visit"])
        _ = try setup.journey(["mark", "ilacs-2019", "flagged"])
        let brief = try setup.journey(["brief", "--on", "2025-01-01"])
        #expect(brief.status == 0, "\(brief.stderr)")
        #expect(brief.stdout.contains("Ask what changed after the visit"))
        #expect(brief.stdout.contains("Flagged:\n\n- Inspection: ILACS inspection, 2019-11-25"))
        #expect(brief.stdout.contains("| Monitoring visit |  | 1 note | `visit-2021` |"))
        let plain = try JourneyProcess.run(["brief", "--on", "2025-01-01", "--data", setup.data.url.path])
        #expect(!plain.stdout.contains("Ask what changed after the visit"), "another user's store is not read")
    }

    @Test func fortyWritersAtOnceLeaveFortyNotes() throws {
        let setup = try Setup()
        let processes = noteAdders(40, setup: setup, author: "writer")
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 40))
        let texts = try setup.notes().compactMap { $0["text"] as? String }
        #expect(Set(texts) == Set((1...40).map { "note \($0)" }))
        #expect(texts.count == 40)
    }

    @Test func aDamagedStoreIsNamedKeptAndMovedAsideByTheNextChange() throws {
        let setup = try Setup()
        let folder = setup.storeURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let garbage = Data("definitely not SQLite\n".utf8)
        try garbage.write(to: setup.storeURL)

        let list = try setup.journey(["note", "list"])
        #expect(list.status == 65)
        #expect(list.stderr.contains("\(setup.storeURL.path): error: the review store is damaged"))
        #expect(list.stderr.contains("moves it aside to review.sqlite.damaged-"))
        #expect(try Data(contentsOf: setup.storeURL) == garbage)

        let add = try setup.journey(["note", "add", "ilacs-2019", "after the damage"])
        #expect(add.status == 0, "\(add.stderr)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".damaged-") }
        #expect(aside.count == 1)
        #expect(add.stderr.contains("moved aside to \(folder.appendingPathComponent(aside.first ?? "").path)"))
        #expect(try Data(contentsOf: folder.appendingPathComponent(aside.first ?? "")) == garbage)
        #expect(try setup.notes().map { $0["text"] as? String } == ["after the damage"])
    }

    @Test func aBriefingIsNotWrittenWithoutTheNotesOfAStoreThatCannotBeRead() throws {
        let setup = try Setup()
        try FileManager.default.createDirectory(at: setup.storeURL.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data("definitely not SQLite\n".utf8).write(to: setup.storeURL)
        let brief = try setup.journey(["brief", "--format", "md"])
        #expect(brief.status == 65)
        #expect(brief.stderr.contains("\(setup.storeURL.path): error: the review store is damaged"))
        #expect(!brief.stdout.contains("No notes recorded"))
    }

    @Test func writersThatFindTheStoreDamagedAtOnceMoveItAsideOnceAndLoseNothing() throws {
        let setup = try Setup()
        let folder = setup.storeURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 3000).write(to: setup.storeURL)
        let processes = noteAdders(12, setup: setup)
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.contains(".damaged-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.count == 1)
        #expect(Set(try setup.notes().compactMap { $0["text"] as? String }) == Set((1...12).map { "note \($0)" }))
    }

    /// `count` processes, not yet started, each adding the note "note N" to ilacs-2019.
    private func noteAdders(_ count: Int, setup: Setup, author: String? = nil) -> [Process] {
        var environment = JourneyProcess.testEnvironment.merging(setup.environment) { $1 }
        environment["XDG_CACHE_HOME"] = JourneyProcess.cacheHome.path
        if let author { environment["JOURNEY_AUTHOR"] = author }
        return (1...count).map { number in
            let process = Process()
            process.executableURL = JourneyProcess.binary
            process.arguments = ["note", "add", "ilacs-2019", "note \(number)", "--data", setup.data.url.path]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            return process
        }
    }

    @Test func theDataRootIsNeverWritten() throws {
        let setup = try Setup()
        let before = try snapshot(of: setup.data.url)
        _ = try setup.journey(["note", "add", "ilacs-2019", "x"])
        _ = try setup.journey(["mark", "ilacs-2019", "flagged"])
        _ = try setup.journey(["note", "remove", "1"])
        _ = try setup.journey(["note", "list", "--format", "md"])
        #expect(try snapshot(of: setup.data.url) == before)
        #expect(FileManager.default.fileExists(atPath: setup.storeURL.path))
    }

    @Test(arguments: [["summary"], ["timeline", "--format", "json"], ["note", "list"], ["status"]])
    func optionsGoBeforeOrAfterTheSubcommand(command: [String]) throws {
        let setup = try Setup()
        let root = setup.data.url.path
        let after = try JourneyProcess.run(command + ["--data", root, "--council", "testford"], environment: setup.environment)
        let before = try JourneyProcess.run(["--data", root, "--council", "testford"] + command, environment: setup.environment)
        let middle = try JourneyProcess.run(["--data", root] + command + ["--council", "testford"],
                                            environment: setup.environment)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout)
        #expect(middle.stdout == after.stdout)
    }

    @Test func aMistakeBeforeTheSubcommandIsStillReportedAsTyped() throws {
        let outcome = try JourneyProcess.run(["--data", "/nonexistent-root", "--bogus", "summary"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--bogus"))
    }

    /// Every file's path and bytes under a folder.
    private func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            files[url.path] = isDirectory.boolValue ? Data() : try Data(contentsOf: url)
        }
        return files
    }
}
