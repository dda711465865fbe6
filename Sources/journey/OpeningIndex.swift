import Dispatch
import JourneyIndex
import JourneyModel
import Synchronization

/// The index of a data root, opened on another thread while the catalogue lists the root and
/// its register (opening SQLite and checking the index's format is most of a start's set-up,
/// and needs nothing the listing gives). As a ``CouncilStore`` it waits for the index on first
/// use, and answers nothing (so the files are read) when none could be kept.
final class OpeningIndex: CouncilStore, Sendable {
    private let opened = Mutex<JourneyIndex?>(nil)
    private let group = DispatchGroup()

    /// Starts `open` on another thread.
    init(_ open: @escaping @Sendable () -> JourneyIndex?) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let index = open()
            opened.withLock { $0 = index }
            group.leave()
        }
    }

    /// The index, once opened; nil when none could be kept.
    var index: JourneyIndex? {
        group.wait()
        return opened.withLock { $0 }
    }

    func result(for id: String) -> CouncilLoader.Result? { index?.result(for: id) }
    func keep(_ result: CouncilLoader.Result, for id: String) { index?.keep(result, for: id) }
    func registerCheck() -> RegisterCheck? { index?.registerCheck() }
    func keep(registerCheck: RegisterCheck) { index?.keep(registerCheck: registerCheck) }
    func summaries(for ids: [String]) -> [String: CouncilSummary] { index?.summaries(for: ids) ?? [:] }
    func nameOrder(of names: [String]) -> [Int]? { index?.nameOrder(of: names) }
    func keep(nameOrder: [Int], of names: [String]) { index?.keep(nameOrder: nameOrder, of: names) }
}
