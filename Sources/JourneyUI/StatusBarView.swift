/// The status line: where you are (or a message) on the left, the main keys on the right.
///
/// However narrow the screen, the way to help (`? help`, or `F1 help` where `?` does something
/// else) and the way back or out stay visible: other hints give way to the left text, which is
/// cut only when even those do not leave it room.
enum StatusBarView {
    static func render(_ state: AppState, area: Rect, keys: KeyTable, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fillRow(area.y, of: area, style: theme[.statusBar])
        let left = state.message ?? location(state)
        let hints = self.hints(state, keys: keys, width: area.width, leftWidth: TextWidth.of(left) + 1)
        let hintWidth = min(TextWidth.of(hints), max(0, area.width - 1))
        let leftEnd = buffer.put(" " + left, x: area.x, y: area.y, width: max(0, area.width - hintWidth - 1),
                                 style: theme[state.message == nil ? .statusBar : .notice])
        guard hintWidth > 0, leftEnd <= area.maxX - hintWidth else { return }
        buffer.put(hints, x: area.maxX - hintWidth, y: area.y, width: hintWidth, style: theme[.statusBar])
    }

    /// The hints that fit beside left text of a width, made again only when the screen's key
    /// contexts, the width or that of the left text change (a key that moves does not).
    private static func hints(_ state: AppState, keys: KeyTable, width: Int, leftWidth: Int) -> String {
        let key = HintKey(keys: keys, contexts: state.keyContexts, firstScreen: state.isFirstScreen,
                          message: state.message != nil, width: width, leftWidth: leftWidth)
        return state.views.value(.hints, for: key) {
            fittingHints(keys.hints(in: key.contexts, firstScreen: key.firstScreen),
                         essential: key.message ? ["help"] : essential, width: width, leftWidth: leftWidth)
        }
    }

    /// Everything the fitting hints depend on.
    private struct HintKey: Hashable, Sendable {
        var keys: KeyTable
        var contexts: [KeyContext]
        var firstScreen: Bool
        var message: Bool
        var width: Int
        var leftWidth: Int
    }

    /// Labels that always stay: how to get help, and how to go back, quit or finish typing.
    private static let essential: Set<String> = ["help", "back", "quit", "cancel", "accept"]

    /// The hints that fit: the essential ones always (only help beside a message, which must be
    /// read whole), then the others in order while the left text still fits whole beside them.
    static func fittingHints(_ hints: [(keys: String, label: String)], essential: Set<String>, width: Int,
                             leftWidth: Int) -> String {
        let texts = hints.map { "\($0.keys) \($0.label)" }
        var chosen = hints.indices.filter { essential.contains(hints[$0].label) }
        func used(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + TextWidth.of(texts[$1]) + 2 } }
        for index in hints.indices where !chosen.contains(index) {
            let trial = (chosen + [index]).sorted()
            if used(trial) + leftWidth + 1 <= width { chosen = trial }
        }
        return chosen.sorted().map { texts[$0] }.joined(separator: "  ") + " "
    }

    /// Where the user is, in words.
    static func location(_ state: AppState) -> String {
        switch state.screen {
        case .home:
            let count = state.rows.count
            let place = count == 0 ? "no rows" : "\(state.timeline.selected + 1)/\(count)"
            let pane = state.focus == .detail ? (state.detailMode == .people ? "people" : "detail") : "timeline"
            return "\(pane) \(place) (\(state.filter.title))" + (state.inStep ? " · in step" : "")
                + (state.review.isEmpty ? "" : " · \(state.reviewProgressText)")
        case .event:
            guard let page = state.eventPage, let document = state.eventDocument else { return "Event" }
            let focus = page.linkFocus.map { " · link \($0 + 1) of \(document.links.count)" } ?? ""
            return "Event \(page.eventID)\(focus)" + (state.reviewSummary.map { " · \($0)" } ?? "")
        case .letter:
            guard let reader = state.reader else { return "Letter" }
            var parts = [reader.source.kindLabel]
            if let report = reader.source.report, let page = reader.page { parts.append("page \(page) of \(report.pageCount)") }
            if let current = reader.currentMatch, reader.matches.indices.contains(current) {
                parts.append("match \(current + 1) of \(reader.matches.count) at line "
                             + "\(reader.line(of: reader.matches[current].lowerBound))")
            }
            if let focus = reader.quoteFocus { parts.append("quote \(focus + 1) of \(reader.document.quotes.count)") }
            return (parts + [reader.position(on: state.size)] + [state.reviewSummary].compactMap { $0 })
                .joined(separator: " · ")
        case .search:
            let hits = state.search.hits.count
            return "Search · " + (hits == 0 ? "no hits" : "hit \(state.search.list.selected + 1) of \(hits)")
        case .help:
            return "Help · line \(state.helpScroll + 1) of \(HelpView.lines(state).count)"
        case .improvements:
            let shown = state.shownImprovementReports.map { $0.start?.shortText ?? $0.id }
            return "What needs to improve · " + shown.joined(separator: " and ")
                + " · \(state.improvementReports.count) report\(state.improvementReports.count == 1 ? "" : "s")"
        case .picker:
            let failed = state.catalogue.summaries().failed.count
            return "Councils · \(state.picker.entries.isEmpty ? 0 : state.picker.list.selected + 1) of "
                + "\(state.picker.entries.count)"
                + (failed == 0 ? "" : " · \(failed) with data errors left out (journey check lists them)")
        }
    }
}
