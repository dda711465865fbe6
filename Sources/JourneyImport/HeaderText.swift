/// Normalises spreadsheet header and name text for comparison: lower case, apostrophes
/// dropped, "&" read as "and", every other run of punctuation or white space one space.
enum HeaderText {
    static func normalise(_ text: String) -> String {
        let lowered = text.lowercased()
            .replacingOccurrences(of: "'", with: "")
            .replacingOccurrences(of: "’", with: "")
            .replacingOccurrences(of: "&", with: " and ")
        return lowered.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
