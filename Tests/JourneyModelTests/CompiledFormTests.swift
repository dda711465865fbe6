import Foundation
import Testing
@testable import JourneyModel

/// The compiled form that the bundled data and the index keep instead of the YAML: it must give
/// back exactly what was loaded, and damaged bytes must be an error, never a crash.
struct CompiledFormTests {
    /// A result using every case the form writes: each kind of detail and origin, optional
    /// fields present and absent, reports, coverage, register coverage and diagnostics.
    static let result: CouncilLoader.Result = {
        var council = Fixtures.middlesbrough
        council.region = "North East"
        council.areaCode = "E06000002"
        council.note = "A note ✓ with \u{1F600} and a wide 漢字"
        council.events.append(Event(id: "imported-1", kind: .monitoringVisit, title: "Monitoring visit",
                                    start: PartialDate(year: 2021, month: 3)!, detail: .visit(theme: nil),
                                    origin: .imported(release: "Ofsted 2024", sheet: "LA", row: -7)))
        council.events.append(Event(id: "register-1", kind: .commissioner, title: "Commissioner",
                                    start: PartialDate(year: 2020)!, detail: .oversight(.review), origin: .register,
                                    note: "from the register"))
        council.reports = [Report(id: "ilacs-2019-report", eventID: "ilacs-2019", kind: .inspection, framework: .ilacs,
                                  title: "Inspection of Middlesbrough", councilName: "Middlesbrough",
                                  start: PartialDate(year: 2019, month: 11, day: 25), published: PartialDate(year: 2020),
                                  judgements: [Judgement(area: .helpAndProtection, grade: .inadequate)],
                                  improvementsHeading: "What needs to improve", improvements: ["one", "two"],
                                  sha256: String(repeating: "ab", count: 32), pageCount: 20, extractor: "pdftotext",
                                  licence: "OGL v3.0", file: "councils/middlesbrough/reports/ilacs-2019.txt", bodyLine: 14)]
        council.coverage = DataCoverage(sources: [
            DataCoverage.Source(kind: .councilFile, name: "the council file", asAt: CalendarDay(year: 2024, month: 10, day: 1)!),
            DataCoverage.Source(kind: .interventionRegister, name: "register", asAt: CalendarDay(year: 2025, month: 1, day: 31)!),
        ])
        council.registerCoverage = RegisterCoverage(from: PartialDate(year: 2010)!,
                                                    checked: CalendarDay(year: 2025, month: 1, day: 31)!, listsCouncil: true)
        let diagnostics = [
            Diagnostic(file: "councils/middlesbrough/council.yaml", line: 12, column: 3, message: "an error"),
            Diagnostic(file: "councils/middlesbrough", severity: .warning, message: "a warning"),
        ]
        return CouncilLoader.Result(councils: [council], diagnostics: diagnostics)
    }()

    @Test func aResultReadsBackAsItWasWritten() throws {
        let back = try CouncilLoader.Result(encoded: Self.result.encoded())
        #expect(back.councils == Self.result.councils)
        #expect(back.diagnostics == Self.result.diagnostics)
        #expect(back.councils.first?.timeline().map(\.id) == Self.result.councils.first?.timeline().map(\.id))
    }

    @Test func aRegisterCheckReadsBackAndAnotherFormIsRefused() throws {
        let diagnostics = Self.result.diagnostics
        let check = RegisterCheck(registerFile: Array(diagnostics.prefix(1)), all: diagnostics)
        #expect(!diagnostics.isEmpty)
        #expect(try RegisterCheck(encoded: check.encoded()) == check)
        #expect(throws: CompiledFormError.otherFormat) { try RegisterCheck(encoded: Self.result.encoded()) }
        #expect(throws: CompiledFormError.self) { try RegisterCheck(encoded: check.encoded().dropLast()) }
    }

    /// A long string written again is a reference to the first, and reads back byte for byte;
    /// strings that Swift counts equal but whose bytes differ (a composed and a decomposed
    /// accent) are kept apart.
    @Test func repeatedStringsAreWrittenOnceAndReadBackByteForByte() throws {
        let composed = "R\u{E9}seau inspection report", decomposed = "Re\u{301}seau inspection report"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let cited = "A source that every event cites, long enough to be shared"
        var council = Fixtures.middlesbrough
        council.events = council.events.enumerated().map { index, event in
            var event = event
            event.title = index.isMultiple(of: 2) ? composed : decomposed
            event.sources = [Source(title: cited, url: nil)]
            return event
        }
        #expect(council.events.count > 2)
        let encoded = CouncilLoader.Result(councils: [council], diagnostics: []).encoded()
        let back = try CouncilLoader.Result(encoded: encoded).councils[0]
        #expect(back.events.map { Array($0.title.utf8) } == council.events.map { Array($0.title.utf8) })
        #expect(back.events.map(\.sources) == council.events.map(\.sources))
        #expect(encoded.ranges(of: Data(cited.utf8)).count == 1)
        #expect(encoded.ranges(of: Data(composed.utf8)).count == 1)
        #expect(encoded.ranges(of: Data(decomposed.utf8)).count == 1)
    }

    /// A summary's council is decoded later, from the rest of the bytes: its strings may refer
    /// to those read before it (the council's name).
    @Test func aSummarysDeferredCouncilReadsStringsSharedWithWhatPrecedesIt() throws {
        var council = Fixtures.middlesbrough
        council.name = "Middlesbrough Borough Council of Teesside"
        let summary = CouncilSummary(council: council)
        let back = try CouncilSummary(encoded: summary.encoded())
        #expect(back.name == council.name)
        #expect(back.council?.name == council.name)
        #expect(back == summary)
    }

    @Test func anEmptyResultReadsBack() throws {
        let back = try CouncilLoader.Result(encoded: CouncilLoader.Result(councils: [], diagnostics: []).encoded())
        #expect(back.councils.isEmpty && back.diagnostics.isEmpty)
    }

    @Test func anotherFormatIsRefused() {
        #expect(throws: CompiledFormError.otherFormat) { try CouncilLoader.Result(encoded: Data("bplist00".utf8)) }
        #expect(throws: CompiledFormError.otherFormat) { try CouncilLoader.Result(encoded: Data()) }
    }

    @Test func everyTruncationIsAnErrorNeverACrash() {
        let data = Self.result.encoded()
        for length in stride(from: 18, to: data.count, by: 1) {
            #expect(throws: CompiledFormError.self) { try CouncilLoader.Result(encoded: data.prefix(length)) }
        }
    }

    @Test func extraBytesAreAnError() {
        #expect(throws: CompiledFormError.damaged) {
            try CouncilLoader.Result(encoded: Self.result.encoded() + Data([0]))
        }
    }

    @Test func changedBytesAreReadOrRefusedNeverACrash() {
        let data = [UInt8](Self.result.encoded())
        var refused = 0
        for position in 18..<data.count {
            for value: UInt8 in [0x00, 0x7F, 0x80, 0xFF] where data[position] != value {
                var damaged = data
                damaged[position] = value
                if (try? CouncilLoader.Result(encoded: Data(damaged))) == nil { refused += 1 }
            }
        }
        #expect(refused > 0)
        // A huge count is refused before anything is reserved for it.
        let huge = Array(data.prefix(18)) + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        #expect(throws: CompiledFormError.damaged) { try CouncilLoader.Result(encoded: Data(huge)) }
    }
}
