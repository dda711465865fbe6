/// How far a start has got reading a data root's councils before the browser can show them
/// (a root opened for the first time, whose index is being built), and whether that is worth a
/// frame of its own: a start that reads nothing, or little, draws nothing until its first screen.
public struct ReadingProgress: Hashable, Sendable {
    /// Councils read so far.
    public var read: Int
    /// Councils to read in all.
    public var total: Int
    /// The data root, as the user gave it.
    public var root: String

    /// Councils to read from which the frame is drawn at once: each costs milliseconds.
    static let councilsWorthAFrame = 20
    /// Waiting from which the frame is drawn however few councils are left.
    static let waitWorthAFrame: Duration = .milliseconds(100)

    public init(read: Int, total: Int, root: String) {
        self.read = read
        self.total = total
        self.root = root
    }

    /// Whether to draw the progress frame, `waited` after the reading began: at once when many
    /// councils must be read, otherwise once the wait is long enough to be noticed.
    public func isWorthAFrame(waited: Duration) -> Bool {
        read < total && (total >= Self.councilsWorthAFrame || waited >= Self.waitWorthAFrame)
    }

    /// The frame: a title saying what is being read and how far it has got, why, and the way out.
    public func frame(size: Size, theme: Theme) -> Frame {
        var buffer = Buffer(width: size.width, height: size.height)
        let layout = PageLayout(size: size)
        buffer.put("Reading councils: \(read) of \(total)", x: layout.title.x, y: layout.title.y,
                   width: layout.title.width, style: theme[.title])
        let lines = TextWrap.wrap(explanation, width: layout.body.width)
        for (offset, line) in lines.prefix(max(0, layout.body.height - 1)).enumerated() {
            buffer.put(line.text, x: layout.body.x, y: layout.body.y + 1 + offset, width: layout.body.width,
                       style: theme[.text])
        }
        buffer.fillRow(layout.status.y, of: layout.status, style: theme[.statusBar])
        buffer.put(" Ctrl-C stops", x: layout.status.x, y: layout.status.y, width: layout.status.width,
                   style: theme[.statusBar])
        return Frame(buffer: buffer)
    }

    /// Why the wait: the root's councils are read once into its index.
    var explanation: String {
        "Reading the \(total) councils of \(Sanitizer.sanitize(root)) that its index does not hold yet "
            + "(a first start over this data, or files changed since the last). Later starts read the index."
    }
}
