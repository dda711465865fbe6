import CSV
import Foundation
@testable import JourneyImport

/// libFuzzer target: the bytes are a CSV file, read by the CSV reader within small limits
/// and read as a release (see ``importThrough(_:)``). Any trap, sanitizer report or hang is a
/// finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let document = CSVDocument(url: URL(fileURLWithPath: "fuzz.csv"), limits: fuzzLimits)
    importThrough(FuzzSource(file: "fuzz.csv") { visit in
        guard let reader = try? CSVReader(stream: InputStream(data: data)) else { return [] }
        return try document.read(reader) { item in
            if case .row(let row) = item {
                precondition(row.cells.count <= fuzzLimits.columns, "a row over the column limit")
                precondition(row.cells.allSatisfy { $0.text.count <= fuzzLimits.cellCharacters }, "a cell over the limit")
            }
            try visit(item)
        }
    })
    return 0
}
