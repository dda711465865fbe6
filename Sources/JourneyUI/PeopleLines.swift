import JourneyModel

/// The people in post on a day, for the detail pane: certain holders by role, then those the
/// file's dates leave open, each with why.
enum PeopleLines {
    static func lines(_ holders: [PostHolder], width: Int) -> [[StyledText]] {
        guard !holders.isEmpty else { return [[StyledText("Nobody in the file is known to be in post then.", .dim)]] }
        let certain = holders.filter { $0.certainty == .yes }
        let possible = holders.filter { $0.certainty != .yes }
        var lines = certain.map(line)
        if !possible.isEmpty {
            if !lines.isEmpty { lines.append([]) }
            lines.append([StyledText("Possibly in post (the file's dates do not settle it)", .label)])
            lines += possible.flatMap { holder in
                [line(holder)] + DetailView.wrapped(holder.uncertainty ?? "dates not recorded", width: width,
                                                    indent: "    ", role: .dim)
            }
        }
        return lines
    }

    private static func line(_ holder: PostHolder) -> [StyledText] {
        [StyledText(holder.role.label + ": ", .label), StyledText(holder.name)]
    }
}
