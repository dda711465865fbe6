import Foundation
import JourneyModel

/// libFuzzer target: the bytes are a council folder, its files separated by NUL bytes:
/// `council.yaml`, then `imported.yaml`, then one letter. The loader must report problems
/// as diagnostics and never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCouncilLoader(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let parts = data.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
    let names = ["councils/x/council.yaml", "councils/x/imported.yaml", "councils/x/letters/letter.md"]
    var files: [String: Data] = [:]
    for (name, part) in zip(names, parts) where !part.isEmpty { files[name] = Data(part) }
    let tree = MemoryTree(name: "fuzz", files: files)
    let result = CouncilLoader.loadCouncil(tree, folder: "councils/x", id: "x")
    for council in result.councils {
        _ = council.events.map(\.id)
    }
    return 0
}
