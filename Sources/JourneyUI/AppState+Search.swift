import JourneyModel

extension AppState {
    /// Opens the search screen with the query line ready (the last query kept).
    mutating func openSearch() {
        search.isEditing = true
        if screen != .search { screens.append(.search) }
        searchAwaitsReports = council.reports.contains { reportTexts[Self.textKey(council.id, $0.id)] == nil }
    }

    /// Runs the query as typed: while it is typed, over events and letters, hits updating with
    /// every key; once accepted, over the report texts loaded too (tens of pages each, too much
    /// to search on every key).
    mutating func runSearch(keepingSelection: Bool = false) {
        let selected = search.list
        search.hits = council.search(search.prompt.text, reportTexts: search.isEditing ? [:] : loadedReportTexts)
            + review.search(search.prompt.text)
        search.list = ListState()
        if keepingSelection { search.list.select(selected.selected, count: search.hits.count, visible: searchRows) }
    }

    /// Rows of hits the search screen shows.
    var searchRows: Int { PageLayout(size: size, hasPrompt: true).body.height }

    mutating func applySearch(_ command: Command) {
        switch command {
        case .submit:
            search.isEditing = false
            runSearch()
            if search.hits.isEmpty && !search.prompt.text.isEmpty {
                message = "No hits. Press / to change the query."
            }
        case .cancel, .back:
            goBack()
        case .search:
            search.isEditing = true
        case .deleteBackward:
            search.prompt.deleteBackward()
            runSearch()
        case .open:
            openHit()
        default:
            if Scrolling.move(&search.list, by: command, count: search.hits.count, visible: searchRows) {
                search.isEditing = false
            }
        }
    }

    /// Opens the selected hit: an event on the home screen, a letter at the hit's line.
    private mutating func openHit() {
        guard let hit = search.selectedHit else {
            message = "No hit selected."
            return
        }
        switch hit.owner {
        case .event:
            openEvent(hit.ownerID)
        case .note:
            openNoted(hit)
        case .report:
            guard let report = council.report(hit.ownerID) else { return }
            openReport(report, at: .hit(page: hit.page ?? 1, line: hit.line - 1, term: search.prompt.text))
        case .letter:
            guard let letter = council.letter(hit.ownerID) else { return }
            openLetter(letter)
            let line = hit.field == .body ? hit.line - 1 : nil
            findInLetter(search.prompt.text, fromLine: line)
        }
    }

    /// A note's hit opens what the note is on: its event, or its letter; the council's own notes
    /// are in the list already.
    private mutating func openNoted(_ hit: SearchHit) {
        let note = Int64(hit.ownerID).flatMap { id in review.notes.first { $0.id == id } }
        switch note?.target {
        case .event(let id)?, .report(let id, _)?: openEvent(id)
        case .letter(let id)?:
            if let letter = council.letter(id) { openLetter(letter) } else { message = "The letter \(id) is not in the file." }
        case .council?, nil: message = "That note is on the council as a whole: `journey note list` shows it in full."
        }
    }
}
