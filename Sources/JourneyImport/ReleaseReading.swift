/// Everything read from one release.
struct ReleaseReading: Sendable {
    var release: ReleaseInfo
    /// Every council a data row names, with the row that names it.
    var mentions: [(council: RawCouncil, citation: Observation.Citation)] = []
    var observations: [Observation] = []
    /// What the reader skipped or could not use.
    var warnings: [ImportWarning] = []
    /// Data rows of council tables read, and of those, rows skipped.
    var rowsRead = 0
    var rowsSkipped = 0
    /// Rows outside the councils (explore-education-statistics' national and regional rows).
    var rowsAboveCouncils = 0
    /// The council tables read: "sheet (row N)".
    var tables: [String] = []
    /// Tables about something other than councils, passed over, with why.
    var otherTables: [String] = []
    /// Sheets with no council table (notes, contents, provider lists, time series).
    var sheetsWithoutTables: [String] = []
}
