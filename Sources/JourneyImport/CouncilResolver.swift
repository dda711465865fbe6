import JourneyModel

/// Matches the councils that release rows name to one council each: by area code where a
/// release gives one, otherwise by name (normalised, with known aliases); councils
/// abolished in reorganisations become former councils. Names come from the newest release.
struct CouncilResolver {
    /// Council by matching key ("code:E06000002", "name:bedford", "former:cumbria").
    private(set) var councils: [String: ResolvedCouncil] = [:]
    /// Renames, code changes and former councils, for the summary.
    private(set) var notes: [String] = []
    private var codeByName: [String: String] = [:]

    /// Learns every council from the mentions, given newest release first.
    init(mentions: [(council: RawCouncil, citation: Observation.Citation)]) {
        for (raw, _) in mentions where CouncilDirectory.former(for: raw) == nil {
            guard let code = raw.areaCode.map(Self.currentCode) else { continue }
            let key = CouncilDirectory.matchingKey(raw.name)
            if codeByName[key] == nil { codeByName[key] = code }
        }
        for (raw, citation) in mentions { learn(raw, from: citation.release) }
        assignIDs()
    }

    /// The key of the council a row names.
    func key(for raw: RawCouncil) -> String {
        if let former = CouncilDirectory.former(for: raw) { return "former:\(former.id)" }
        if let code = raw.areaCode.map(Self.currentCode) ?? codeByName[CouncilDirectory.matchingKey(raw.name)] {
            return "code:\(code)"
        }
        return "name:\(CouncilDirectory.matchingKey(raw.name))"
    }

    private static func currentCode(_ code: String) -> String {
        CouncilDirectory.codeAliases[code] ?? code
    }

    private mutating func learn(_ raw: RawCouncil, from release: ReleaseInfo) {
        let key = key(for: raw)
        guard var council = councils[key] else {
            councils[key] = newCouncil(raw, release: release)
            return
        }
        if council.region == nil { council.region = raw.region }
        if raw.releaseSaysFormer && !council.isFormer {
            council.isFormer = true
            council.note = "Listed as no longer existing in Ofsted's \"\(release.title)\"."
        }
        councils[key] = council
        let renamed = HeaderText.normalise(raw.name) != HeaderText.normalise(council.name)
        if renamed && !council.isFormer {
            addNote("renamed: '\(raw.name)' in \"\(release.title)\" is \(council.name)")
        }
        if let code = raw.areaCode, Self.currentCode(code) != code {
            addNote("area code \(code) in \"\(release.title)\" is now \(Self.currentCode(code)) (\(council.name))")
        }
    }

    private mutating func newCouncil(_ raw: RawCouncil, release: ReleaseInfo) -> ResolvedCouncil {
        if let former = CouncilDirectory.former(for: raw) {
            addNote("former: \(former.name): \(former.note)")
            return ResolvedCouncil(id: former.id, name: former.name, region: raw.region,
                                   areaCode: raw.areaCode ?? former.areaCode, isFormer: true, note: former.note)
        }
        let code = raw.areaCode.map(Self.currentCode) ?? codeByName[CouncilDirectory.matchingKey(raw.name)]
        var council = ResolvedCouncil(id: "", name: raw.name, region: raw.region, areaCode: code, isFormer: false)
        if raw.releaseSaysFormer {
            council.isFormer = true
            council.note = "Listed as no longer existing in Ofsted's \"\(release.title)\"."
            addNote("former: \(raw.name): listed as no longer existing in \"\(release.title)\"")
        }
        return council
    }

    private mutating func addNote(_ note: String) {
        if !notes.contains(note) { notes.append(note) }
    }

    /// Gives every non-former council the id its name makes; a clash gets a numbered suffix.
    private mutating func assignIDs() {
        var taken = Set(councils.values.filter { !$0.id.isEmpty }.map(\.id))
        for key in councils.keys.sorted() where councils[key]?.id.isEmpty == true {
            guard var council = councils[key] else { continue }
            let base = Council.id(forName: council.name)
            var id = base
            var suffix = 2
            while taken.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            if id != base { addNote("id clash: \(council.name) written as \(id)") }
            taken.insert(id)
            council.id = id
            councils[key] = council
        }
    }
}
