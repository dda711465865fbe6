import Foundation
import Testing

/// Notes and marks made in the browser reach `journey note list`, and the other way round, with
/// the browser and the command line writing at the same time and no byte of the data root written.
extension BrowserTests {
    /// A data root with one small council, and the review store's folder, in the harness's scratch space.
    private struct ReviewSetup {
        let root: URL
        let home: URL
        let journey: String

        init(_ tmux: TmuxHarness, journey: String) throws {
            root = URL(fileURLWithPath: tmux.directory).appendingPathComponent("root")
            home = URL(fileURLWithPath: tmux.directory).appendingPathComponent("data-home")
            self.journey = journey
            let folder = root.appendingPathComponent("councils/testford")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("""
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
                  - id: visit-2021
                    kind: monitoring-visit
                    date: 2021-03-02
                    title: Monitoring visit
                    sources: [{title: "Ofsted letter"}]

                """.utf8).write(to: folder.appendingPathComponent("council.yaml"))
        }

        /// The browser on the root, as the pane's command.
        var browser: String { "JOURNEY_AUTHOR=amy \(journey) --data '\(root.path)'" }

        /// Runs the command line against the same store and root.
        func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
            try ProcessRunner.run(["/usr/bin/env", "XDG_DATA_HOME=\(home.path)", "JOURNEY_AUTHOR=ben",
                                   TmuxHarness.productPath("journey")] + arguments + ["--data", root.path])
        }

        /// The store's notes and marks as `journey note list --format json` gives them.
        func listed() throws -> (notes: [[String: Any]], marks: [[String: Any]]) {
            let (status, output) = try cli(["note", "list", "--format", "json"])
            #expect(status == 0, "\(output)")
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
            return (object["notes"] as? [[String: Any]] ?? [], object["marks"] as? [[String: Any]] ?? [])
        }

        /// Every file under the data root with its bytes.
        func rootFiles() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                files[url.path] = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                    ? try Data(contentsOf: url) : Data()
            }
            return files
        }
    }

    @Test(arguments: fullSizes)
    func aNoteAndAFlagMadeInTheBrowserAreListedByTheCommandLine(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            let setup = try ReviewSetup(tmux, journey: journey)
            let before = try setup.rootFiles()
            try await startBrowser(tmux, width: width, height: height, command: setup.browser)
            try tmux.sendKeys("a")
            try await tmux.waitFor("Note on Inspection 25 Nov 2019:")
            try tmux.type("Ask about caseloads")
            let saved = try await tmux.waitFor("Note saved.")
            #expect(saved.contains("Your review"))
            #expect(saved.contains("Ask about caseloads"))
            try tmux.sendKeys("F")
            let flagged = try await tmux.waitFor("Flagged.")
            #expect(flagged.contains("* flagged ✓ reviewed + note") || width < 100)
            #expect(try #require(selectedRowText(in: flagged)).hasPrefix("> *+ 25 Nov 2019"))
            try await quit(tmux)

            let (notes, marks) = try setup.listed()
            #expect(notes.map { $0["text"] as? String } == ["Ask about caseloads"])
            #expect(notes.map { $0["target"] as? String } == ["event:ilacs-2019"])
            #expect(notes.map { $0["author"] as? String } == ["amy"])
            #expect(marks.map { $0["mark"] as? String } == ["flagged"])
            #expect(try setup.rootFiles() == before, "the data root was written")
        }
    }

    @Test func theCommandLineAndTheBrowserWriteAtOnceAndLoseNothing() async throws {
        try await withTmux { tmux in
            let setup = try ReviewSetup(tmux, journey: journey)
            let before = try setup.rootFiles()
            #expect(try setup.cli(["note", "add", "visit-2021", "Written before the browser"]).status == 0)
            #expect(try setup.cli(["mark", "ilacs-2019", "reviewed"]).status == 0)
            let home = try await startBrowser(tmux, width: 120, height: 40, command: setup.browser)
            #expect(home.contains("1 of 2 reviewed"))
            #expect(try #require(selectedRowText(in: home)).hasPrefix("> ✓  25 Nov 2019"))
            #expect(home.contains("   + 02 Mar 2021"))

            // The command line writes while the browser is open; the browser's next write shows both.
            #expect(try setup.cli(["note", "add", "council", "Written while the browser was open"]).status == 0)
            try tmux.sendKeys("j", "a")
            try await tmux.waitFor("Note on Monitoring visit 02 Mar 2021:")
            try tmux.type("Written in the browser")
            try await tmux.waitFor("Note saved.")
            try tmux.sendKeys("8")
            let noted = try await tmux.waitFor("Timeline: with notes")
            #expect(noted.contains("Written in the browser") && noted.contains("Written before the browser"))
            try tmux.sendKeys("r")
            try await tmux.waitFor("Marked reviewed.")
            try tmux.sendKeys("1")
            try await tmux.waitFor("2 of 2 reviewed")
            try await quit(tmux)

            let texts = try setup.listed().notes.compactMap { $0["text"] as? String }
            #expect(Set(texts) == ["Written before the browser", "Written while the browser was open",
                                   "Written in the browser"])
            #expect(try setup.listed().marks.count == 2)
            #expect(try setup.rootFiles() == before, "the data root was written")
        }
    }

    @Test func capitalEWritesTheNoteInTheEditor() async throws {
        try await withTmux { tmux in
            let setup = try ReviewSetup(tmux, journey: journey)
            let editor = URL(fileURLWithPath: tmux.directory).appendingPathComponent("editor.sh")
            try Data("#!/bin/sh\nprintf 'A long note\\nfrom the editor\\n' > \"$1\"\n".utf8).write(to: editor)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
            try await startBrowser(tmux, width: 80, height: 24, command: "EDITOR='\(editor.path)' \(setup.browser)")
            try tmux.sendKeys("E")
            let saved = try await tmux.waitFor("Note saved.")
            #expect(saved.contains(" timeline ") || saved.contains("Note saved."))
            try await quit(tmux)
            let notes = try setup.listed().notes
            #expect(notes.map { $0["text"] as? String } == ["A long note\nfrom the editor"])
        }
    }

    @Test func aDamagedStoreIsNamedInTheBrowserAndMovedAsideByTheFirstMark() async throws {
        try await withTmux { tmux in
            let setup = try ReviewSetup(tmux, journey: journey)
            let folder = setup.home.appendingPathComponent("journey")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let garbage = Data("a shopping list, not a database\n".utf8)
            try garbage.write(to: folder.appendingPathComponent("review.sqlite"))
            try tmux.start(command: setup.browser, width: 120, height: 40)
            let opened = try await tmux.waitFor("Review store damaged (file is not a database)")
            #expect(opened.contains("next note or mark moves it aside"))
            try tmux.sendKeys("F")
            let moved = try await tmux.waitFor("Damaged review store moved aside as review.sqlite.damaged-")
            #expect(moved.contains("> *"))
            try await quit(tmux)

            let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".damaged-") }
            #expect(aside.count == 1)
            #expect(try Data(contentsOf: folder.appendingPathComponent(aside.first ?? "")) == garbage)
            #expect(try setup.listed().marks.map { $0["mark"] as? String } == ["flagged"])
        }
    }
}
