import JourneyModel

/// A report's metadata (and optionally its text), as `--format json` gives it.
struct ReportRecord: Encodable {
    struct PageRecord: Encodable {
        var page: Int
        var lines: [String]
    }

    var id: String
    var event: String
    var kind: String
    var framework: String?
    var title: String
    var councilName: String?
    var start: String?
    var end: String?
    var published: String?
    var leadInspector: String?
    var judgements: [EventRecord.JudgementRecord]
    var improvementsHeading: String?
    var improvements: [String]
    var pages: Int
    var sha256: String
    var extractor: String?
    var licence: String
    var file: String
    var text: [PageRecord]?

    init(_ report: Report, text: ReportText? = nil) {
        id = report.id
        event = report.eventID
        kind = report.kind.rawValue
        framework = report.framework?.rawValue
        title = report.title
        councilName = report.councilName
        start = report.start?.iso
        end = report.end?.iso
        published = report.published?.iso
        leadInspector = report.leadInspector
        judgements = report.judgements.map {
            EventRecord.JudgementRecord(area: $0.area.rawValue, title: $0.area.title, grade: $0.grade.rawValue,
                                        letter: $0.grade.letter)
        }
        improvementsHeading = report.improvementsHeading
        improvements = report.improvements
        pages = report.pageCount
        sha256 = report.sha256
        extractor = report.extractor
        licence = report.licence
        file = report.file
        self.text = text?.pages.map { PageRecord(page: $0.number, lines: $0.lines) }
    }
}
