import JourneyModel

/// The event screen's state: which event, how far it is scrolled, and which of its links (the
/// letters behind it, the letters that quote it) has the focus.
public struct EventPage: Equatable, Sendable {
    public var eventID: String
    /// The first row shown.
    public var scroll = 0
    /// The focused link, an index into the document's links.
    public var linkFocus: Int?

    public init(eventID: String) {
        self.eventID = eventID
    }

    /// Rows of text visible on a screen of `size`.
    public static func visibleRows(on size: Size) -> Int {
        PageLayout(size: size).body.height
    }
}

/// An event laid out for the event screen: its detail lines, and where its links are.
struct EventDocument: Sendable {
    /// A link from the event page to its report or a letter, opened by Enter.
    enum Link: Equatable, Sendable {
        /// The event's report, opened at its top, at a judgement's section or at an improvement.
        case report(String, ReportTarget)
        /// A letter behind the event, opened at its top.
        case letter(String)
        /// A letter quoting the event, opened with the quote focused.
        case quote(letterID: String, text: String)

        var letterID: String? {
            switch self {
            case .letter(let id), .quote(let id, _): return id
            case .report: return nil
            }
        }
    }

    let lines: [[StyledText]]
    let links: [Link]
    /// The line each link is drawn on.
    let linkLines: [Int]

    /// - Parameter review: the advisor's notes and marks; those on the event (and its report)
    ///   come first, so they are seen at once.
    init(event: Event, council: Council, width: Int, review: ReviewSnapshot? = nil) {
        // The title is the screen's title row, so the facts start with the grades.
        var lines = Array(DetailView.eventFacts(event, in: council, width: width).dropFirst())
        var links: [Link] = []
        var linkLines: [Int] = []
        for report in council.reports(for: event.id) {
            for (index, judgement) in event.judgements.enumerated() {
                links.append(.report(report.id, .section(judgement.area)))
                linkLines.append(index)
            }
            let block = DetailView.reportLines(report, width: width)
            lines.append([])
            for (offset, target) in block.targets {
                links.append(.report(report.id, target))
                linkLines.append(lines.count + offset)
            }
            lines += block.lines
        }
        let letters = council.letters(for: event.id)
        if !letters.isEmpty {
            lines += [[], [StyledText("Letters", .label), StyledText("  (Tab selects one, Enter opens it)", .dim)]]
            for letter in letters {
                links.append(.letter(letter.id))
                linkLines.append(lines.count)
                lines.append([StyledText("  \(letter.date.text): \(letter.subject)")])
            }
        }
        let citations = council.citations(of: event.id)
        if !citations.isEmpty {
            lines += [[], [StyledText("Quoted in letters", .label)]]
            for citation in citations {
                links.append(.quote(letterID: citation.letterID, text: citation.text))
                linkLines.append(lines.count)
                let date = council.letter(citation.letterID).map { "\($0.date.text): " } ?? ""
                lines.append([StyledText("  \(date)“\(citation.text)”")])
            }
        }
        let own = review.map { DetailView.reviewLines(.event(event), $0, width: width) } ?? []
        let prefix = own.isEmpty ? [] : own + [[]]
        self.lines = prefix + lines + DetailView.sourceLines(event.sources, width: width)
        self.links = links
        self.linkLines = linkLines.map { $0 + prefix.count }
    }
}
