import JourneyModel

/// The run loop, and the only impure part of the UI core: it reads input from a backend,
/// resolves keys through the key table, reduces, carries out effects and draws frames.
public final class AppRunner {
    private let backend: any TerminalBackend
    private let theme: Theme
    private let keys: KeyTable
    private let reportText: ReportTextLoader?
    private let briefingWriter: BriefingWriter?
    /// The current state (readable for tests that drive the loop).
    public private(set) var state: AppState

    /// Reads a report's text when it is first read (from the data the council came from).
    public typealias ReportTextLoader = (_ councilID: String, _ report: Report) throws -> ReportText

    /// Writes the briefing on a council on a day and returns where it went (a path for people).
    public typealias BriefingWriter = (_ council: Council, _ day: CalendarDay) -> Result<String, BriefingFailure>

    /// - Parameters:
    ///   - state: the state to start from, e.g. `AppState(councils:councilID:today:)`.
    ///   - backend: the terminal (``TerminalBackend``).
    ///   - theme: ``Theme/color``, or ``Theme/monochrome`` for `NO_COLOR` / `--no-color`.
    ///   - keys: the key table.
    ///   - reportText: reads a report's text; without it, reports cannot be opened.
    ///   - briefingWriter: writes a briefing; without it, the status line says none can be written.
    public init(state: AppState, backend: any TerminalBackend, theme: Theme, keys: KeyTable = .standard,
                reportText: ReportTextLoader? = nil, briefingWriter: BriefingWriter? = nil) {
        self.state = state
        self.backend = backend
        self.theme = theme
        self.keys = keys
        self.reportText = reportText
        self.briefingWriter = briefingWriter
    }

    /// Runs until a quit command or signal, and returns the exit code (0, or 128 + signal).
    public func run() -> Int32 {
        state = Reducer.reduce(state, .resize, terminalSize: currentSize(), keys: keys).0
        var first = Renderer.frame(for: state, theme: theme, keys: keys)
        first.repaintsAll = true
        backend.draw(first)
        while true {
            guard let input = backend.nextInput(timeoutMilliseconds: 1000) else { continue }
            let (next, effects) = Reducer.reduce(state, input, terminalSize: currentSize(), keys: keys)
            state = next
            if let code = effects.lazy.compactMap(AppRunner.exitCode).first { return code }
            for case let .loadReportTexts(councilID, reportIDs) in effects { load(reportIDs, of: councilID) }
            for case let .writeBriefing(councilID, day) in effects { writeBriefing(councilID, day) }
            var frame = Renderer.frame(for: state, theme: theme, keys: keys)
            frame.repaintsAll = effects.contains(.redraw)
            backend.draw(frame)
        }
    }

    /// Reads report texts and hands them to the reducer: the only file reading the browser does
    /// after it starts.
    private func load(_ reportIDs: [String], of councilID: String) {
        guard let council = state.councils.first(where: { $0.id == councilID }) else { return }
        var texts: [String: ReportText] = [:]
        var failures: [String] = []
        for id in reportIDs {
            guard let report = council.report(id) else { continue }
            guard let reportText else {
                failures.append("reports cannot be read here")
                continue
            }
            do {
                texts[id] = try reportText(councilID, report)
            } catch {
                failures.append("\(error)")
            }
        }
        state = Reducer.reduce(state, loaded: texts, failures: failures).0
    }

    /// Writes a briefing through the executable's writer and says where in the status line.
    private func writeBriefing(_ councilID: String, _ day: CalendarDay) {
        let result: Result<String, BriefingFailure>
        let council = state.council.id == councilID ? state.council : state.councils.first { $0.id == councilID }
        if let briefingWriter, let council {
            result = briefingWriter(council, day)
        } else {
            result = .failure(BriefingFailure("briefings cannot be written here"))
        }
        state = Reducer.reduce(state, briefingWritten: result).0
    }

    private func currentSize() -> Size {
        Size(width: backend.size.width, height: backend.size.height)
    }

    private static func exitCode(_ effect: Effect) -> Int32? {
        if case .quit(let code) = effect { return code }
        return nil
    }
}
