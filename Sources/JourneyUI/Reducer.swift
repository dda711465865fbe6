import JourneyModel

/// The pure heart of the browser: a state and a command give a new state and effects.
///
/// Nothing here touches a terminal; ``AppRunner`` feeds it input and carries out the effects.
public enum Reducer {
    /// Applies a command.
    public static func reduce(_ state: AppState, _ command: Command) -> (AppState, [Effect]) {
        var next = state
        next.message = nil
        let effects = next.apply(command)
        let quits = effects.contains { if case .quit = $0 { return true } else { return false } }
        return (next, quits ? effects : effects + next.loadEffects())
    }

    /// Takes report texts the run loop read after a ``Effect/loadReportTexts(councilID:reportIDs:)``
    /// effect: opens the report waiting for its text, or runs the search again.
    ///
    /// - Parameter failures: why texts could not be read, one message each.
    public static func reduce(_ state: AppState, loaded texts: [String: ReportText], failures: [String] = [])
        -> (AppState, [Effect]) {
        var next = state
        next.receive(texts, failures: failures)
        return (next, [])
    }

    /// Says where the briefing asked for by ``Effect/writeBriefing(councilID:day:)`` was
    /// written, or why it was not.
    public static func reduce(_ state: AppState, briefingWritten result: Result<String, BriefingFailure>)
        -> (AppState, [Effect]) {
        var next = state
        switch result {
        case .success(let path): next.message = "Wrote \(path)"
        case .failure(let failure): next.message = "No briefing written: \(failure.reason)"
        }
        return (next, [])
    }

    /// Types a character into the active text-entry line (search query, letter search, picker filter).
    public static func reduce(_ state: AppState, typing character: Character) -> (AppState, [Effect]) {
        var next = state
        next.message = nil
        next.type(character)
        return (next, [])
    }

    /// Handles input from the terminal: keys through the key table, resizes, resumes and signals.
    ///
    /// - Parameters:
    ///   - input: what the terminal reported.
    ///   - terminalSize: the terminal's size now (read after a resize).
    ///   - keys: the key table.
    public static func reduce(_ state: AppState, _ input: Input, terminalSize: Size,
                              keys: KeyTable = .standard) -> (AppState, [Effect]) {
        var next = state
        if next.size != terminalSize { next.resize(to: terminalSize) }
        switch input {
        case .key(let key):
            if PageLayout.isTooSmall(next.size) { return reduceTooSmall(next, key) }
            if next.isTyping, case .character(let character) = key {
                return reduce(next, typing: character)
            }
            guard let command = keys.command(for: key, in: next.keyContexts) else {
                next.message = "\(key) does nothing here. Press ? or F1 for help."
                return (next, [])
            }
            return reduce(next, command)
        case .resize:
            return (next, [])
        case .resumed:
            return (next, [.redraw])
        case .signal(let number):
            return (next, [.quit(128 + number)])
        }
    }

    /// Behind the "terminal too small" notice nothing is shown, so no key may change what is
    /// behind it (an open search box, say): q and Ctrl-C quit, as the notice says, and Ctrl-L
    /// redraws; every other key is ignored.
    private static func reduceTooSmall(_ state: AppState, _ key: Key) -> (AppState, [Effect]) {
        switch key {
        case .character("q"), .control("c"): return (state, [.quit(0)])
        case .control("l"): return (state, [.redraw])
        default: return (state, [])
        }
    }
}
