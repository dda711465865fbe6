extension Council {
    /// The report with this id.
    public func report(_ id: String) -> Report? { reports.first { $0.id == id } }

    /// The reports attached to an event, in file order.
    public func reports(for eventID: String) -> [Report] { reports.filter { $0.eventID == eventID } }
}

extension Event {
    /// Whether the sources date the event only by its publication: Ofsted's history tables
    /// give older inspections that way, and the importer then writes the publication day as the start.
    public var isDatedByPublicationOnly: Bool { published != nil && published == start && end == nil }
}
