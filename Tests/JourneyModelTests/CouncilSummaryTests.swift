import Foundation
import Synchronization
import Testing
@testable import JourneyModel

/// A store that answers summaries for some councils (and, if given, the register's check) and
/// counts what it is asked for.
final class SummaryStore: CouncilStore {
    private let kept: [String: CouncilSummary]
    private let asked = Mutex<(results: [String], kept: [String])>(([], []))
    private let check: Mutex<RegisterCheck?>

    init(_ summaries: [CouncilSummary], registerCheck: RegisterCheck? = nil) {
        kept = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        check = Mutex(registerCheck)
    }

    var resultsAsked: [String] { asked.withLock { $0.results } }
    var keptIDs: [String] { asked.withLock { $0.kept } }

    func result(for id: String) -> CouncilLoader.Result? {
        asked.withLock { $0.results.append(id) }
        return nil
    }

    func keep(_ result: CouncilLoader.Result, for id: String) { asked.withLock { $0.kept.append(id) } }

    func summaries(for ids: [String]) -> [String: CouncilSummary] { kept.filter { ids.contains($0.key) } }

    func registerCheck() -> RegisterCheck? { check.withLock { $0 } }

    func keep(registerCheck: RegisterCheck) { check.withLock { $0 = registerCheck } }
}

/// A council's summary answers every day's statuses as the whole council does, and a store's
/// summaries stand in for loading the councils.
@Suite struct CouncilSummaryTests {
    @Test func theReducedCouncilAnswersEveryDayAsTheWholeOne() throws {
        let whole = Fixtures.middlesbrough
        let summary = CouncilSummary(council: whole)
        let reduced = try #require(summary.council)
        #expect(reduced.events.count < whole.events.count)
        #expect(reduced.letters.isEmpty && reduced.people.isEmpty)
        #expect(summary.eventCount == whole.events.count && summary.letterCount == whole.letters.count)
        let first = try #require(CalendarDay(year: 2014, month: 1, day: 1))
        for offset in stride(from: 0, through: 13 * 366, by: 5) {
            let day = first.adding(days: offset)
            #expect(reduced.judgementStatus(on: day) == whole.judgementStatus(on: day))
            #expect(reduced.interventionStatus(on: day) == whole.interventionStatus(on: day))
            #expect(reduced.nextInspection(on: day) == whole.nextInspection(on: day))
        }
    }

    @Test func aStoresSummariesAreUsedAndOnlyTheOthersLoaded() throws {
        let tree = CountingTree(registerRoot(councils: ["wakefield", "leeds", "halton"]))
        let loaded = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds", "halton"]))
        let store = SummaryStore(["wakefield", "leeds"].map { CouncilSummary(id: $0, result: loaded.load($0)) })
        let catalogue = CouncilCatalogue(root: tree, store: store)
        let found = catalogue.summaries()
        #expect(found.all.map(\.id) == ["halton", "leeds", "wakefield"])
        #expect(catalogue.summaryDiagnostics() == loaded.loadAll().diagnostics)
        #expect(store.resultsAsked == ["halton"], "only the council the store had no summary for is loaded")
        #expect(store.keptIDs == ["halton"])
        #expect(!tree.readPaths.contains { $0.hasPrefix("councils/wakefield") || $0.hasPrefix("councils/leeds") })
    }

    @Test func aKeptRegisterCheckSparesReadingTheRegister() throws {
        let files = ["interventions/register.yaml": "register:\n  from: 2010\n  checked: not a date\n",
                     "interventions/nowhere.yaml": "council: nowhere\n"]
        let loaded = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds"], files: files))
        let expected = loaded.loadAll().diagnostics
        #expect(expected.contains { $0.file.hasSuffix("register.yaml") && $0.severity == .error })
        #expect(expected.contains { $0.message.hasPrefix("unknown council 'nowhere'") })
        let summaries = loaded.ids.map { CouncilSummary(id: $0, result: loaded.load($0)) }

        let first = SummaryStore(summaries)
        #expect(CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds"], files: files), store: first)
            .summaryDiagnostics() == expected)
        let kept = try #require(first.registerCheck(), "the check is handed to the store")
        #expect(kept.registerFile.contains { $0.severity == .error } && kept.all.starts(with: kept.registerFile))

