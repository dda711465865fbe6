import Testing
@testable import journey

/// The browser's plain invocations are read without ArgumentParser; what they mean must be
/// exactly what ArgumentParser makes of them, and everything else must be left to it.
struct BrowseShortcutTests {
    @Test(arguments: [
        [], ["--no-color"], ["--data", "/tmp/root"], ["--data=/tmp/root"], ["--council", "halton"],
        ["--council=Halton Borough"], ["--data", "root dir", "--council", "halton", "--no-color"],
        ["--no-color", "--council", "york", "--data=/x=y"], ["--data", "browse"],
    ])
    func plainInvocationsMeanWhatArgumentParserSays(_ arguments: [String]) throws {
        let shortcut = try #require(BrowseShortcut.browse(arguments))
        let parsed = try #require(try Journey.parseAsRoot(arguments) as? Browse)
        #expect(shortcut == parsed.request)
    }

    @Test(arguments: [
        ["browse"], ["summary"], ["--help"], ["-h"], ["--version"], ["--data"], ["--data="], ["--data", "--council", "x"],
        ["--data", "a", "--data", "b"], ["--no-color", "--no-color"], ["--council", "-x"], ["--colour"],
        ["--data", "a", "status"], ["--", "x"], ["x"],
    ])
    func everythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(BrowseShortcut.browse(arguments) == nil)
    }
}
