/// A council as the import will write it: its folder id and the facts for `council.yaml`.
struct ResolvedCouncil: Hashable, Sendable {
    var id: String
    var name: String
    var region: String?
    var areaCode: String?
    /// Whether it no longer exists; ``note`` says what became of it.
    var isFormer: Bool
    var note: String?
}
