import Synchronization

/// A council kept in its compiled form and decoded the first time it is asked for, then kept:
/// a list of every council's summary decodes only the councils it shows. Copies of a summary
/// share it, so a council is decoded once.
///
/// Bytes that do not decode are never trusted: the council is then what ``recover(with:)``'s
/// loader gives (the catalogue loads it again, from its store's result or its files), or nil.
final class DeferredCouncil: Sendable {
    private enum State: Sendable {
        case compiled(CompiledReader, recovery: (@Sendable () -> Council?)?)
        case decoded(Council?)
    }

    private let state: Mutex<State>

    /// A council already decoded (or none).
    init(_ council: Council?) {
        state = Mutex(.decoded(council))
    }

    /// The council compiled in what `reader` has left (``CompiledWriter``'s form); the reader
    /// keeps what a council's strings may refer to.
    init(compiled reader: CompiledReader) {
        state = Mutex(.compiled(reader, recovery: nil))
    }

    /// The council, decoded now if it has not been yet.
    var council: Council? {
        state.withLock { state in
            switch state {
            case .decoded(let council):
                return council
            case .compiled(let reader, let recovery):
                let council = Self.decode(reader) ?? recovery?()
                state = .decoded(council)
                return council
            }
        }
    }

    /// Whether the council has been decoded (for tests: a list decodes only what it shows).
    var isDecoded: Bool {
        state.withLock { state in
            if case .decoded = state { return true }
            return false
        }
    }

    /// Sets what gives the council when its bytes turn out to be damaged.
    func recover(with load: @escaping @Sendable () -> Council?) {
        state.withLock { state in
            guard case .compiled(let reader, _) = state else { return }
            state = .compiled(reader, recovery: load)
        }
    }

    private static func decode(_ reader: CompiledReader) -> Council? {
        var reader = reader
        guard let council = try? reader.read(Council.self), (try? reader.finish()) != nil else { return nil }
        return council
    }
}
