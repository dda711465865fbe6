/// The summary statistics the benchmark reports.
public enum Statistics {
    /// The median (the mean of the middle two for an even count); 0 for no samples.
    public static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
