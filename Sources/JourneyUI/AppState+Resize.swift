extension AppState {
    /// Takes a new terminal size: the open letter is laid out again at the same place, and
    /// every selection and scroll position is kept inside its list and on screen.
    mutating func resize(to newSize: Size) {
        size = newSize
        if var reader {
            let width = LetterReader.textWidth(for: newSize)
            if width != reader.document.width {
                let top = reader.document.rows.prefix(reader.scroll + 1).compactMap(\.position).last
                reader.document = LetterDocument(letter: reader.letter, width: width)
                reader.scroll = top.map { reader.document.row(of: $0) } ?? reader.scroll
            }
            reader.scroll = min(reader.scroll, reader.maxScroll(on: newSize))
            self.reader = reader
        }
        let layout = HomeLayout(size: newSize)
        timeline.clamp(count: rows.count, visible: layout.timelineRows)
        search.list.clamp(count: search.hits.count, visible: searchRows)
        picker.list.clamp(count: picker.entries(of: councils, today: today).count, visible: pickerRows)
        let detailLines = DetailView.lines(for: selectedRow, in: council, width: layout.detail.width).count
        detailScroll = min(detailScroll, max(0, detailLines - layout.detailRows))
        helpScroll = min(helpScroll, max(0, KeyTable.standard.helpLines.count - PageLayout(size: newSize).body.height))
    }
}
