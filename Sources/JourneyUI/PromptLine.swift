/// A text-entry line: its label, what has been typed, and the hardware cursor after it.
enum PromptLine {
    /// Draws the line and returns where the cursor goes.
    static func render(_ prompt: TextPrompt, area: Rect, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        buffer.fillRow(area.y, of: area, style: theme[.prompt])
        let labelEnd = buffer.put(prompt.label, x: area.x, y: area.y, width: area.width, style: theme[.prompt])
        let room = area.maxX - labelEnd - 1
        let typed = Sanitizer.sanitize(prompt.text)
        let shown = TextWidth.of(typed) <= room ? typed : String(typed.suffix(max(0, room)))
        let end = buffer.put(shown, x: labelEnd, y: area.y, width: max(0, room), style: theme[.prompt])
        return (min(end, max(area.x, area.maxX - 1)), area.y)
    }
}
