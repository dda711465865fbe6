/// A line of text being typed: a search term or a filter.
public struct TextPrompt: Hashable, Sendable {
    public var text: String
    /// What the line is for, shown before it: `/`, `?`, `Search: `.
    public var label: String

    public init(label: String, text: String = "") {
        self.label = label
        self.text = text
    }

    /// Adds a typed character; control characters are not text and are ignored.
    public mutating func type(_ character: Character) {
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return
        }
        text.append(character)
    }

    /// Removes the last character, if any.
    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }
}
