import Synchronization

/// What the views work out from the council (the header as drawn and its lines, the journey
/// strip, the detail pane's wrapped lines, the status line's hints, the event screen's
/// document) and the help screen's wrapped lines, kept until what it depends on changes, so
/// that a key costs what the screen shows, not what the file holds.
///
/// Each slot holds one value and the key it was made for: every input the value depends on
/// except the council (a state gets a new cache when its council changes). A lookup with
/// another key makes the value again, so the cache can never show anything a fresh
/// computation would not. Copies of a state share it; it takes no part in their equality.
public final class ViewCache: Sendable {
    /// The values kept.
    public enum Slot: Int, Hashable, Sendable, CaseIterable {
        case rows, timelineRow, header, headerLines, strip, detail, eventDocument, hints, help
    }

    private struct Entry: Sendable {
        var key: any Hashable & Sendable
        var value: any Sendable
    }

    /// Per slot, by its raw value (arrays, not dictionaries: no hashing of slots at start-up).
    private struct Contents: Sendable {
        var entries = [Entry?](repeating: nil, count: Slot.allCases.count)
        var builds = [Int](repeating: 0, count: Slot.allCases.count)
    }

    private let contents = Mutex(Contents())

    /// Items kept per slot before starting afresh.
    static let itemLimit = 256

    public init() {}

    /// The value for `key` in `slot`: the kept one when it was made for an equal key, else
    /// `make()`, which is then kept.
    func value<Key: Hashable & Sendable, Value: Sendable>(_ slot: Slot, for key: Key, make: () -> Value) -> Value {
        let kept = contents.withLock { $0.entries[slot.rawValue] }
        if let kept, let keptKey = kept.key as? Key, keptKey == key, let value = kept.value as? Value {
            return value
        }
        let value = make()
        contents.withLock {
            $0.entries[slot.rawValue] = Entry(key: key, value: value)
            $0.builds[slot.rawValue] += 1
        }
        return value
    }

    /// The value for item `item` under `key` in `slot`, for values made one item at a time (a
    /// timeline row): kept items are reused while the key stays the same; another key starts
    /// afresh, and so does reaching ``itemLimit`` items, so what is kept stays the size of a
    /// few screens however far the user moves.
    func value<Key: Hashable & Sendable, Value: Sendable>(_ slot: Slot, for key: Key, item: Int,
                                                          make: () -> Value) -> Value {
        let kept = contents.withLock { $0.entries[slot.rawValue] }
        // Items as pairs searched from the newest (a screen's worth are asked for each frame):
        // an Int-keyed dictionary's first use costs a conformance scan before the first frame.
        var items: [(item: Int, value: Value)] = []
        if let kept, let keptKey = kept.key as? Key, keptKey == key,
           let keptItems = kept.value as? [(item: Int, value: Value)] {
            if let found = keptItems.last(where: { $0.item == item }) { return found.value }
            if keptItems.count < Self.itemLimit { items = keptItems }
        }
        let value = make()
        items.append((item, value))
        contents.withLock { [items] in
            $0.entries[slot.rawValue] = Entry(key: key, value: items)
            $0.builds[slot.rawValue] += 1
        }
        return value
    }

    /// How many times the slot's value was made: the seam that tests and benchmarks use to see
    /// that a key did not work out again what it did not change.
    public func builds(_ slot: Slot) -> Int {
        contents.withLock { $0.builds[slot.rawValue] }
    }
}

extension ViewCache: Equatable {
    /// Caches always compare equal: they hold only what the rest of a state determines.
    public static func == (lhs: ViewCache, rhs: ViewCache) -> Bool { true }
}
