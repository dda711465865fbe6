import Synchronization

/// The graphemes of more than one scalar (a letter and its combining marks, an emoji sequence, a
/// flag) that cells have held, each kept once for the life of the process: a ``Cell`` holds its
/// index, so that equal graphemes give equal cells. It grows only with the distinct such
/// graphemes drawn, which real text has few of.
enum GraphemeTable {
    private struct Contents {
        var graphemes: [String] = []
        var indices: [String: UInt32] = [:]
    }

    private static let contents = Mutex(Contents())

    /// The index of a grapheme, added when it is new.
    static func index(of grapheme: String) -> UInt32 {
        contents.withLock { table in
            if let index = table.indices[grapheme] { return index }
            let index = UInt32(table.graphemes.count)
            table.graphemes.append(grapheme)
            table.indices[grapheme] = index
            return index
        }
    }

    /// The grapheme at an index ``index(of:)`` gave.
    static func grapheme(at index: UInt32) -> String {
        contents.withLock { $0.graphemes[Int(index)] }
    }
}
