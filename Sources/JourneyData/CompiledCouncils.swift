import Foundation
import JourneyModel

/// The bundled councils as `embed-data` compiled them at build time: each council's loading
/// result (council and diagnostics) in its encoded form, decoded when first asked for, and its
/// summary (``CouncilSummary``) in its compiled form, for the picker and `journey councils`.
///
/// The compiled form is made from the same embedded files by the same loader, so it is always
/// current: it answers for every bundled council and keeps nothing new.
struct CompiledCouncils: CouncilStore {
    private let encoded: SortedLookup<String>
    private let encodedSummaries: [(id: String, base64: String)]
    private let encodedRegisterCheck: String

    /// - Parameters:
    ///   - councils: council ids and their encoded results in base64.
    ///   - summaries: council ids and their summaries in compiled form, in base64.
    ///   - registerCheck: the register's check, in its compiled form in base64.
    init(_ councils: [(id: String, base64: String)], summaries: [(id: String, base64: String)], registerCheck: String) {
        encoded = SortedLookup(councils.map { (key: $0.id, value: $0.base64) })
        encodedSummaries = summaries
        encodedRegisterCheck = registerCheck
    }

    func result(for id: String) -> CouncilLoader.Result? {
        guard let base64 = encoded[id], let data = Data(base64Encoded: base64) else { return nil }
        return try? CouncilLoader.Result(encoded: data)
    }

    func keep(_ result: CouncilLoader.Result, for id: String) {}

    func summaries(for ids: [String]) -> [String: CouncilSummary] {
        let wanted = Set(ids)
        var found: [String: CouncilSummary] = [:]
        for (id, base64) in encodedSummaries where wanted.contains(id) {
            guard let data = Data(base64Encoded: base64), let summary = try? CouncilSummary(encoded: data) else { continue }
            found[id] = summary
        }
        return found
    }

    func registerCheck() -> RegisterCheck? {
        guard let data = Data(base64Encoded: encodedRegisterCheck) else { return nil }
        return try? RegisterCheck(encoded: data)
    }
}
