/// What an import is doing, for a progress line on a terminal.
public enum ImportProgress: Sendable, Equatable {
    /// Reading a release: the file, sheet and row reached.
    case reading(file: String, sheet: String, row: Int)
    /// Waiting for another import into the same data root to finish.
    case waiting(root: String)
    /// Writing council folders: how many are done of how many.
    case writing(council: String, done: Int, total: Int)

    /// One line for people.
    public var text: String {
        switch self {
        case .reading(let file, let sheet, let row): return "reading \(file): \(sheet), row \(row)"
        case .waiting(let root): return "waiting for another import into \(root) to finish"
        case .writing(let council, let done, let total): return "councils \(done)/\(total): \(council)"
        }
    }
}
