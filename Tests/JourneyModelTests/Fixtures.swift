@testable import JourneyModel

/// A small council built in code that mirrors Middlesbrough's journey, for the query tests.
///
/// The events are deliberately not in date order, so the tests see the queries sort them.
enum Fixtures {
    static let middlesbrough = Council(
        id: "middlesbrough", name: "Middlesbrough Council",
        people: people, events: events, letters: [revocationLetter, focusedVisitLetter, commissionerLetter])

    static let events: [Event] = [
        ilacs2019, direction2020, sif2015, directionRevised2022, ilacs2023, focusedVisit2024,
        directionRevoked2024, commissionerAppointed2020,
    ]

    static let sif2015 = Event(
        id: "sif-2015", kind: .inspection, title: "SIF inspection",
        start: date("2015-11-24"), end: date("2015-12-17"), published: date("2016-02-19"),
        summary: "Children at immediate risk were protected quickly.",
        detail: .inspection(Inspection(framework: .sif, judgements: [
            Judgement(area: .overallEffectiveness, grade: .requiresImprovement),
            Judgement(area: .helpAndProtection, grade: .requiresImprovement),
            Judgement(area: .lookedAfterAndPermanence, grade: .requiresImprovement),
            Judgement(area: .adoptionPerformance, grade: .good),
            Judgement(area: .careLeavers, grade: .good),
            Judgement(area: .leadershipManagementGovernance, grade: .requiresImprovement),
            Judgement(area: .safeguardingBoard, grade: .requiresImprovement),
        ])))

    static let ilacs2019 = Event(
        id: "ilacs-2019", kind: .inspection, title: "ILACS standard inspection",
        start: date("2019-11-25"), end: date("2019-12-06"), published: date("2020-01-24"),
        summary: "Services had deteriorated since 2015.\nLeaders had not grasped how bad things were.",
        sources: [Source(title: "Ofsted, Middlesbrough ILACS inspection report, published 24 January 2020",
                         url: "https://files.ofsted.gov.uk/ilacs-2019")],
        people: [EventPerson(name: "Jan Edwards HMI", role: "Lead inspector")],
        detail: .inspection(Inspection(framework: .ilacs, type: .standard, judgements: [
            Judgement(area: .overallEffectiveness, grade: .inadequate),
            Judgement(area: .impactOfLeaders, grade: .inadequate),
            Judgement(area: .helpAndProtection, grade: .inadequate),
            Judgement(area: .childrenInCareAndCareLeavers, grade: .inadequate),
        ])))

    static let direction2020 = Event(
        id: "direction-2020", kind: .direction, title: "Statutory direction", start: date("2020"),
        summary: "The first statutory direction followed the 2019 inspection.",
        detail: .intervention(.direction(.issued)))

    static let directionRevised2022 = Event(
        id: "direction-revised-2022", kind: .direction, title: "Revised statutory direction", start: date("2022"),
        detail: .intervention(.direction(.revised, target: "direction-2020")))

    static let directionRevoked2024 = Event(
        id: "direction-revoked-2024", kind: .direction, title: "Revised statutory direction revoked",
        start: date("2024-09-06"), letterIDs: ["revocation-2024"],
        detail: .intervention(.direction(.revoked, target: "direction-revised-2022")))

    static let ilacs2023 = Event(
        id: "ilacs-2023", kind: .inspection, title: "ILACS standard inspection",
        start: date("2023-03-13"), end: date("2023-03-24"), published: date("2023-05-25"),
        summary: "Gradual improvements to practice since 2019.",
        detail: .inspection(Inspection(framework: .ilacs, type: .standard, judgements: [
            Judgement(area: .overallEffectiveness, grade: .requiresImprovement),
            Judgement(area: .impactOfLeaders, grade: .requiresImprovement),
            Judgement(area: .helpAndProtection, grade: .requiresImprovement),
            Judgement(area: .childrenInCare, grade: .requiresImprovement),
            Judgement(area: .careLeavers, grade: .requiresImprovement),
        ])))

    static let focusedVisit2024 = Event(
        id: "focused-visit-2024-07", kind: .focusedVisit, title: "Focused visit: care leavers",
        start: date("2024-07-31"), end: date("2024-08-01"), published: date("2024-09-02"),
        summary: "A focused visit on care leavers.", detail: .visit(theme: "Care leavers"))

