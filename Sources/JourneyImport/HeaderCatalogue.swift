import JourneyModel

/// Every header the importer knows, in each wording the releases have used, and where it goes.
///
/// Headers are compared after ``HeaderText/normalise(_:)``, so case, punctuation and line
/// breaks do not matter; anything else that differs is a new wording and is refused.
enum HeaderCatalogue {
    /// Whether a row is a council table's header row: it has a "Local authority name" header
    /// (in a known wording) and at least one other header.
    static func isHeaderRow(_ cells: [ODSCell]) -> Bool {
        let headers = cells.filter { !$0.isEmpty }
        return headers.count > 1 && headers.contains { place($0.trimmedText) == .name }
    }

    /// Where a header goes, or nil when it is not a known wording. Known wordings come first;
    /// then, for headers that name no framework, what the words mean (``byMeaning(_:)``).
    static func place(_ text: String) -> ColumnMeaning? {
        let key = HeaderText.normalise(text)
        return fixed[key] ?? ilacsSlot(key) ?? sifSlot(key) ?? byMeaning(key)
    }

    /// Words that tie a header to one inspection of a wide history table.
    private static let frameworkWords: Set<Substring> = ["ilacs", "sif", "slac", "cpi", "cpri", "tlac", "lscb",
                                                          "first", "second", "third", "re"]

    /// A header placed by the words it holds, as new releases reword them: "Date of inspection",
    /// "Report publication date", "inspection_type", "Experiences and progress of children in care
    /// (sub-judgement)". Nil for headers that name a framework or a slot of a wide table.
    static func byMeaning(_ key: String) -> ColumnMeaning? {
        let words = key.split(separator: " ")
        let set = Set(words)
        guard set.isDisjoint(with: frameworkWords), !set.isEmpty else { return nil }
        if set.contains("date") {
            if !set.isDisjoint(with: ["publication", "published", "publish", "report"]) { return .published }
            if !set.isDisjoint(with: ["inspection", "visit", "start", "started", "inspected"]) { return .start }
            return nil
        }
        if set.contains("type"), !set.isDisjoint(with: ["inspection", "visit", "event"]) { return .type }
        if set.contains("theme") { return .theme }
        return judgementByMeaning(key, set).map { .judgement($0) }
    }

    private static func judgementByMeaning(_ key: String, _ words: Set<Substring>) -> JudgementArea? {
        if words.contains("overall"), !words.isDisjoint(with: ["effectiveness", "judgement", "grade"]) {
            return .overallEffectiveness
        }
        if words.contains("impact"), words.contains("leaders") { return .impactOfLeaders }
        guard !words.isDisjoint(with: ["experiences", "experience", "progress"]) else { return nil }
        if words.contains("help"), words.contains("protection") { return .helpAndProtection }
        let inCare = key.contains("children in care") || key.contains("children looked after")
        let leavers = key.contains("care leavers")
        if inCare && leavers { return .childrenInCareAndCareLeavers }
        if inCare { return .childrenInCare }
        if leavers { return .careLeavers }
        return nil
    }

    /// The known wordings, as people read them, for error messages.
    static let examples: [String] = [
        "Web link", "Local authority area code", "Local authority name", "Ofsted region", "Region",
        "Local authority status", "LA Authority Type", "Inspection date", "Inspection/Visit date",
        "Publication date", "Inspection type", "Inspection/Visit type", "Visit Theme", "Overall effectiveness",
        "The impact of leaders on social work practice with children and families", "Impact of leaders",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care", "The experiences and progress of care leavers",
        "Experiences and progress of children in care and care leavers",
        "First ILACS framework publication date", "Second ILACS overall effectiveness",
        "First SIF Overall Judgement (OE)", "SIF Re-inspection children who need help and protection",
        "LSCB Overall Effectiveness", "SLAC Safeguarding Overall effectiveness (OE)",
        "CPI Overall Effectiveness (OE)", "TLAC Overall Effectiveness (OE)",
    ]

