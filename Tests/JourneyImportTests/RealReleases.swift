import Foundation

/// The real releases in the shared folder beside the checkout, when present.
enum RealReleases {
    /// The package's root folder (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/data/ofsted` beside the checkout, or under `$JOURNEY_SHARED` when set.
    static let folder = (ProcessInfo.processInfo.environment["JOURNEY_SHARED"].map(URL.init(fileURLWithPath:))
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")).appendingPathComponent("data/ofsted")

    static let file2025 = folder.appendingPathComponent("LA_Inspection_Outcomes_as_at_31_March_2025.ods")
    static let file2023 = folder.appendingPathComponent("Childrens_social_care_in_England_2023_underlying_data.ods")

    static let title2025 = "Local authority inspection outcomes as at 31 March 2025"
    static let title2023 = "Children's social care data in England 2023"

    static var available: Bool {
        FileManager.default.isReadableFile(atPath: file2025.path) && FileManager.default.isReadableFile(atPath: file2023.path)
    }
}
