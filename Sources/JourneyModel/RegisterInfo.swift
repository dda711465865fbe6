/// What a register of DfE interventions says about itself (`interventions/register.yaml`):
/// what it covers and which indexes were read to find its entries.
public struct RegisterInfo: Sendable, Hashable {
    /// An index read to find the entries, e.g. GOV.UK's collection of notices and directions.
    public struct Index: Sendable, Hashable {
        public var title: String?
        public var url: String?
        /// The date the stored copy shows as its last update.
        public var asOf: PartialDate?

        public init(title: String? = nil, url: String? = nil, asOf: PartialDate? = nil) {
            self.title = title
            self.url = url
            self.asOf = asOf
        }
    }

    public var title: String?
    /// Interventions issued from this date are covered.
    public var from: PartialDate
    /// The register is as complete as its indexes up to this day.
    public var checked: CalendarDay
    public var indexes: [Index]
    /// What is known to be missing, and why.
    public var note: String?

    public init(title: String? = nil, from: PartialDate, checked: CalendarDay, indexes: [Index] = [],
                note: String? = nil) {
        self.title = title
        self.from = from
        self.checked = checked
        self.indexes = indexes
        self.note = note
    }

    /// The coverage of one council: this register's span, and whether it has an entry for it.
    public func coverage(listing: Bool) -> RegisterCoverage {
        RegisterCoverage(from: from, checked: checked, listsCouncil: listing)
    }
}
