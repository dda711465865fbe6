import Foundation
@testable import JourneyImport

/// libFuzzer target: the bytes are an ODS `content.xml`, streamed through the content parser
/// within small limits. Any trap, sanitizer report or hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODSContent(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let limits = ODSDocument.Limits(contentBytes: 1 << 20, columns: 64, repeatedRows: 50, cellCharacters: 512)
    var cells = 0
    let parser = ODSContentParser(limits: limits) { item in
        if case .row(let row) = item {
            cells += row.cells.count
            precondition(row.cells.count <= limits.columns, "a row over the column limit")
            for cell in row.cells { _ = (cell.day, cell.grade, cell.trimmedText) }
        }
    }
    _ = try? parser.parse(data)
    return 0
}
