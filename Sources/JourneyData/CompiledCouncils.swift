import Foundation
import JourneyModel

/// The bundled councils as `embed-data` compiled them at build time: each council's loading
/// result (council and diagnostics) in its encoded form, decoded when first asked for.
///
/// The compiled form is made from the same embedded files by the same loader, so it is always
/// current: it answers for every bundled council and keeps nothing new.
struct CompiledCouncils: CouncilStore {
    private let encoded: [String: String]
    private let encodedRegisterCheck: String

    /// - Parameters:
    ///   - councils: council ids and their encoded results in base64.
    ///   - registerCheck: the register's check, as JSON in base64.
    init(_ councils: [(id: String, base64: String)], registerCheck: String) {
        encoded = Dictionary(councils.map { ($0.id, $0.base64) }) { first, _ in first }
        encodedRegisterCheck = registerCheck
    }

    func result(for id: String) -> CouncilLoader.Result? {
        guard let base64 = encoded[id], let data = Data(base64Encoded: base64) else { return nil }
        return try? CouncilLoader.Result(encoded: data)
    }

    func keep(_ result: CouncilLoader.Result, for id: String) {}

    func registerCheck() -> [Diagnostic]? {
        guard let data = Data(base64Encoded: encodedRegisterCheck) else { return nil }
        return try? JSONDecoder().decode([Diagnostic].self, from: data)
    }
}
