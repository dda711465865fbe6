import Testing
@testable import journey

/// Plain `journey search` invocations are read without ArgumentParser; what they mean must be
/// exactly what ArgumentParser makes of them, and everything else must be left to it.
struct SearchShortcutTests {
    @Test(arguments: [
        ["search", "children"], ["search", "looked", "after", "children"], ["search", "--all", "children"],
        ["search", "children", "--all"], ["search", "--data", "/tmp/root", "--all", "care leavers"],
        ["search", "--data=/x=y", "--council", "halton", "x"], ["search", "--council=Halton Borough", "x"],
        ["search", "--format", "json", "x"], ["search", "x", "--format=text", "--all", "--data", "root dir"],
        ["search", "search"], ["search", "help"], ["search", "a=b"], ["search", "x", "browse"],
    ])
    func plainInvocationsMeanWhatArgumentParserSays(_ arguments: [String]) throws {
        let shortcut = try #require(SearchShortcut.search(arguments))
        let parsed = try #require(try Journey.parseAsRoot(ArgumentOrder.arranged(arguments, for: Journey.self)) as? Search)
        #expect(shortcut == parsed.request)
    }

    @Test(arguments: [
        ["search"], ["search", "--all"], ["search", "--help"], ["search", "-h"], ["search", "x", "--all", "--all"],
        ["search", "--format", "yaml", "x"], ["search", "--format=", "x"], ["search", "x", "--data"],
        ["search", "--data", "a", "--data", "b", "x"], ["search", "--council", "-x", "x"], ["search", "-x"],
        ["search", "--", "-x"], ["search", "x", "--colour"], ["search", ""], ["--all", "search", "x"],
        ["--data", "a", "search", "x"], ["summary"], ["x", "search"], [],
    ])
    func everythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(SearchShortcut.search(arguments) == nil)
    }
}
