import Foundation
import JourneyData
import JourneyModel
import JourneyUI

// journey-bench [--data ROOT] [--council ID] [--keys N]
//
// Measures, in process, what a user waits for: loading the council files, the first frame,
// and the reduce + render work behind each key. Run it as a release build:
//   swift run -c release journey-bench
// docs/performance.md records results beside ptytime's measurements of the real terminal.

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
let root = arguments.firstIndex(of: "--data").map { arguments[$0 + 1] }
let keyCount = arguments.firstIndex(of: "--keys").flatMap { Int(arguments[$0 + 1]) } ?? 400
let catalogue = root.map { CouncilCatalogue(root: DiskTree(root: URL(fileURLWithPath: $0)), base: BundledData.catalogue) }
    ?? BundledData.catalogue
let id = arguments.firstIndex(of: "--council").map { arguments[$0 + 1] }
    ?? (root == nil ? BundledData.defaultCouncilID : catalogue.ids.first ?? "")

// What the browser waits for before its first frame: one council, then (for the picker) all.
let (opened, loadTime) = timed { catalogue.load(id).councils.first }
print(String(format: "load one council (%@): %.1f ms", id, loadTime))
let (everything, allTime) = timed { catalogue.loadableCouncils() }
print(String(format: "load the rest for the picker: %d councils in %.1f ms", everything.councils.count, allTime))

let today = CalendarDay.today()
for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
    var state = AppState(catalogue: catalogue, council: opened, today: today, size: size)
    let (_, firstFrame) = timed { Renderer.frame(for: state, theme: .color) }
    var perKey: [Double] = []
    let keys: [Key] = [.character("j"), .character("j"), .character("k"), .tab, .character("j"), .tab]
    for index in 0..<keyCount {
        let key = keys[index % keys.count]
        let (_, elapsed) = timed {
            state = Reducer.reduce(state, .key(key), terminalSize: size).0
            return Renderer.frame(for: state, theme: .color)
        }
        perKey.append(elapsed)
    }
    print(String(format: "%dx%d: first frame %.2f ms; per key (reduce + render): ", size.width, size.height, firstFrame)
          + summary(perKey))
}

// The reader: opening a letter and a report (reading its text and laying it out), then the
// work behind each key in it, j and k and a page down, so report and letter compare.
for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
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
