import Foundation

/// Issue 12's table: each case measured, set against its reference from the same run, as a
/// ratio with its target, and whether the target holds. Its seven rows are the issue's table;
/// two more hold its search requirement (no slower than `grep -rFic` over the same files).
public struct BenchTable: Sendable {
    /// The medians one run of the benchmark measured, in milliseconds.
    public struct Measurements: Sendable, Equatable {
        public var lessFirstFrame: Double
        public var lessKey: Double
        public var bundledFirstFrame: Double
        public var bundledKey: Double
        public var rootCouncilFirstFrame: Double
        public var pickerFirstFrame: Double
        public var rootStatus: Double
        public var bundledStatus: Double
        public var largeFirstFrame: Double
        public var largeKey: Double
        /// `journey search --all` over the root, and `grep -rFic` over its files, for a word found
        /// in every council ("children") and for one found nowhere: exec to exit, in a pty.
        public var searchCommon: Double
        public var grepCommon: Double
        public var searchNowhere: Double
        public var grepNowhere: Double

        public init(lessFirstFrame: Double, lessKey: Double, bundledFirstFrame: Double, bundledKey: Double,
                    rootCouncilFirstFrame: Double, pickerFirstFrame: Double, rootStatus: Double,
                    bundledStatus: Double, largeFirstFrame: Double, largeKey: Double,
                    searchCommon: Double, grepCommon: Double, searchNowhere: Double, grepNowhere: Double) {
            self.lessFirstFrame = lessFirstFrame
            self.lessKey = lessKey
            self.bundledFirstFrame = bundledFirstFrame
            self.bundledKey = bundledKey
            self.rootCouncilFirstFrame = rootCouncilFirstFrame
            self.pickerFirstFrame = pickerFirstFrame
            self.rootStatus = rootStatus
            self.bundledStatus = bundledStatus
            self.largeFirstFrame = largeFirstFrame
            self.largeKey = largeKey
            self.searchCommon = searchCommon
            self.grepCommon = grepCommon
            self.searchNowhere = searchNowhere
            self.grepNowhere = grepNowhere
        }
    }

    /// One row: a case, what it is compared with, and the target.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var measured: Double
        public var referenceName: String
        public var reference: Double
        /// The largest ratio that passes.
        public var maxRatio: Double
        /// An absolute ceiling in milliseconds as well, when the target has one.
        public var maxMilliseconds: Double?

        /// Measured over reference; infinite when the reference is 0.
        public var ratio: Double { reference > 0 ? measured / reference : .infinity }

        /// Whether the ratio (and the ceiling, if any) holds.
        public var passes: Bool { ratio <= maxRatio && maxMilliseconds.map { measured < $0 } ?? true }

        /// The target in words: `<= 3x less and < 1 ms`.
        public var targetText: String {
            "<= \(Self.number(maxRatio))x \(referenceName)" + (maxMilliseconds.map { " and < \(Self.number($0)) ms" } ?? "")
        }

        static func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
    }

    public var rows: [Row]

    /// The table of issue 12 for one run's measurements.
    public init(_ m: Measurements) {
        rows = [
            Row(name: "bundled Middlesbrough, first frame", measured: m.bundledFirstFrame,
                referenceName: "less", reference: m.lessFirstFrame, maxRatio: 3),
            Row(name: "key latency (j)", measured: m.bundledKey, referenceName: "less", reference: m.lessKey,
                maxRatio: 3, maxMilliseconds: 1),
            Row(name: "one council of a 158-council imported root, first frame", measured: m.rootCouncilFirstFrame,
                referenceName: "the bundled", reference: m.bundledFirstFrame, maxRatio: 1.5),
            Row(name: "council picker over that root, first frame", measured: m.pickerFirstFrame,
                referenceName: "less", reference: m.lessFirstFrame, maxRatio: 5),
            Row(name: "`journey status` for one council of that root", measured: m.rootStatus,
                referenceName: "the bundled", reference: m.bundledStatus, maxRatio: 1.5),
            Row(name: "a 3000-event council, first frame", measured: m.largeFirstFrame,
                referenceName: "the bundled", reference: m.bundledFirstFrame, maxRatio: 3),
            Row(name: "a 3000-event council, key latency", measured: m.largeKey,
                referenceName: "the bundled", reference: m.bundledKey, maxRatio: 1.5),
            Row(name: "`journey search --all` over that root, a common word (\"\(Self.commonWord)\")",
                measured: m.searchCommon, referenceName: "grep -rFic", reference: m.grepCommon, maxRatio: 1),
            Row(name: "`journey search --all` over that root, a word found nowhere", measured: m.searchNowhere,
                referenceName: "grep -rFic", reference: m.grepNowhere, maxRatio: 1),
        ]
    }

    /// The word of the common-word search row: in every council of the root, 2,093 hits.
    public static let commonWord = "children"
    /// The word of the search row that finds nothing.
    public static let missingWord = "zqxjvnothing"

    /// Whether every row passes.
    public var allPass: Bool { rows.allSatisfy(\.passes) }

    /// The table in Markdown, with the references (`less` and the bundled council) as their own
    /// lines first so every ratio can be checked by hand.
    public func markdown(_ m: Measurements) -> String {
        var lines = [
            "| case | measured | compared with | ratio | target | holds |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows {
            lines.append("| \(row.name) | \(Self.milliseconds(row.measured)) | \(row.referenceName) "
                         + "\(Self.milliseconds(row.reference)) | \(String(format: "%.2f", row.ratio))x | "
                         + "\(row.targetText) | \(row.passes ? "pass" : "FAIL") |")
        }
        lines.append("")
        lines.append("References: `less` on the letter: first frame \(Self.milliseconds(m.lessFirstFrame)), key "
                     + "\(Self.milliseconds(m.lessKey)); bundled `journey status`: \(Self.milliseconds(m.bundledStatus)).")
        return lines.joined(separator: "\n")
    }

    /// `3.90 ms`, or `0.231 ms` below one millisecond.
    static func milliseconds(_ value: Double) -> String {
        String(format: value < 1 ? "%.3f ms" : "%.2f ms", value)
    }
}
