/// What is searched for, made ready once for every unit a search looks at
/// (``SearchUnit/hits(of:)``): the phrase as typed, and its tokens for a field's line (case and
/// accents ignored) and for a report's page (whitespace runs alike too).
public struct SearchPhrase: Sendable {
    /// The phrase as typed.
    public let text: String
    /// Whether the phrase is empty or all whitespace: then it occurs nowhere.
    let isBlank: Bool
    /// Whether the phrase holds whitespace, so may run across a report's line break.
    let holdsWhitespace: Bool
    let inLine: TextFolding.Phrase
    let onPage: TextFolding.Phrase

    public init(_ text: String) {
        self.text = text
        isBlank = text.allSatisfy(\.isWhitespace)
        holdsWhitespace = text.contains(where: \.isWhitespace)
        inLine = TextFolding.Phrase(text, folding: .caseAndDiacriticInsensitive)
        onPage = TextFolding.Phrase(text, folding: .loose)
    }
}
