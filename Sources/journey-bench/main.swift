import Foundation
import JourneyBench
import JourneyData
import JourneyModel
import JourneyUI

// journey-bench table [--journey PATH] [--repository DIR] [--runs N]
//   Issue 12's table: the release build of journey and `less`, each started in a real pty at
//   120x40 (first frame: `--settle 150`; key: `j` to the first byte of the redraw), median of N
//   (7) rounds, as ratios with pass or fail; then `journey search --all` over the root against
//   `grep -rFic` over its files (exec to exit). Build first:
//   swift build -c release --static-swift-stdlib --product journey (and this, -c release).
// journey-bench generate DIR [--events N]
//   Writes DIR/synthetic: a valid council of N (3000) events of every kind, with letters.
// journey-bench [--data ROOT-OR-COUNCIL-FOLDER] [--council ID] [--keys N]
//   Measures, in process, what a user waits for: loading the council files, the first frame,
//   and the reduce + render work behind each key (docs/performance.md).

/// Median and worst of a list of durations, in milliseconds.
func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    return String(format: "median %.3f ms, p95 %.3f ms, max %.3f ms", median,
                  sorted[Int(Double(sorted.count - 1) * 0.95)], sorted.last ?? 0)
}

/// Runs `body` and returns its result and the time it took in milliseconds.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let result = try body()
    let elapsed = ContinuousClock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (result, Double(seconds) * 1000 + Double(attoseconds) / 1e15)
}

let arguments = CommandLine.arguments
/// The value after an option, if given.
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}

switch arguments.dropFirst().first {
case "table": exit(runTable())
case "generate": exit(generate())
default: break
}

let root = option("--data")
let keyCount = option("--keys").flatMap(Int.init) ?? 400
let catalogue = root.map { path -> CouncilCatalogue in
    let url = URL(fileURLWithPath: path)
    let tree = DiskTree(root: url)
    guard tree.kind(of: "council.yaml") == .file else { return CouncilCatalogue(root: tree, base: BundledData.catalogue) }
    return CouncilCatalogue(folder: tree, id: url.standardizedFileURL.lastPathComponent, base: BundledData.catalogue)
} ?? BundledData.catalogue
let id = option("--council")
    ?? (root == nil ? BundledData.defaultCouncilID : catalogue.ids.first ?? "")

// What the browser waits for before its first frame: one council, then (for the picker) all.
let (opened, loadTime) = timed { catalogue.load(id).councils.first }
print(String(format: "load one council (%@): %.1f ms", id, loadTime))
if !arguments.contains("--home-only") {
    let (everything, allTime) = timed { catalogue.loadableCouncils() }
    print(String(format: "load the rest for the picker: %d councils in %.1f ms", everything.councils.count, allTime))
}

let today = CalendarDay.today()
for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
    var state = AppState(catalogue: catalogue, council: opened, today: today, size: size)
    let (_, firstFrame) = timed { Renderer.frame(for: state, theme: .color) }
    Renderer.prepareAhead(for: state)
    var perKey: [Double] = []
    let keys: [Key] = [.character("j"), .character("j"), .character("k"), .tab, .character("j"), .tab]
    for index in 0..<keyCount {
        let key = keys[index % keys.count]
        let (_, elapsed) = timed {
            state = Reducer.reduce(state, .key(key), terminalSize: size).0
            return Renderer.frame(for: state, theme: .color)
        }
        perKey.append(elapsed)
        Renderer.prepareAhead(for: state)  // As the run loop does after drawing, while it waits.
    }
    print(String(format: "%dx%d: first frame %.2f ms; per key (reduce + render): ", size.width, size.height, firstFrame)
          + summary(perKey))
}

// The reader (unless --home-only, e.g. under callgrind): opening a letter and a report (reading
// its text and laying it out), then the work behind each key in it, j and k and a page down, so
// report and letter compare.
for size in arguments.contains("--home-only") ? [] : [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
    guard let council = opened else { break }
    let start = AppState(catalogue: catalogue, council: council, today: today, size: size)
    var documents: [(String, [Key])] = [("letter", [.character("5"), .enter])]
    for report in council.reports { documents.append(("report \(report.id)", [.character("2")] + reportKeys(report, in: council))) }
    for (name, opening) in documents {
        var state = start
        let (_, openTime) = timed {
            for key in opening {
                let (next, effects) = Reducer.reduce(state, .key(key), terminalSize: size)
                state = next
                for case let .loadReportTexts(_, ids) in effects {
                    let texts = Dictionary(ids.compactMap { id in
                        council.report(id).flatMap { try? catalogue.text(of: $0) }.map { (id, $0) }
                    }) { first, _ in first }
                    state = Reducer.reduce(state, loaded: texts).0
                }
            }
            return Renderer.frame(for: state, theme: .color)
        }
        var perKey: [Double] = []
        let keys: [Key] = [.character("j"), .character("j"), .character("k"), .character(" "), .character("b")]
        for index in 0..<keyCount {
            let (_, elapsed) = timed {
                state = Reducer.reduce(state, .key(keys[index % keys.count]), terminalSize: size).0
                return Renderer.frame(for: state, theme: .color)
            }
            perKey.append(elapsed)
        }
        print(String(format: "%dx%d %@: open %.2f ms; per key in the reader: ", size.width, size.height, name, openTime)
              + summary(perKey))
    }
}

/// The keys that select a report's inspection among the inspections and open it.
func reportKeys(_ report: Report, in council: Council) -> [Key] {
    let inspections = council.timeline(kinds: [.inspection])
    let index = inspections.firstIndex { $0.id == report.eventID } ?? 0
    return Array(repeating: .character("j"), count: index) + [.enter]
}

/// `journey-bench table`: every row of issue 12's table, measured in this process.
func runTable() -> Int32 {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let journey = option("--journey") ?? here.appendingPathComponent("journey").path
    let repository = URL(fileURLWithPath: option("--repository") ?? FileManager.default.currentDirectoryPath)
    let runner = BenchRunner(journey: URL(fileURLWithPath: journey).standardizedFileURL.path, less: "/usr/bin/less",
                             repository: repository, runs: option("--runs").flatMap(Int.init) ?? 7)
    do {
        let measured = try runner.measure { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let table = BenchTable(measured)
        print(table.markdown(measured))
        return table.allPass ? 0 : 1
    } catch {
        FileHandle.standardError.write(Data("journey-bench: \(error)\n".utf8))
        return 2
    }
}

/// `journey-bench generate DIR`: the synthetic council, for `journey check` or a profile.
func generate() -> Int32 {
    guard arguments.count > 2 else {
        FileHandle.standardError.write(Data("usage: journey-bench generate DIR [--events N]\n".utf8))
        return 64
    }
    let council = SyntheticCouncil(eventCount: option("--events").flatMap(Int.init) ?? 3000)
    do {
        print(try council.write(into: URL(fileURLWithPath: arguments[2])).path)
        return 0
    } catch {
        FileHandle.standardError.write(Data("journey-bench: \(error)\n".utf8))
        return 1
    }
}