    /// The known wordings sharing the most words with `text`, best first.
    static func suggestions(for text: String, count: Int = 3) -> [String] {
        let words = Set(HeaderText.normalise(text).split(separator: " "))
        let scored = examples.map { example in
            (example, Set(HeaderText.normalise(example).split(separator: " ")).intersection(words).count)
        }
        let best = scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(count).map(\.0)
        return best.isEmpty ? Array(examples.prefix(count)) : best
    }

    /// ILACS judgement wordings, long and short, without a leading "the".
    static let ilacsJudgements: [String: JudgementArea] = [
        "overall effectiveness": .overallEffectiveness,
        "impact of leaders on social work practice with children and families": .impactOfLeaders,
        "impact of leaders": .impactOfLeaders,
        "experiences and progress of children who need help and protection": .helpAndProtection,
        "experiences and progress of children in care": .childrenInCare,
        "experiences and progress of care leavers": .careLeavers,
        "experiences and progress of children in care and care leavers": .childrenInCareAndCareLeavers,
    ]

    /// Columns that say which council a row is about, including explore-education-statistics'
    /// standard columns (`time_period`, `geographic_level`, `new_la_code`, `la_name`, ...).
    private static let identity: [String: ColumnMeaning] = [
        "web link": .ignored, "link": .ignored, "url": .ignored,
        "local authority area code": .areaCode, "la area code": .areaCode, "area code": .areaCode,
        "new la code": .areaCode, "gss code": .areaCode, "local authority code": .areaCode,
        "local authority name": .name, "la name": .name,
        "ofsted region": .region, "region": .region, "la region": .region, "region name": .region,
        "local authority status": .status, "la status": .status,
        "la authority type": .authorityType, "local authority type": .authorityType,
        "geographic level": .geographicLevel,
        "old la code": .ignored, "region code": .ignored, "country code": .ignored, "country name": .ignored,
        "time period": .ignored, "time identifier": .ignored,
    ]

    /// Headers that make a table about providers, settings or schools rather than councils.
    private static let otherSubjects: [String: ColumnMeaning] = [
        "urn": .otherSubject, "linked education urn": .otherSubject, "school urn": .otherSubject,
        "ukprn": .otherSubject, "provider ukprn": .otherSubject, "name": .otherSubject,
        "provider": .otherSubject, "provider name": .otherSubject, "provision type": .otherSubject,
        "setting": .otherSubject, "setting name": .otherSubject, "school": .otherSubject, "school name": .otherSubject,
    ]

    private static let eventFields: [String: ColumnMeaning] = [
        "inspection date": .start, "inspection visit date": .start, "visit date": .start,
        "publication date": .published, "inspection type": .type, "inspection visit type": .type,
        "visit theme": .theme, "theme": .theme, "published": .published, "type": .type,
        // explore-education-statistics' short forms of the judgements.
        "help and protection": .judgement(.helpAndProtection),
        "children in care": .judgement(.childrenInCare), "care leavers": .judgement(.careLeavers),
        "children in care and care leavers": .judgement(.childrenInCareAndCareLeavers),
    ]

    private static let fixed: [String: ColumnMeaning] = {
        var table = identity.merging(eventFields) { first, _ in first }.merging(otherSubjects) { first, _ in first }
        for (wording, area) in ilacsJudgements {
            table[wording] = .judgement(area)
            table["the " + wording] = .judgement(area)
        }
        return table.merging(olderFrameworks) { first, _ in first }
    }()