        let tree = CountingTree(registerRoot(councils: ["wakefield", "leeds"], files: files))
        let next = CouncilCatalogue(root: tree, store: SummaryStore(summaries, registerCheck: kept))
        #expect(next.summaryDiagnostics() == expected)
        #expect(tree.readPaths.isEmpty, "with the check kept, no file is read: \(tree.readPaths)")
    }

    @Test func readingIsReportedOnlyForTheCouncilsAStoreDoesNotHold() {
        let loaded = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds", "halton"]))
        let store = SummaryStore(["wakefield"].map { CouncilSummary(id: $0, result: loaded.load($0)) })
        let catalogue = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds", "halton"]), store: store)
        let reports = Mutex<[String]>([])
        _ = catalogue.summaries { read, total in reports.withLock { $0.append("\(read)/\(total)") } }
        #expect(reports.withLock { $0 } == ["0/2", "1/2", "2/2"], "before the first council read, then after each")
        _ = catalogue.summaries { read, total in reports.withLock { $0.append("again \(read)/\(total)") } }
        #expect(reports.withLock { $0 }.count == 3, "summaries worked out once are not read again")
        let everyOne = SummaryStore(["wakefield", "leeds", "halton"].map { CouncilSummary(id: $0, result: loaded.load($0)) })
        let warm = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds", "halton"]), store: everyOne)
        _ = warm.summaries { _, _ in reports.withLock { $0.append("warm") } }
        #expect(!reports.withLock { $0 }.contains("warm"), "a store that holds every council: nothing to report")
    }

    @Test func aCouncilWithErrorsIsListedAsFailed() {
        let root = registerRoot(councils: ["wakefield", "leeds"],
                                files: ["councils/leeds/council.yaml": "council: [unclosed\n"])
        let catalogue = CouncilCatalogue(root: root)
        let found = catalogue.summaries()
        #expect(found.failed == ["leeds"])
        #expect(found.loadable.map(\.id) == ["wakefield"])
        #expect(catalogue.summaryDiagnostics().contains { $0.severity == .error && $0.file.contains("leeds") })
    }
}

extension CouncilSummaryTests {
    @Test func theCompactFormGivesTheSummaryBack() throws {
        var summary = CouncilSummary(council: Fixtures.middlesbrough)
        summary.diagnostics = [Diagnostic(file: "r/councils/middlesbrough/council.yaml", line: 3, column: 7,
                                          severity: .warning, message: "odd — but kept")]
        #expect(try CouncilSummary(encoded: summary.encoded()) == summary)
        let failed = CouncilSummary(id: "leeds", result: CouncilLoader.Result(councils: [], diagnostics: summary.diagnostics))
        #expect(try CouncilSummary(encoded: failed.encoded()) == failed)
        #expect(throws: (any Error).self) { try CouncilSummary(encoded: summary.encoded().prefix(24)) }
    }

    @Test func aReadSummaryDecodesItsCouncilWhenAskedAndADamagedOneIsLoadedAgain() throws {
        let root = registerRoot(councils: ["wakefield", "leeds"])
        let loaded = CouncilCatalogue(root: root)
        let made = ["wakefield", "leeds"].map { CouncilSummary(id: $0, result: loaded.load($0)) }
        let read = try made.map { try CouncilSummary(encoded: $0.encoded()) }
        #expect(read.allSatisfy { !$0.isDecoded })
        #expect(read.map(\.name) == made.map(\.name) && read.map(\.region) == made.map(\.region))
        #expect(read.map(\.asAt) == made.map { $0.council?.coverage.asAt })
        #expect(read == made)
        #expect(read.allSatisfy { $0.isDecoded })

        // The reduced council comes last: bytes cut there read, but its council is never trusted.
        let cut = made[0].encoded().dropLast()
        #expect(try CouncilSummary(encoded: cut).council == nil)
        let store = SummaryStore([try CouncilSummary(encoded: cut), try CouncilSummary(encoded: made[1].encoded())])
        let found = CouncilCatalogue(root: root, store: store).summaries()
        #expect(store.resultsAsked.isEmpty)
        let wakefield = try #require(found.all.first { $0.id == "wakefield" })
        #expect(wakefield.name == made[0].name)
        #expect(wakefield.council == made[0].council)
        #expect(store.resultsAsked == ["wakefield"], "the damaged council is loaded again")
    }
}

/// A store that keeps a name order, and says whether it was asked to keep one.
final class NameOrderStore: CouncilStore {
    private let kept = Mutex<(order: [Int]?, names: [String]?)>((nil, nil))

    init(order: [Int]?) { kept.withLock { $0.order = order } }

    var keptNames: [String]? { kept.withLock { $0.names } }

    func result(for id: String) -> CouncilLoader.Result? { nil }
    func keep(_ result: CouncilLoader.Result, for id: String) {}
    func nameOrder(of names: [String]) -> [Int]? { kept.withLock { $0.order } }
    func keep(nameOrder: [Int], of names: [String]) { kept.withLock { $0 = (nameOrder, names) } }
}

/// The catalogue's summaries take the name order a store kept, and sort (and hand the store
/// the order) when it kept none or one that is not an order of the councils.
extension CouncilSummaryTests {
    @Test func aKeptNameOrderIsTakenAndOtherwiseTheNamesAreSortedAndKept() {
        let root = registerRoot(councils: ["wakefield", "leeds", "halton"])
        let fresh = NameOrderStore(order: nil)
        #expect(CouncilCatalogue(root: root, store: fresh).summaries().all.map(\.id) == ["halton", "leeds", "wakefield"])
        #expect(fresh.keptNames?.count == 3)
        let kept = NameOrderStore(order: [2, 0, 1])
        #expect(CouncilCatalogue(root: root, store: kept).summaries().all.map(\.id) == ["wakefield", "halton", "leeds"])
        #expect(kept.keptNames == nil)
        for broken in [[0, 0, 1], [0, 1], [0, 1, 3]] {
            let store = NameOrderStore(order: broken)
            #expect(CouncilCatalogue(root: root, store: store).summaries().all.map(\.id) == ["halton", "leeds", "wakefield"])
            #expect(store.keptNames != nil)
        }
    }
}
