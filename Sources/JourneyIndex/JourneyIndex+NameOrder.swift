import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// The name order kept for exactly `names`, in this order, under the current locale.
    public func nameOrder(of names: [String]) -> [Int]? {
        let key = Self.nameOrderKey(names)
        guard let kept = try? queue.read({ db in
            try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'name-order'")
        }), kept.count == key.count + 4 * names.count, kept.prefix(key.count).elementsEqual(key) else { return nil }
        let positions = [UInt8](kept.dropFirst(key.count))
        return stride(from: 0, to: positions.count, by: 4).map { start in
            positions[start..<start + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
    }

    /// Keeps the name order of `names` (replacing the one kept).
    public func keep(nameOrder order: [Int], of names: [String]) {
        var value = Self.nameOrderKey(names)
        for position in order { Self.append(UInt32(truncatingIfNeeded: position), to: &value) }
        try? queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('name-order', ?)",
                           arguments: [Data(value)])
        }
    }

    /// What a name order depends on, as bytes: the locale's identifier, then each name, each
    /// after its length (so no two lists read the same).
    private static func nameOrderKey(_ names: [String]) -> [UInt8] {
        var key: [UInt8] = []
        for text in [Locale.current.identifier] + names {
            append(UInt32(truncatingIfNeeded: text.utf8.count), to: &key)
            key.append(contentsOf: text.utf8)
        }
        return key
    }

    /// Four bytes, least significant first.
    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
