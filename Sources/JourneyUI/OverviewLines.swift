import Dispatch
import JourneyModel
import Synchronization

/// The picker's lines, each worked out from its council when first asked for and then kept.
///
/// A line costs decoding the council's summary (``CouncilSummary/council``) and its judgement
/// and intervention status; the picker's first frame needs only the lines on screen. The others are worked out when a sort or a filter needs them, or
/// ahead, after a frame is drawn, while the picker waits for a key (``Renderer/prepareAhead(for:)``).
/// A line is the same whenever it is worked out, so copies of a state share the lines kept, and
/// two sets of lines are equal when their councils and day are.
final class OverviewLines: Sendable, Equatable {
    /// The councils' summaries, one line each, in the picker's council order.
    let councils: [CouncilSummary]
    /// The day the lines describe.
    let today: CalendarDay
    private let kept: Mutex<[CouncilOverview?]>

    init(councils: [CouncilSummary], today: CalendarDay) {
        self.councils = councils
        self.today = today
        kept = Mutex(Array(repeating: nil, count: councils.count))
    }

    /// How many lines there are: one per council.
    var count: Int { councils.count }

    /// The line of the council at `index`.
    func line(_ index: Int) -> CouncilOverview {
        if let line = kept.withLock({ $0[index] }) { return line }
        let summary = councils[index]
        // A summary the picker is given has its council; should loading it again have failed, the
        // line still names it.
        let council = summary.council ?? Council(id: summary.id, name: summary.name, region: summary.region,
                                                 isFormer: summary.isFormer)
        let line = CouncilOverview(council: council, index: index, today: today)
        kept.withLock { $0[index] = line }
        return line
    }

    /// How many lines have been worked out: the seam that tests use to see that a frame worked
    /// out only the lines it needed.
    var workedOut: Int { kept.withLock { $0.count { $0 != nil } } }

    /// Works out the lines at `indices` not yet worked out, shared among the processor's free
    /// cores (each decodes its council and works out its statuses apart from the others): the
    /// picker's first frame needs a screenful at once.
    func prepare(_ indices: [Int]) {
        let missing = kept.withLock { kept in indices.filter { kept[$0] == nil } }
        guard missing.count > 1 else { return }
        DispatchQueue.concurrentPerform(iterations: missing.count) { _ = line(missing[$0]) }
    }

    /// Every line, in council order (each worked out once).
    func all() -> [CouncilOverview] {
        councils.indices.map(line)
    }

    static func == (lhs: OverviewLines, rhs: OverviewLines) -> Bool {
        lhs === rhs || (lhs.today == rhs.today && lhs.councils == rhs.councils)
    }
}
