import JourneyModel

/// Finds the councils a report names among the data root's councils, whatever the wording:
/// "Middlesbrough Borough Council", "Wakefield Metropolitan District Council", "London Borough
/// of Barking and Dagenham", "Bristol, City of", or the bare "Birmingham" of a title.
struct CouncilMatcher {
    private var byKey: [String: [Council]] = [:]

    init(councils: [Council]) {
        for council in councils {
            let keys = Set([Self.key(council.name), Self.key(council.id.replacingOccurrences(of: "-", with: " "))])
            for key in keys where !key.isEmpty { byKey[key, default: []].append(council) }
        }
    }

    /// The ids of the councils the names lead to, each once, in the order of the names.
    func councils(named names: [String]) -> [String] {
        var found: [String] = []
        for name in names {
            for council in byKey[Self.key(name)] ?? [] where !found.contains(council.id) {
                found.append(council.id)
            }
        }
        return found
    }

    private static let prefixes = ["the ", "london borough of ", "royal borough of ", "metropolitan borough of ",
                                   "borough of ", "city and county of ", "city of ", "county of ", "county "]
    private static let suffixes = [" council", " city of", " county of", " city", " county", " borough",
                                   " metropolitan", " district", " unitary authority"]
    private static let aliases = ["hull": "kingston upon hull", "bcp": "bournemouth christchurch and poole"]

    /// A name reduced for comparison: lower case, punctuation and "&" made plain, the words that
    /// say what kind of council it is ("London Borough of", "Metropolitan District Council") dropped.
    static func key(_ name: String) -> String {
        var key = FlatText.key(name.replacingOccurrences(of: "&", with: " and ")).replacingOccurrences(of: "'", with: "")
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where key.hasPrefix(prefix) && key.count > prefix.count {
                key.removeFirst(prefix.count)
                changed = true
            }
            for suffix in suffixes where key.hasSuffix(suffix) && key.count > suffix.count {
                key.removeLast(suffix.count)
                changed = true
            }
        }
        return aliases[key] ?? key
    }
}