    /// The pre-SIF frameworks of the 2009-20XX history tables, exactly as the releases word them.
    private static let olderFrameworks: [String: ColumnMeaning] = {
        let slac = WideSlot(framework: .slac, variant: "")
        let slacSafeguarding = WideSlot(framework: .slac, variant: "re-inspection of safeguarding")
        let slacLooked = WideSlot(framework: .slac, variant: "re-inspection of services for looked after children")
        let cpi = WideSlot(framework: .cpi, variant: "")
        let cpri = WideSlot(framework: .cpi, variant: "re-inspection")
        let tlac = WideSlot(framework: .tlac, variant: "")
        let first = WideSlot(framework: .sif, variant: "first")
        return [
            "safeguarding and looked after children slac inspection publication date": .slot(slac, .published),
            "slac safeguarding overall effectiveness oe": .slot(slac, .judgement(.safeguarding)),
            "slac looked after children overall effectiveness oe": .slot(slac, .judgement(.lookedAfterChildren)),
            "slac re inspection of safeguarding publication date": .slot(slacSafeguarding, .published),
            "slac re inspection safeguarding oe": .slot(slacSafeguarding, .judgement(.safeguarding)),
            "slac re inspection of services for children looked after publication date":
                .slot(slacLooked, .published),
            "slac re inspection of services children looked after oe":
                .slot(slacLooked, .judgement(.lookedAfterChildren)),
            "child protection inspections cpi publication date": .slot(cpi, .published),
            "cpi overall effectiveness oe": .slot(cpi, .judgement(.overallEffectiveness)),
            "child protection re inspection cpri publication date": .slot(cpri, .published),
            "cpri overall effectiveness oe": .slot(cpri, .judgement(.overallEffectiveness)),
            "targeted looked after children tlac inspection publication date": .slot(tlac, .published),
            "tlac overall effectiveness oe": .slot(tlac, .judgement(.overallEffectiveness)),
            "lscb overall effectiveness": .slot(first, .judgement(.safeguardingBoard)),
        ]
    }()

    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]

    /// "First ILACS framework overall effectiveness", "Second ILACS publication date", "ILACS framework ...".
    private static func ilacsSlot(_ key: String) -> ColumnMeaning? {
        var words = key.split(separator: " ").map(String.init)
        var variant = ""
        if let first = words.first, ordinals.contains(first) {
            variant = first
            words.removeFirst()
        }
        guard words.first == "ilacs" else { return nil }
        words.removeFirst()
        if words.first == "framework" { words.removeFirst() }
        let field = words.joined(separator: " ")
        let slot = WideSlot(framework: .ilacs, variant: variant)
        switch field {
        case "publication date": return .slot(slot, .published)
        case "inspection date": return .slot(slot, .start)
        case "inspection type": return .slot(slot, .type)
        default: return ilacsJudgements[field].map { .slot(slot, .judgement($0)) }
        }
    }

    private static let sifFields: [String: WideField] = [
        "publication date": .published,
        "overall judgement oe": .judgement(.overallEffectiveness),
        "overall effectiveness": .judgement(.overallEffectiveness),
        "children who need help and protection": .judgement(.helpAndProtection),
        "children looked after and achieving permanence": .judgement(.lookedAfterAndPermanence),
        "cla sub adoption performance": .judgement(.adoptionPerformance),
        "cla sub experiences and progress of care leavers": .judgement(.careLeavers),
        "leadership management and governance": .judgement(.leadershipManagementGovernance),
    ]

    /// "First SIF ...", "SIF Re-inspection ...", with or without the long "Single Inspection
    /// of LA Children's Services (SIF)" prefix the publication-date columns carry.
    private static func sifSlot(_ key: String) -> ColumnMeaning? {
        var rest = key
        let longPrefix = "single inspection of la childrens services sif "
        if rest.hasPrefix(longPrefix) { rest.removeFirst(longPrefix.count) }
        for (prefix, variant) in [("first sif ", "first"), ("sif re inspection ", "re-inspection")]
        where rest.hasPrefix(prefix) {
            let field = String(rest.dropFirst(prefix.count))
            return sifFields[field].map { .slot(WideSlot(framework: .sif, variant: variant), $0) }
        }
        return nil
    }
}