    static let commissionerAppointed2020 = Event(
        id: "commissioner-appointed-2020", kind: .commissioner, title: "Commissioner appointed",
        start: date("2020-02"), letterIDs: ["commissioner-2020"],
        people: [EventPerson(name: "Peter Dwyer OBE", role: "Commissioner")],
        detail: .oversight(.appointment))

    /// The minister's letter: listed on both sides by the revocation, and quoting two events.
    static let revocationLetter = Letter(
        id: "revocation-2024", date: date("2024-09-06"),
        from: "Janet Daby MP, Minister for Children and Families", to: "Mayor Chris Cooke, Middlesbrough Council",
        cc: ["Zafar Uddin, Cabinet Member for Children's Services", "Luke Myers MP"],
        subject: "MIDDLESBROUGH COUNCIL: CHILDREN'S SERVICES STATUTORY DIRECTION",
        eventIDs: ["direction-revoked-2024", "direction-2020"],
        quotes: [Quote(text: "gradual improvements to practice", eventID: "ilacs-2023"),
                 Quote(text: "Radically improve outcomes for care experienced young people",
                       eventID: "focused-visit-2024-07")],
        body: """
        Dear Mayor Chris Cooke

        The 2023 Ofsted inspection noted "gradual improvements to practice", I was pleased.
        The focused visit demonstrated the commitment to "radically improve outcomes for care experienced young people".
        I have decided to revoke the revised Statutory Direction which was issued in 2022.
        """,
        bodyLine: 21)

    /// Ofsted's letter after the focused visit: only the letter names the event.
    static let focusedVisitLetter = Letter(
        id: "focused-visit-2024-letter", date: date("2024-09-02"), from: "Ofsted", to: "Joe Tynan",
        subject: "Focused visit to Middlesbrough children's services", eventIDs: ["focused-visit-2024-07"],
        body: "Care leavers told inspectors about their experiences.", bodyLine: 12)

    /// The commissioner's letter: only the event names it.
    static let commissionerLetter = Letter(
        id: "commissioner-2020", date: date("2020-02"), from: "Department for Education", to: "Peter Dwyer OBE",
        subject: "Appointment as commissioner", body: "You are appointed as commissioner.", bodyLine: 9)

    static let people: [RoleHolder] = [
        RoleHolder(name: "Chris Cooke", role: .mayor, from: date("2023-05-05")),
        RoleHolder(name: "Andy Preston", role: .mayor, from: date("2019-05"), to: date("2023-05-04")),
        RoleHolder(name: "Helen Watson", role: .directorOfChildrensServices, to: date("2020-02")),
        RoleHolder(name: "Sue Butcher", role: .directorOfChildrensServices,
                   title: "Interim Director of Children's Services", from: date("2020-03"), to: date("2022")),
        RoleHolder(name: "Joe Tynan", role: .directorOfChildrensServices, from: date("2024")),
        RoleHolder(name: "Peter Dwyer OBE", role: .commissioner, from: date("2020-02"), to: date("2021-12-31")),
        RoleHolder(name: "Katherine Cowell", role: .regionalDirector),
    ]

    /// A partial date from ISO text; every fixture date is valid, so a bad one is a mistake in a test.
    static func date(_ iso: String) -> PartialDate {
        guard let date = PartialDate(iso: iso) else { fatalError("not an ISO date: \(iso)") }
        return date
    }

    /// A day from ISO text; every fixture day is valid, so a bad one is a mistake in a test.
    static func day(_ iso: String) -> CalendarDay {
        guard let day = CalendarDay(iso: iso) else { fatalError("not an ISO day: \(iso)") }
        return day
    }

    /// A council with only the given events, and nothing else.
    static func council(_ events: [Event], letters: [Letter] = [], people: [RoleHolder] = []) -> Council {
        Council(id: "test", name: "Test Council", people: people, events: events, letters: letters)
    }

    /// A direction event.
    static func direction(_ id: String, _ action: Intervention.Action, _ iso: String, target: String? = nil) -> Event {
        Event(id: id, kind: .direction, title: "Direction \(action.rawValue)", start: date(iso),
              detail: .intervention(.direction(action, target: target)))
    }

    /// A graded ILACS inspection with only an overall grade.
    static func inspection(_ id: String, published iso: String, grade: Grade) -> Event {
        Event(id: id, kind: .inspection, title: "inspection \(id)", start: date(iso), published: date(iso),
              detail: .inspection(Inspection(framework: .ilacs,
                                             judgements: [Judgement(area: .overallEffectiveness, grade: grade)])))
    }
}
