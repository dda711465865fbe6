/// A council as one release row names it, before it is matched to a council folder.
struct RawCouncil: Hashable, Sendable {
    var name: String
    var areaCode: String?
    var region: String?
    /// "Current", "No longer exists", ... when the release says.
    var status: String?
    /// "Unitary", "Shire County", ... when the release says.
    var authorityType: String?

    /// Whether the release itself says the council no longer exists.
    var releaseSaysFormer: Bool {
        status.map { HeaderText.normalise($0).contains("no longer") } ?? false
    }
}
