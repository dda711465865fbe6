import Foundation
import Testing

/// Issue 8 in the real terminal: every bundled council by id, and a root of many councils
/// opening on the picker.
extension BrowserTests {
    @Test func opensABundledCouncilByID() async throws {
        try await withTmux { tmux in
            try tmux.start(command: "\(journey) --council wakefield", width: 120, height: 40)
            let screen = try await tmux.waitFor(" timeline 1/")
            #expect(row(0, of: screen).hasPrefix("Wakefield · North East, Yorkshire and the Humber"))
            #expect(screen.contains("Statutory direction revoked on 13 January 2022"))
            try await quit(tmux)
        }
    }

    @Test func aRootOfManyCouncilsOpensOnThePicker() async throws {
        try await withTmux { tmux in
            let root = URL(fileURLWithPath: tmux.directory).appendingPathComponent("root")
            for (id, name) in [("north", "North Council"), ("south", "South Council")] {
                let folder = root.appendingPathComponent("councils/\(id)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data("council:\n  id: \(id)\n  name: \(name)\n".utf8)
                    .write(to: folder.appendingPathComponent("council.yaml"))
            }
            try tmux.start(command: "\(journey) --data '\(root.path)'", width: 80, height: 24)
            let picker = try await tmux.waitFor(" Councils · 1 of 2")
            #expect(picker.contains("North Council") && picker.contains("South Council"))
            #expect(picker.contains("None recorded"))
            try tmux.sendKeys("Down", "Enter")
            let home = try await tmux.waitFor(" timeline ")
            #expect(row(0, of: home).hasPrefix("South Council"))
            #expect(row(1, of: home).contains("No statutory direction recorded"))
            try tmux.sendKeys("q")
            let back = try await tmux.waitFor(" Councils · 2 of 2")
            #expect(back.contains("North Council"), "q on a council chosen in the picker goes back to the picker")
            try await quit(tmux)
        }
    }
}
