/// Escapes text for HTML (and XML): in element content and in quoted attribute values alike.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A link to a web address, only for `http` and `https` (a `javascript:` or `data:` address
    /// from a data file is shown as text, never made a link). A link is followed only when
    /// the reader clicks it: nothing is fetched to show the page.
    static func address(_ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: \.isWhitespace) else {
            return "<span class=\"address\">\(escape(url))</span>"
        }
        return "<a class=\"address\" href=\"\(escape(url))\">\(escape(url))</a>"
    }
}
