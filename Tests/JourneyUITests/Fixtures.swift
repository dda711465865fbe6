import JourneyData
import JourneyModel
@testable import JourneyUI

/// Councils and states the UI tests share.
enum Fixtures {
    /// A fixed "today", so snapshots do not change with the calendar.
    static let today = CalendarDay(year: 2025, month: 11, day: 30)!

    /// The bundled Middlesbrough, loaded as the browser loads it (the other bundled councils
    /// stay out, so the picker's snapshots show a short, fixed list).
    static let bundled: [Council] = BundledData.catalogue.load(BundledData.defaultCouncilID).councils

    /// Bundled Middlesbrough.
    static var middlesbrough: Council {
        bundled.first { $0.id == "middlesbrough" } ?? Council(id: "missing", name: "Bundled data did not load")
    }

    /// Two small councils besides Middlesbrough, for the picker.
    static let others: [Council] = [
        Council(id: "anyshire", name: "Anyshire County Council", region: "South West", events: [
            Event(id: "ilacs-2022", kind: .inspection, title: "ILACS short inspection",
                  start: PartialDate(year: 2022, month: 5, day: 9)!,
                  detail: .inspection(Inspection(framework: .ilacs, type: .short, judgements: [
                      Judgement(area: .overallEffectiveness, grade: .good)]))),
        ]),
        Council(id: "borsetshire", name: "Borsetshire Council", region: "West Midlands"),
    ]

    /// The home screen of bundled Middlesbrough at a size.
    static func home(_ size: Size) -> AppState {
        AppState(councils: bundled, councilID: "middlesbrough", today: today, size: size)
    }

    /// The state after pressing keys, each resolved through the standard key table.
    /// Report texts are read from the bundled data when asked for, as the run loop reads them.
    static func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { current, key in
            let (next, effects) = Reducer.reduce(current, .key(key), terminalSize: current.size)
            return loading(effects, into: next)
        }
    }

    /// Carries out the effects that read report texts, as ``AppRunner`` does.
    static func loading(_ effects: [Effect], into state: AppState) -> AppState {
        var state = state
        for case let .loadReportTexts(councilID, ids) in effects {
            let council = state.loadedCouncil(councilID)
            var texts: [String: ReportText] = [:]
            for id in ids {
                if let report = council?.report(id) { texts[id] = try? CouncilLoader.text(of: report, in: BundledData.tree) }
            }
            state = Reducer.reduce(state, loaded: texts).0
        }
        return state
    }

    /// The keys that type a text.
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    /// The frame's rows as text.
    static func text(of state: AppState, theme: Theme = .color) -> [String] {
        Renderer.frame(for: state, theme: theme).buffer.lines
    }
}
