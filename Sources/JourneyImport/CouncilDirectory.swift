/// What the importer knows about English councils beyond the releases: names that changed,
/// area codes that changed, and councils abolished in local government reorganisations.
enum CouncilDirectory {
    /// A council that no longer exists, kept (flagged) so its history is not lost.
    struct Former: Sendable {
        var id: String
        var name: String
        var areaCode: String?
        /// Normalised names the releases give it.
        var names: [String]
        /// When set, the release's authority type must match too ("shire county"), because
        /// a current council has the same name.
        var authorityType: String?
        var note: String
    }

    static let formers: [Former] = [
        Former(id: "bournemouth", name: "Bournemouth", areaCode: "E06000028", names: ["bournemouth"],
               note: "Abolished on 1 April 2019: merged with Poole and Christchurch into Bournemouth, Christchurch "
                   + "and Poole (bournemouth-christchurch-and-poole)."),
        Former(id: "poole", name: "Poole", areaCode: "E06000029", names: ["poole"],
               note: "Abolished on 1 April 2019: merged with Bournemouth and Christchurch into Bournemouth, "
                   + "Christchurch and Poole (bournemouth-christchurch-and-poole)."),
        Former(id: "dorset-county", name: "Dorset County Council", areaCode: "E10000009", names: ["dorset"],
               authorityType: "shire county",
               note: "The county council, abolished on 1 April 2019: replaced by Dorset Council (dorset) and, "
                   + "for Christchurch, Bournemouth, Christchurch and Poole (bournemouth-christchurch-and-poole)."),
        Former(id: "northamptonshire", name: "Northamptonshire", areaCode: "E10000021", names: ["northamptonshire"],
               note: "Abolished on 1 April 2021: replaced by North Northamptonshire (north-northamptonshire) and "
                   + "West Northamptonshire (west-northamptonshire)."),
        Former(id: "cumbria", name: "Cumbria", areaCode: "E10000006", names: ["cumbria"],
               note: "Abolished on 1 April 2023: replaced by Cumberland (cumberland) and Westmorland and Furness "
                   + "(westmorland-and-furness)."),
    ]

    /// Other names the releases give a current council: normalised name to the usual one.
    static let nameAliases: [String: String] = [
        "bedford borough": "bedford",
        "county durham": "durham",
        "hull": "kingston upon hull",
        "kingston upon hull city of": "kingston upon hull",
        "bristol city of": "bristol",
        "herefordshire county of": "herefordshire",
    ]

    /// Area codes replaced when a county council became a unitary council with the same
    /// area (Ofsted lists them as the same council): old code to new.
    static let codeAliases: [String: String] = [
        "E10000002": "E06000060", // Buckinghamshire, 1 April 2020
        "E10000023": "E06000065", // North Yorkshire, 1 April 2023
        "E10000027": "E06000066", // Somerset, 1 April 2023
    ]

    /// A name reduced for matching: normalised, "City of" and "Council" dropped, aliases applied.
    static func matchingKey(_ name: String) -> String {
        var key = HeaderText.normalise(name)
        for suffix in [" city council", " county council", " borough council", " council"] where key.hasSuffix(suffix) {
            key.removeLast(suffix.count)
            break
        }
        if key.hasPrefix("city of "), key != "city of london" { key.removeFirst("city of ".count) }
        return nameAliases[key] ?? key
    }

    /// The former council a release row names, if any.
    static func former(for council: RawCouncil) -> Former? {
        let code = council.areaCode
        let key = matchingKey(council.name)
        let type = council.authorityType.map(HeaderText.normalise)
        return formers.first { former in
            if let code, let formerCode = former.areaCode { return code == formerCode }
            guard former.names.contains(key) else { return false }
            return former.authorityType == nil || former.authorityType == type
        }
    }
}
