/// What is shown below the smallest usable size: a notice, cut to whatever room there is.
enum TooSmallView {
    static func render(size: Size, into buffer: inout Buffer, theme: Theme) {
        let minimum = PageLayout.minimum
        let lines = [
            "Terminal too small",
            "Need \(minimum.width)x\(minimum.height), have \(size.width)x\(size.height)",
            "Enlarge it, or press q to quit",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.prefix(size.height).enumerated() {
            let text = TextWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - TextWidth.of(text)) / 2)
            buffer.put(text, x: x, y: top + offset, width: size.width - x, style: theme[offset == 0 ? .notice : .text])
        }
    }
}
