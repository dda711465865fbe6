import JourneyModel

/// Every source a briefing rests on, grouped by what it supports: the data's coverage, each
/// event's sources (the register's apart, with the register's own indexes), letters, reports,
/// the people in post and the inspection framework behind the next-inspection estimate.
enum BriefingSources {
    typealias Citation = Briefing.Citation
    typealias Group = Briefing.SourceGroup

    static func groups(council: Council, events: [Event], day: CalendarDay, nextInspection: NextInspection?,
                       register: RegisterInfo?) -> [Group] {
        var groups = [Group(heading: "How far the data reaches", citations: council.coverage.sources.map {
            Citation(title: $0.name.contains($0.asAt.text) ? $0.name : "\($0.name), as at \($0.asAt.text)", url: nil)
        })]
        groups += events.filter { $0.origin != .register }.compactMap(eventGroup)
        let registerEvents = events.filter { $0.origin == .register }
        if council.registerCoverage != nil || !registerEvents.isEmpty {
            groups.append(registerIndexGroup(register, coverage: council.registerCoverage))
            groups += registerEvents.compactMap(eventGroup)
        }
        let eventIDs = Set(events.map(\.id))
        groups += council.letters.filter { $0.date.first <= day || !eventIDs.isDisjoint(with: $0.eventIDs) }
            .map(letterGroup)
        groups += council.reports.filter { eventIDs.contains($0.eventID) }.map(reportGroup)
        groups += peopleGroups(council, day: day)
        if let nextInspection {
            groups.append(Group(heading: "Next inspection estimate",
                                citations: [Citation(title: "Ofsted, Inspecting local authority children's services "
                                                     + "(ILACS), \(nextInspection.framework.label)",
                                                     url: nextInspection.framework.url)]))
        }
        return groups.filter { !$0.citations.isEmpty }.map(cleaned)
    }

    /// An event's sources; an imported event cites its release, sheet and row.
    private static func eventGroup(_ event: Event) -> Group? {
        var citations = event.sources.map(citation)
        if citations.isEmpty, case .imported(let release, let sheet, let row) = event.origin {
            citations.append(Citation(title: "\(release), sheet \(sheet), row \(row)", url: nil))
        }
        return Group(heading: "\(event.start.iso) \(event.title) [\(event.id)]", citations: citations)
    }

    /// The register of DfE interventions: its indexes and how far it was checked.
    private static func registerIndexGroup(_ register: RegisterInfo?, coverage: RegisterCoverage?) -> Group {
        var citations = (register?.indexes ?? []).map { index in
            Citation(title: (index.title ?? "Index") + (index.asOf.map { " (as of \($0.text))" } ?? ""), url: index.url)
        }
        if let coverage {
            let listed = coverage.listsCouncil ? "lists this council" : "does not list this council"
            citations.insert(Citation(title: "\(register?.title ?? "DfE register of interventions"): from "
                                      + "\(coverage.from.text), checked to \(coverage.checkedText); \(listed)",
                                      url: nil), at: 0)
        }
        return Group(heading: "DfE register of interventions", citations: citations)
    }

    private static func letterGroup(_ letter: Letter) -> Group {
        var citations = letter.sources.map(citation)
        if let licence = letter.licence { citations.append(Citation(title: "Licence: \(licence)", url: nil)) }
        if citations.isEmpty { citations.append(Citation(title: "The letter's text in the council file", url: nil)) }
        return Group(heading: "Letter \(letter.date.iso): \(letter.subject) [\(letter.id)]", citations: citations)
    }

    private static func reportGroup(_ report: Report) -> Group {
        Group(heading: "\(report.label): \(report.title) [\(report.id)]", citations: [
            Citation(title: "\(report.file), \(report.pageCount) pages, SHA-256 \(report.sha256)", url: nil),
            Citation(title: "Licence: \(report.licence)", url: nil),
        ])
    }

    /// The sources of each person in post on the day, as the council file gives them.
    private static func peopleGroups(_ council: Council, day: CalendarDay) -> [Group] {
        let holders = council.postHolders(on: day)
        return council.people.filter { person in
            holders.contains { $0.name == person.name && $0.role == person.role }
        }.map { person in
            Group(heading: "\(person.role.label): \(person.name)", citations: person.sources.map(citation))
        }
    }

    private static func citation(_ source: Source) -> Citation {
        Citation(title: source.title ?? (source.url == nil ? "Untitled source" : "Web page"), url: source.url)
    }

    private static func cleaned(_ group: Group) -> Group {
        Group(heading: PlainText.clean(group.heading), citations: group.citations.map {
            Citation(title: PlainText.clean($0.title), url: $0.url.map(PlainText.clean))
        })
    }
}
