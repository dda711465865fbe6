/// A letter behind the journey: its metadata and its full text.
public struct Letter: Hashable, Sendable, Identifiable, Codable {
    public var id: String
    public var date: PartialDate
    /// Who wrote it, when the file says (recommended, not required).
    public var from: String?
    /// Who it was addressed to, when the file says (recommended, not required).
    public var to: String?
    public var cc: [String]
    public var reference: String?
    public var subject: String
    /// Ids of events the letter concerns.
    public var eventIDs: [String]
    /// Phrases the letter quotes, each citing the event it comes from.
    public var quotes: [Quote]
    /// Copyright and licence, as the file states them.
    public var licence: String?
    public var sources: [Source]
    /// The letter's text, exactly as in the file (after the front matter).
    public var body: String
    /// The line of the file on which the body starts (1-based), so hits point into the file.
    public var bodyLine: Int

    public init(id: String, date: PartialDate, from: String?, to: String?, cc: [String] = [],
                reference: String? = nil, subject: String, eventIDs: [String] = [], quotes: [Quote] = [],
                licence: String? = nil, sources: [Source] = [], body: String, bodyLine: Int = 1) {
        self.id = id
        self.date = date
        self.from = from
        self.to = to
        self.cc = cc
        self.reference = reference
        self.subject = subject
        self.eventIDs = eventIDs
        self.quotes = quotes
        self.licence = licence
        self.sources = sources
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The body split into lines (without their terminators; LF or CR LF).
    public var lines: [String] { Letter.lines(of: body) }

    /// Splits text into lines at LF, dropping a CR before it. Splits on scalars, because
    /// Swift treats CR LF as one `Character` that never equals "\n".
    public static func lines(of text: String) -> [String] {
        // By UTF-8 byte: LF and CR are one byte each and never part of another character.
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while true {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let last = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self))
                guard end < bytes.count else { return lines }
                start = end + 1
            }
        }
    }
}

/// A phrase quoted in a letter that cites an event.
public struct Quote: Hashable, Sendable, Codable {
    public var text: String
    public var eventID: String

    public init(text: String, eventID: String) {
        self.text = text
        self.eventID = eventID
    }
}
