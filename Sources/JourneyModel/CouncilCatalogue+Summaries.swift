extension CouncilCatalogue {
    /// Every council's summary: what the picker and `journey councils` show, without the
    /// councils themselves.
    public struct Summaries: Sendable {
        /// Every council's summary, sorted by name.
        public let all: [CouncilSummary]
        /// The ids of the councils that do not load without errors, in id order.
        public let failed: [String]
        /// The councils that load without errors, by name: what a browser can offer (picked
        /// out once: a start asks for them more than once).
        public let loadable: [CouncilSummary]

        init(all: [CouncilSummary], failed: [String]) {
            self.all = all
            self.failed = failed
            loadable = all.filter { !$0.hasErrors && $0.hasCouncil }
        }
    }

    /// Every council's summary, by name.
    ///
    /// The store answers for the councils whose files are unchanged without decoding them; only
    /// the others are loaded (and kept). A kept summary whose reduced council turns out not to
    /// decode has the council loaded again instead (``load(_:)``). Worked out once: a caller that asks while another
    /// thread is working it out waits for its answer.
    ///
    /// - Parameter reading: told how many of the councils whose files must be read have been
    ///   read, and of how many: once before the first is read and after each one. Never called
    ///   when the store answers for every council (or the summaries were already worked out).
    public func summaries(reading: ((_ read: Int, _ of: Int) -> Void)? = nil) -> Summaries {
        summarized.withLock { done in
            if let done { return done }
            let kept = store?.summaries(for: ids) ?? [:]
            let toRead = ids.count - kept.count
            var read = 0
            if toRead > 0 { reading?(0, toRead) }
            // A summary holds its catalogue (to load the council again) until its council is decoded.
            let inIDOrder = ids.map { id in
                if let summary = kept[id] { return summary.recovering { self.load(id) } }
                let summary = CouncilSummary(id: id, result: load(id))
                read += 1
                reading?(read, toRead)
                return summary
            }
            let sorted = byName(inIDOrder)
            let found = Summaries(all: sorted, failed: inIDOrder.filter(\.hasErrors).map(\.id))
            done = found
            return found
        }
    }

    /// The summaries in name order: as the store kept it for these names, or sorted now and
    /// handed to the store (a comparison of names costs thousands of instructions).
    private func byName(_ summaries: [CouncilSummary]) -> [CouncilSummary] {
        let names = summaries.map(\.name)
        if let kept = store?.nameOrder(of: names), Self.isPermutation(kept, count: names.count) {
            return kept.map { summaries[$0] }
        }
        let order = Array(names.indices).sortedByName { names[$0] }
        store?.keep(nameOrder: order, of: names)
        return order.map { summaries[$0] }
    }

    /// Whether `order` holds every position below `count` once.
    private static func isPermutation(_ order: [Int], count: Int) -> Bool {
        guard order.count == count else { return false }
        var seen = [Bool](repeating: false, count: count)
        for position in order {
            guard (0..<count).contains(position), !seen[position] else { return false }
            seen[position] = true
        }
        return true
    }

    /// Every diagnostic of the root, as ``loadAll()`` gives them, from the councils' summaries:
    /// checking the root's own register against its councils is left until asked for (the
    /// picker never is).
    public func summaryDiagnostics() -> [Diagnostic] {
        let byID = Dictionary(summaries().all.map { ($0.id, $0) }) { first, _ in first }
        let councils = ids.compactMap { byID[$0] }
        var diagnostics = diagnostics(of: councils.map(\.diagnostics))
        let hasErrors = diagnostics.contains { $0.severity == .error }
        if !hasErrors, !councils.contains(where: \.hasCouncil), let empty = noCouncilsWarning() {
            diagnostics.append(empty)
        }
        return diagnostics
    }
}
