/// Ofsted's framework "Inspecting local authority children's services" (ILACS), in force from
/// January 2018: its versions, and the rules on what follows each judgement and when.
///
/// Sources (cited again in docs/next-inspection.md):
/// - The framework: https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018
///   (published 29 November 2017; versions updated 5 April 2024 and 13 December 2024 at the
///   addresses in ``versions``). Short inspections for councils judged good or outstanding,
///   standard inspections for those judged requires improvement to be good, monitoring of
///   councils judged inadequate before they are re-inspected.
/// - The timing, "between six months before and six months after the three year anniversary of
///   the previous inspection", as Kirklees Safeguarding Children Partnership's guide to the
///   framework gives it:
///   https://www.kirkleessafeguardingchildren.co.uk/procedures-local-protocols-and-guidance/ilacs-inspection-guidance-for-professionals/
/// - Inadequate councils re-inspected by an ILACS standard inspection (no longer under the SIF)
///   from the framework's September 2018 update: Children & Young People Now, 17 September 2018,
///   https://www.cypnow.co.uk/news/article/ofsted-relaxes-inspections-for-struggling-inadequate-councils
public enum ILACSFramework {
    /// One version of the framework: the day from which it applied, and where to read it.
    public struct Version: Hashable, Sendable, Codable {
        /// The day from which this version applied.
        public var from: CalendarDay
        /// For people: "updated 5 April 2024".
        public var label: String
        public var url: String

        /// "Ofsted, Inspecting local authority children's services (ILACS), updated 5 April 2024, <url>".
        public var citation: String {
            "Ofsted, Inspecting local authority children's services (ILACS), \(label), \(url)"
        }
    }

    /// The versions found, oldest first.
    public static let versions: [Version] = [
        Version(from: day(2018, 1, 1), label: "published 29 November 2017, applying from January 2018",
                url: "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018"),
        Version(from: day(2018, 9, 17), label: "updated September 2018 (inadequate councils re-inspected by a standard inspection)",
                url: "https://www.cypnow.co.uk/news/article/ofsted-relaxes-inspections-for-struggling-inadequate-councils"),
        Version(from: day(2023, 1, 1), label: "updated for 1 January 2023 (a separate judgement for care leavers)",
                url: "https://gov.uk/government/consultations/introducing-a-separate-judgement-about-care-leavers-within-the-inspection-of-local-authority-childrens-services-ilacs/outcome/a-new-ilacs-judgement-on-the-experiences-and-progress-of-care-leavers-report-on-the-responses-to-the-consultation"),
        Version(from: day(2024, 4, 5), label: "updated 5 April 2024",
                url: "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services"),
        Version(from: day(2024, 12, 13), label: "updated 13 December 2024",
                url: "https://gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/b3edac72-cb9e-413b-b8d5-f2a5c23900cc"),
    ]

    /// The version in force on a day; nil before January 2018.
    public static func version(on day: CalendarDay) -> Version? {
        versions.last { $0.from <= day }
    }

    /// Where the timing rule's wording was read.
    public static let timingSource =
        "https://www.kirkleessafeguardingchildren.co.uk/procedures-local-protocols-and-guidance/ilacs-inspection-guidance-for-professionals/"

    /// The day before which inadequate councils were re-inspected under the SIF.
    static let standardReinspectionFrom = day(2018, 9, 17)

    /// Months after the last inspection's first day at which the usual window opens and closes.
    static let windowMonths = (opens: 30, closes: 42)

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }
}
