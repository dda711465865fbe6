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
