import Foundation
@testable import JourneyImport

/// libFuzzer target: the bytes are an ODS `content.xml`, streamed through the content parser
/// within small limits and read as a release (see ``importThrough(_:)``). Any trap,
/// sanitizer report or hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODSContent(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    importThrough(FuzzSource(file: "fuzz.ods") { visit in
        try withoutActuallyEscaping(visit) { visit in
            let parser = ODSContentParser(file: "fuzz.ods", limits: fuzzLimits) { item in
                if case .row(let row) = item {
                    precondition(row.cells.count <= fuzzLimits.columns, "a row over the column limit")
                }
                try visit(item)
            }
            try parser.parse(data)
            return parser.warnings
        }
    })
    return 0
}
