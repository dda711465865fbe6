import JourneyModel

extension AppState {
    /// The event screen's document at the current width (laid out once per event and width).
    var eventDocument: EventDocument? {
        guard let page = eventPage, let event = council.event(page.eventID) else { return nil }
        let width = PageLayout(size: size).body.width
        let review = review
        return views.value(.eventDocument, for: EventDocumentKey(eventID: page.eventID, width: width, review: review)) {
            EventDocument(event: event, council: council, width: width, review: review)
        }
    }

    mutating func applyEvent(_ command: Command) {
        guard var page = eventPage, let document = eventDocument else { return }
        let visible = EventPage.visibleRows(on: size)
        switch command {
        case .back: goBack(); return
        case .open: openLink(document, focus: page.linkFocus); return
        case .nextLink, .previousLink:
            guard !document.links.isEmpty else {
                message = "No report or letter is behind or quotes this event."
                return
            }
            let count = document.links.count
            let step = command == .nextLink ? 1 : -1
            let next = page.linkFocus.map { $0 + step } ?? (step > 0 ? 0 : count - 1)
            page.linkFocus = (next % count + count) % count
            let line = document.linkLines[page.linkFocus!]
            if line < page.scroll || line >= page.scroll + visible {
                page.scroll = min(max(0, line - visible / 3), max(0, document.lines.count - visible))
            }
        default:
            if let moved = Scrolling.offset(page.scroll, by: command, visible: visible,
                                            maxScroll: max(0, document.lines.count - visible)) {
                page.scroll = moved
            }
        }
        eventPage = page
    }

    /// Enter on the event screen: the focused link, else the event's report, else the only letter.
    private mutating func openLink(_ document: EventDocument, focus: Int?) {
        let report = document.links.firstIndex { if case .report(_, .top) = $0 { return true } else { return false } }
        let index = focus ?? report ?? (document.links.count == 1 ? 0 : nil)
        if let index, document.links.indices.contains(index), case .report(let id, let target) = document.links[index] {
            if let report = council.report(id) { openReport(report, at: target) }
            return
        }
        guard let index, document.links.indices.contains(index),
              let letter = document.links[index].letterID.flatMap(council.letter) else {
            message = document.links.isEmpty ? "No letter is behind or quotes this event."
                : "Press Tab to select a letter, then Enter to open it."
            return
        }
        openLetter(letter)
        if case .quote(_, let text) = document.links[index] { focusQuote(text) }
    }
}

/// What the event screen's document depends on besides the council.
private struct EventDocumentKey: Hashable, Sendable {
    var eventID: String
    var width: Int
    var review: ReviewSnapshot
}
