import Foundation

/// The simple inline markup real letters carry: `<u>…</u>` (underline), `*emphasis*` and
/// `**strong**`. Parsing gives the text without the markup and where each styled run is, so the
/// reader can draw it and plain output can drop it. Anything that does not pair up is text.
public enum InlineMarkup {
    /// How a run of text is set.
    public enum Emphasis: Hashable, Sendable {
        case underline, emphasis, strong
    }

    /// A styled run, in graphemes of the plain text.
    public struct Span: Hashable, Sendable {
        public var range: Range<Int>
        public var emphasis: Emphasis
    }

    /// `<u>…</u>`, `**…**` (not starting or ending with a space), and `*…*` standing apart from
    /// letters and digits on both sides.
    private static let pattern = try! NSRegularExpression(pattern:
        #"<u>(.+?)</u>|\*\*([^\s*](?:.*?[^\s*])?)\*\*|(?<![\p{L}\p{N}*])\*([^\s*](?:[^*]*?[^\s*])?)\*(?![\p{L}\p{N}*])"#)

    /// The line without markup, and its styled runs (nested ones each listed).
    public static func parse(_ line: String) -> (text: String, spans: [Span]) {
        guard line.contains("*") || line.contains("<u>") else { return (line, []) }
        var text = ""
        var count = 0
        var spans: [Span] = []
        var rest = line
        while let match = pattern.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
              let whole = Range(match.range, in: rest) {
            let before = rest[..<whole.lowerBound]
            text += before
            count += before.count
            let (index, emphasis): (Int, Emphasis) = match.range(at: 1).location != NSNotFound ? (1, .underline)
                : match.range(at: 2).location != NSNotFound ? (2, .strong) : (3, .emphasis)
            let inner = parse(String(rest[Range(match.range(at: index), in: rest)!]))
            spans.append(Span(range: count..<(count + inner.text.count), emphasis: emphasis))
            spans += inner.spans.map { Span(range: ($0.range.lowerBound + count)..<($0.range.upperBound + count), emphasis: $0.emphasis) }
            text += inner.text
            count += inner.text.count
            rest = String(rest[whole.upperBound...])
        }
        return (text + rest, spans)
    }

    /// The line with its markup dropped, for plain output.
    public static func plain(_ line: String) -> String { parse(line).text }
}
