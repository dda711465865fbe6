import JourneyModel

/// A letter's metadata (and optionally its text), as `--format json` gives it.
struct LetterRecord: Encodable {
    struct QuoteRecord: Encodable {
        var text: String
        var event: String
    }

    var id: String
    var date: String
    var from: String?
    var to: String?
    var cc: [String]
    var reference: String?
    var subject: String
    var events: [String]
    var quotes: [QuoteRecord]
    var licence: String?
    var sources: [Source]
    var text: String?

    init(_ letter: Letter) {
        self.init(letter, includingText: false)
    }

    init(_ letter: Letter, includingText: Bool, events: [String]? = nil) {
        id = letter.id
        date = letter.date.iso
        from = letter.from
        to = letter.to
        cc = letter.cc
        reference = letter.reference
        subject = letter.subject
        self.events = events ?? letter.eventIDs
        quotes = letter.quotes.map { QuoteRecord(text: $0.text, event: $0.eventID) }
        licence = letter.licence
        sources = letter.sources
        text = includingText ? letter.body : nil
    }
}
