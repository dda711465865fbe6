import Foundation

/// A synthetic but valid council folder for benchmarks: thousands of events of every kind over
/// three decades, with directions and notices in well-formed chains, and letters that concern
/// and quote events. Nothing in it is a fact about a real council: its name and every source
/// say so.
public struct SyntheticCouncil: Sendable {
    /// The folder name and council id.
    public let id: String
    /// How many events the file holds (at least the intervention chains' own).
    public let eventCount: Int
    /// How many letters are written beside it.
    public let letterCount: Int

    public init(id: String = "synthetic", eventCount: Int = 3000, letterCount: Int = 40) {
        self.id = id
        self.eventCount = eventCount
        self.letterCount = letterCount
    }

    private static let firstYear = 1996
    private static let lastYear = 2025
    private static let source = "Synthetic benchmark data written by journey-bench generate; not about any real council"

    /// Writes `<parent>/<id>/council.yaml` and `<parent>/<id>/letters/*.md`.
    ///
    /// - Returns: the council folder.
    @discardableResult
    public func write(into parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent(id, isDirectory: true)
        let letters = folder.appendingPathComponent("letters", isDirectory: true)
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        let events = self.events()
        try councilYAML(events).write(to: folder.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        let cited = events.filter { $0.kind == "inspection" }
        for index in 0..<letterCount {
            let event = cited[index * cited.count / max(1, letterCount)]
            try letter(index, about: event).write(to: letters.appendingPathComponent(String(format: "letter-%03d.md", index)),
                                                  atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// One event as the generator writes it.
    struct Event {
        var id: String
        var kind: String
        var day: String
        var keys: [String]
    }

    /// The events in date order: the intervention chains, then the other kinds spread evenly
    /// over the years to make up the count.
    func events() -> [Event] {
        let chains = interventionChains()
        let others = max(0, eventCount - chains.count)
        let firstDay = Self.ordinal(Self.firstYear, 1, 1)
        let days = Self.ordinal(Self.lastYear, 12, 31) - firstDay
        let filler = (0..<others).map { index in otherEvent(index, day: firstDay + index * days / max(1, others)) }
        return (chains + filler).sorted { ($0.day, $0.id) < ($1.day, $1.id) }
    }

    /// Every four years: an improvement notice issued and lifted, then a direction issued,
    /// revised and revoked, then a SEND direction issued and revoked, then a SEND notice issued
    /// and lifted; none overlaps another.
    private func interventionChains() -> [Event] {
        stride(from: Self.firstYear, through: Self.lastYear - 4, by: 4).flatMap { year -> [Event] in
            let notice = "notice-\(year)", direction = "direction-\(year + 1)", send = "send-direction-\(year + 2)"
            return [
                Event(id: notice, kind: "improvement-notice", day: "\(year)-03-01", keys: ["action: issued"]),
                Event(id: "notice-lifted-\(year)", kind: "improvement-notice", day: "\(year)-09-01",
                      keys: ["action: lifted", "lifts: \(notice)"]),
                Event(id: direction, kind: "direction", day: "\(year + 1)-03-01", keys: ["action: issued"]),
                Event(id: "direction-revised-\(year + 1)", kind: "direction", day: "\(year + 1)-09-01",
                      keys: ["action: revised", "revises: \(direction)"]),
                Event(id: "direction-revoked-\(year + 2)", kind: "direction", day: "\(year + 2)-03-01",
                      keys: ["action: revoked", "revokes: direction-revised-\(year + 1)"]),
                Event(id: send, kind: "send-direction", day: "\(year + 2)-06-01", keys: ["action: issued"]),
                Event(id: "send-revoked-\(year + 3)", kind: "send-direction", day: "\(year + 3)-06-01",
                      keys: ["action: revoked", "revokes: \(send)"]),
                Event(id: "send-notice-\(year + 3)", kind: "send-improvement-notice", day: "\(year + 3)-09-01",
                      keys: ["action: issued"]),
                Event(id: "send-notice-lifted-\(year + 3)", kind: "send-improvement-notice", day: "\(year + 3)-12-01",
                      keys: ["action: lifted", "lifts: send-notice-\(year + 3)"]),
            ]
        }
    }

    private static let otherKinds = [
        "inspection", "focused-visit", "monitoring-visit", "monitoring-visit", "leadership-change",
        "commissioner", "adviser", "ministerial-decision", "letter", "inspection",
    ]

    private func otherEvent(_ index: Int, day ordinal: Int) -> Event {
        let kind = Self.otherKinds[index % Self.otherKinds.count]
        let day = Self.dayText(ordinal)
        var keys: [String] = []
        switch kind {
        case "inspection": keys = Self.inspectionKeys(year: Int(day.prefix(4)) ?? Self.lastYear, index: index)
        case "focused-visit", "monitoring-visit": keys = ["theme: Synthetic theme \(index % 17)"]
        case "commissioner", "adviser": keys = ["action: \(index % 2 == 0 ? "appointment" : "review")"]
        default: keys = ["title: Synthetic \(kind.replacingOccurrences(of: "-", with: " ")) \(index)"]
        }
        if index % 3 == 0 { keys += ["people:", "  - name: Person \(index % 97)", "    role: Synthetic role"] }
        return Event(id: String(format: "e%04d-%@", index, kind), kind: kind, day: day, keys: keys)
    }

    /// A framework and grades that fit the inspection's year.
    private static func inspectionKeys(year: Int, index: Int) -> [String] {
        let grades = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
        let grade = { (offset: Int) in grades[(index / 10 + offset) % grades.count] }
        let (framework, areas): (String, [String]) = switch year {
        case ..<2009: ("CPI", ["overall-effectiveness"])
        case ..<2013: ("SLAC", ["safeguarding", "looked-after-children"])
        case ..<2018: ("SIF", ["overall-effectiveness", "help-and-protection", "looked-after-and-permanence",
                               "adoption-performance", "care-leavers", "leadership-management-and-governance", "lscb"])
        case ..<2023: ("ILACS", ["overall-effectiveness", "impact-of-leaders", "help-and-protection",
                                 "children-in-care-and-care-leavers"])
        default: ("ILACS", ["overall-effectiveness", "impact-of-leaders", "help-and-protection", "children-in-care",
                            "care-leavers"])
        }
        return ["framework: \(framework)"] + (framework == "ILACS" ? ["type: standard"] : []) + ["judgements:"]
            + areas.enumerated().map { "  \($0.element): \(grade($0.offset))" }
    }

    private func councilYAML(_ events: [Event]) -> String {
        var text = """
            # Synthetic council for journey-bench: \(events.count) events. Not about any real council.
            council:
              id: \(id)
              name: Synthetic Council (\(events.count) events)
              region: Nowhere
              as-at: \(Self.lastYear)-12-31

            events:

            """
        for event in events {
            text += "  - id: \(event.id)\n    kind: \(event.kind)\n    date: \(event.day)\n"
            text += event.keys.map { "    \($0)\n" }.joined()
            text += "    summary: >-\n      \(Self.summary(of: event))\n"
            text += "    sources:\n      - \"\(Self.source)\"\n"
        }
        return text
    }

    /// A summary long enough to wrap over a few lines of the detail pane.
    private static func summary(of event: Event) -> String {
        "A synthetic \(event.kind.replacingOccurrences(of: "-", with: " ")) on \(event.day), written only to "
            + "measure the browser at scale: its words wrap over several lines of the detail pane so that the "
            + "layout of each selected event costs what a real one does."
    }

    private func letter(_ index: Int, about event: Event) -> String {
        let phrase = "synthetic phrase number \(index)"
        let body = (0..<60).map { line in
            "Paragraph \(line) of synthetic letter \(index). " + (line == 7 ? "It quotes a \(phrase) here. " : "")
                + "The text runs on to fill the reader with lines that wrap at the width of the screen."
        }.joined(separator: "\n\n")
        return """
            ---
            id: letter-\(index)
            date: \(event.day)
            from: Synthetic sender \(index)
            to: Synthetic recipient \(index)
            subject: "Synthetic letter \(index)"
            events: [\(event.id)]
            quotes:
              - text: \(phrase)
                event: \(event.id)
            sources:
              - "\(Self.source)"
            ---
            \(body)

            """
    }

    // MARK: - Days

    private static func ordinal(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let components = DateComponents(calendar: calendar, year: year, month: month, day: day)
        return Int((calendar.date(from: components)?.timeIntervalSince1970 ?? 0) / 86_400)
    }

    private static func dayText(_ ordinal: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(ordinal) * 86_400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()
}
