import Foundation
import Testing
@testable import JourneyUI

struct KeyTableTests {
    let table = KeyTable.standard

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = table.bindings(in: context).flatMap(\.keys)
            let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
            #expect(repeated.isEmpty, "\(context): \(repeated.map(\.description))")
        }
    }

    @Test func everyCommandHasAKey() {
        let bound = Set(table.bindings.map(\.command))
        #expect(Set(Command.allCases).subtracting(bound).isEmpty)
    }

    @Test func screenContextComesBeforeGlobal() {
        #expect(table.command(for: .character("q"), in: [.home]) == .leave)
        #expect(table.command(for: .escape, in: [.letter]) == .back)
        #expect(table.command(for: .character("/"), in: [.picker]) == .filterCouncils)
        #expect(table.command(for: .character("/"), in: [.home]) == .search)
        #expect(table.command(for: .character("?"), in: [.home]) == .help)
        #expect(table.command(for: .character("?"), in: [.letter]) == .searchBackward)
        #expect(table.command(for: .function(1), in: [.letter]) == .help)
        #expect(table.command(for: .character("x"), in: [.home]) == nil)
    }

    @Test func textEntryKeysComeFirstWhileTyping() {
        #expect(table.command(for: .escape, in: [.textEntry, .picker]) == .cancel)
        #expect(table.command(for: .enter, in: [.textEntry]) == .submit)
        #expect(table.command(for: .tab, in: [.textEntry, .picker]) == .cycleSort)
        #expect(table.command(for: .down, in: [.textEntry]) == .moveDown)
    }

    @Test func helpListsEveryBindingUnderItsContext() {
        let lines = table.helpLines
        for binding in table.bindings {
            #expect(lines.contains(.binding(keys: binding.keyText, help: binding.help)))
        }
        #expect(lines.first == .heading(KeyContext.global.title))
        #expect(lines.contains(.heading(KeyContext.letter.title)))
    }

    /// On a narrow terminal a binding's help goes on under itself: every word shown, none cut.
    @Test(arguments: [78, 60, 118])
    func helpWrapsRatherThanCuts(width: Int) {
        let helpWidth = width - 2 - KeyTable.helpKeyWidth(width)
        let wrapped = table.helpLines(width: width)
        var rebuilt: [KeyTable.HelpLine] = []
        for line in wrapped {
            if case .binding(let keys, let help) = line {
                #expect(TextWidth.of(help) <= helpWidth, "\(help)")
                if keys.isEmpty, case .binding(let first, let before)? = rebuilt.last {
                    rebuilt[rebuilt.count - 1] = .binding(keys: first, help: before + " " + help)
                    continue
                }
            }
            rebuilt.append(line)
        }
        #expect(rebuilt == table.helpLines)
        #expect(width > 100 || wrapped.count > table.helpLines.count, "some help is longer than a narrow column")
    }

    @Test func hintsMergeSharedLabelsAndHideShadowedKeys() {
        let hints = table.hints(in: [.home], firstScreen: true).map { "\($0.keys) \($0.label)" }
        #expect(hints.first == "j/k move")
        #expect(hints.contains("←/→ date"))
        #expect(hints.contains("q quit"))
        #expect(!hints.contains { $0.hasSuffix(" back") }, "on the first screen q quits and Esc stays")
        #expect(hints.last == "q quit")
        let letter = table.hints(in: [.letter]).map { "\($0.keys) \($0.label)" }
        #expect(letter.contains("q/Esc back"))
        #expect(letter.contains("F1 help"), "? searches backward in a letter, so help is hinted by F1")
    }

    @Test func whileTypingOnlyKeysThatDoNotTypeAreHinted() {
        let typing = table.hints(in: [.textEntry]).map { "\($0.keys) \($0.label)" }
        #expect(typing.contains("Enter accept"))
        #expect(typing.contains("Esc cancel"))
        #expect(!typing.contains { $0.hasPrefix("q ") || $0.hasPrefix("? ") || $0.hasPrefix("j") })
        let picking = table.hints(in: [.textEntry, .picker]).map { "\($0.keys) \($0.label)" }
        #expect(picking.contains("↓/↑ move"))
        #expect(picking.contains("Tab sort"))
    }

    @Test func docsKeysMatchesTheTable() {
        let docs = Snapshot.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/keys.md")
        Snapshot.checkText(table.markdown, file: docs)
    }

    @Test func markdownNamesEveryCommandAndFilter() {
        for command in Command.allCases { #expect(table.markdown.contains("`\(command.rawValue)`")) }
        for filter in TimelineFilter.allCases { #expect(table.markdown.contains("**\(filter.title)**")) }
    }
}
