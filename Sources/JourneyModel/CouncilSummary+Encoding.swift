import Foundation

/// The compact form a store keeps a summary in: decoded for every council at each start of the
/// picker, so it is read field by field rather than through `Codable` (a property list of the
/// same summary takes many times longer).
extension CouncilSummary {
    /// The form's version: a reader refuses another.
    private static let version = 1

    /// The summary as bytes for ``init(encoded:)``.
    public func encoded() -> Data {
        var writer = CompactWriter()
        writer.int(Self.version)
        writer.string(id)
        writer.int(eventCount)
        writer.int(letterCount)
        writer.array(diagnostics) { writer, diagnostic in
            writer.string(diagnostic.file)
            writer.int(diagnostic.line)
            writer.int(diagnostic.column)
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.message)
        }
        writer.optional(council) { $0.council($1) }
        return Data(writer.bytes)
    }

    /// A summary from ``encoded()``'s bytes; throws on bytes it did not write.
    public init(encoded data: Data) throws {
        var reader = CompactReader([UInt8](data))
        guard try reader.int() == Self.version else { throw CompactReader.Malformed() }
        id = try reader.string()
        eventCount = try reader.int()
        letterCount = try reader.int()
        diagnostics = try reader.array { reader in
            Diagnostic(file: try reader.string(), line: try reader.int(), column: try reader.int(),
                       severity: try reader.raw(Diagnostic.Severity.self), message: try reader.string())
        }
        council = try reader.optional { try $0.council() }
        guard reader.isAtEnd else { throw CompactReader.Malformed() }
    }
}

extension CompactWriter {
    /// A reduced council: what ``CouncilSummary`` keeps of it.
    fileprivate mutating func council(_ council: Council) {
        string(council.id)
        string(council.name)
        optional(council.region) { $0.string($1) }
        optional(council.areaCode) { $0.string($1) }
        bool(council.isFormer)
        array(council.coverage.sources) { writer, source in
            writer.string(source.kind.rawValue)
            writer.string(source.name)
            writer.day(source.asAt)
        }
        optional(council.registerCoverage) { writer, coverage in
            writer.date(coverage.from)
            writer.day(coverage.checked)
            writer.bool(coverage.listsCouncil)
        }
        array(council.events) { $0.event($1) }
    }

    private mutating func event(_ event: Event) {
        string(event.id)
        string(event.kind.rawValue)
        string(event.title)
        date(event.start)
        optional(event.end) { $0.date($1) }
        optional(event.published) { $0.date($1) }
        switch event.origin {
        case .handWritten: int(0)
        case .imported(let release, let sheet, let row):
            int(1)
            string(release)
            string(sheet)
            int(row)
        case .register: int(2)
        }
        detail(event.detail)
    }

    private mutating func detail(_ detail: EventDetail) {
        switch detail {
        case .inspection(let inspection):
            int(1)
            string(inspection.framework.rawValue)
            optional(inspection.type) { $0.string($1.rawValue) }
            array(inspection.judgements) { writer, judgement in
                writer.string(judgement.area.rawValue)
                writer.string(judgement.grade.rawValue)
            }
        case .intervention(let intervention):
            int(2)
            string(intervention.action.rawValue)
            optional(intervention.target) { $0.string($1) }
            optional(intervention.replaces) { $0.string($1) }
            bool(intervention.dateIsUpperBound)
            optional(intervention.legalBasis) { $0.string($1) }
        default:
            // Not kept in a summary's events; written whole so that nothing is lost if it is.
            int(3)
            string((try? JSONEncoder().encode(detail)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
    }

    private mutating func date(_ date: PartialDate) {
        int(date.year)
        int(date.month ?? 0)
        int(date.day ?? 0)
    }

    private mutating func day(_ day: CalendarDay) {
        int(day.year)
        int(day.month)
        int(day.day)
    }
}

extension CompactReader {
    fileprivate mutating func council() throws -> Council {
        let id = try string(), name = try string()
        let region = try optional { try $0.string() }, areaCode = try optional { try $0.string() }
        let isFormer = try bool()
        let sources = try array { reader in
            DataCoverage.Source(kind: try reader.raw(DataCoverage.Source.Kind.self), name: try reader.string(),
                                asAt: try reader.day())
        }
        let registerCoverage = try optional { reader in
            RegisterCoverage(from: try reader.date(), checked: try reader.day(), listsCouncil: try reader.bool())
        }
        let events = try array { try $0.event() }
        return Council(id: id, name: name, region: region, areaCode: areaCode, isFormer: isFormer, events: events,
                       coverage: DataCoverage(sources: sources), registerCoverage: registerCoverage)
    }

    private mutating func event() throws -> Event {
        let id = try string(), kind = try raw(EventKind.self), title = try string(), start = try date()
        let end = try optional { try $0.date() }, published = try optional { try $0.date() }
        let origin: Origin
        switch try int() {
        case 0: origin = .handWritten
        case 1: origin = .imported(release: try string(), sheet: try string(), row: try int())
        case 2: origin = .register
        default: throw Malformed()
        }
        return Event(id: id, kind: kind, title: title, start: start, end: end, published: published,
                     detail: try detail(), origin: origin)
    }

    private mutating func detail() throws -> EventDetail {
        switch try int() {
        case 1:
            let framework = try raw(Framework.self), type = try optional { try $0.raw(InspectionType.self) }
            let judgements = try array { reader in
                Judgement(area: try reader.raw(JudgementArea.self), grade: try reader.raw(Grade.self))
            }
            return .inspection(Inspection(framework: framework, type: type, judgements: judgements))
        case 2:
            return .intervention(Intervention(
                action: try raw(Intervention.Action.self), target: try optional { try $0.string() },
                replaces: try optional { try $0.string() }, dateIsUpperBound: try bool(),
                legalBasis: try optional { try $0.string() }))
        case 3:
            return try JSONDecoder().decode(EventDetail.self, from: Data(try string().utf8))
        default:
            throw Malformed()
        }
    }

    private mutating func date() throws -> PartialDate {
        let year = try int(), month = try int(), day = try int()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw Malformed()
        }
        return date
    }

    private mutating func day() throws -> CalendarDay {
        guard let day = CalendarDay(year: try int(), month: try int(), day: try int()) else { throw Malformed() }
        return day
    }
}
