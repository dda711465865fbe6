import Testing
@testable import journey

/// Who notes are written by when `--author` is not given: `JOURNEY_AUTHOR`, else the login name,
/// each without the spaces around it, and a blank one skipped.
struct DefaultAuthorTests {
    @Test func theFirstNonBlankVariableNamesTheAuthor() {
        #expect(ReviewAccess.defaultAuthor(environment: ["JOURNEY_AUTHOR": " \tAmy Lee\u{00A0}", "USER": "x"]) == "Amy Lee")
        #expect(ReviewAccess.defaultAuthor(environment: ["JOURNEY_AUTHOR": " \t ", "LOGNAME": "amyl", "USER": "x"]) == "amyl")
        #expect(ReviewAccess.defaultAuthor(environment: ["LOGNAME": "", "USER": "  user  "]) == "user")
    }
}
