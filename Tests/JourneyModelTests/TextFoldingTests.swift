import Testing
@testable import JourneyModel

@Suite struct TextFoldingTests {
    @Test func looseMatchingIgnoresCaseAccentsAndKindsOfWhitespace() {
        let text = "gradual\nIMPROVEMENTS to the École"
        #expect(TextFolding.loose.occurrences(of: "gradual improvements", in: text) == [0..<20])
        #expect(TextFolding.loose.occurrences(of: "ecole", in: text) == [28..<33])
        #expect(TextFolding.caseAndDiacriticInsensitive.occurrences(of: "gradual improvements", in: text) == [])
    }
}
