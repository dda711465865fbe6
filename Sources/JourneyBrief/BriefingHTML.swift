/// A briefing as one self-contained HTML file: inline CSS (with print rules), the journey
/// picture as inline SVG, no scripts and nothing fetched. Every element is closed and every
/// entity is one XML knows, so the page also parses as XML. All data text is escaped.
public enum BriefingHTML {
    public static func render(_ briefing: Briefing) -> String {
        let title = "Briefing: \(briefing.councilName) on \(briefing.day.text)"
        var body = ["<header>", "<h1>\(e(title))</h1>"]
        if !briefing.councilLine.isEmpty { body.append("<p class=\"council\">\(e(briefing.councilLine))</p>") }
        body.append("<p>Where \(e(briefing.councilName)) stands on \(briefing.day.text)\(e(briefing.precisionNote)), "
                    + "how it got there, what the advisor noted, and every source cited.</p>")
        body.append("<p><strong>Data as at:</strong> \(e(briefing.dataAsAt))</p>")
        if let caveat = briefing.caveat { body.append("<p class=\"caveat\"><strong>Note:</strong> \(e(caveat))</p>") }
        body.append("</header>")
        body += ["<main>"] + standing(briefing) + history(briefing) + review(briefing) + sources(briefing) + ["</main>"]
        return (["<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\"/>",
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
                 "<title>\(e(title))</title>", "<style>", BriefingStyle.css, "</style>", "</head>", "<body>"]
                + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    private static func standing(_ briefing: Briefing) -> [String] {
        var html = ["<section aria-labelledby=\"standing\">",
                    "<h2 id=\"standing\">Where it stands on \(briefing.day.text)</h2>",
                    "<table class=\"facts\">", "<tbody>"]
        for fact in briefing.facts {
            let details = fact.details.map { "<br/><span class=\"detail\">\(e($0))</span>" }.joined()
            html.append("<tr><th scope=\"row\">\(e(fact.label))</th><td>\(e(fact.value))\(details)</td></tr>")
        }
        html += ["</tbody>", "</table>"]
        if !briefing.judgements.isEmpty {
            html += ["<h3>Latest judgements</h3>", "<table>",
                     "<thead><tr><th scope=\"col\">Judgement</th><th scope=\"col\">Grade</th></tr></thead>", "<tbody>"]
            html += briefing.judgements.map {
                "<tr><th scope=\"row\">\(e($0.area))</th><td>\(e($0.grade)) (<strong>\(e($0.letter))</strong>)</td></tr>"
            }
            html += ["</tbody>", "</table>"]
        }
        html.append("<h3>People in post</h3>")
        if briefing.inPost.isEmpty {
            html.append("<p>The council file records nobody in post on this day.</p>")
        } else {
            html += ["<table>", "<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Name</th>"
                     + "<th scope=\"col\">Certainty</th></tr></thead>", "<tbody>"]
            html += briefing.inPost.map {
                "<tr><th scope=\"row\">\(e($0.role))</th><td>\(e($0.name))</td>"
                    + "<td>\(e($0.uncertainty.map { "possibly: \($0)" } ?? "in post"))</td></tr>"
            }
            html += ["</tbody>", "</table>"]
        }
        return html + ["</section>"]
    }

    private static func history(_ briefing: Briefing) -> [String] {
        var html = ["<section aria-labelledby=\"history\">", "<h2 id=\"history\">How it got there</h2>",
                    "<figure>", JourneySVG.render(briefing.picture, councilName: briefing.councilName),
                    "<figcaption>\(legend)</figcaption>", "</figure>"]
        if briefing.entries.isEmpty {
            html.append("<p>No events on record by this day.</p>")
        } else {
            html += ["<table class=\"timeline\">", "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th>"
                     + "<th scope=\"col\">Outcome</th><th scope=\"col\">Review</th><th scope=\"col\">Id</th></tr></thead>",
                     "<tbody>"]
            html += briefing.entries.map {
                "<tr><td>\(e($0.dates))</td><th scope=\"row\">\(e($0.event))</th>"
                    + "<td>\(e($0.outcome))</td><td>\(e($0.review))</td><td><code>\(e($0.id))</code></td></tr>"
            }
            html += ["</tbody>", "</table>"]
        }
        if briefing.laterEvents > 0 {
            let count = briefing.laterEvents
            html.append("<p>\(count) later event\(count == 1 ? " is" : "s are") not in this briefing.</p>")
        }
        return html + ["</section>"]
    }

    /// The key to the picture: each glyph drawn as in the picture, with its meaning in words.
    private static var legend: String {
        let marks: [(JourneyPicture.MarkKind, String)] = [
            (.inspection(.outstanding), "Outstanding (O, circle)"), (.inspection(.good), "Good (G, square)"),
            (.inspection(.requiresImprovement), "Requires improvement to be good (RI, triangle)"),
            (.inspection(.inadequate), "Inadequate (I, diamond)"), (.inspection(nil), "no overall grade, or not yet published (?)"),
            (.focusedVisit, "focused visit (f)"), (.monitoringVisit, "monitoring visit (m)"),
            (.other, "other event (dot)"),
        ]
        let bars: [(JourneyPicture.PeriodKind, String)] = [
            (.direction, "under statutory direction (solid bar; [ issued, + revised, ] revoked)"),
            (.notice, "under an improvement notice (hatched bar; ( issued, ) lifted)"),
            (.unknown, "not known (dotted bar)"),
        ]
        let items = marks.map { "<li>\(JourneySVG.legendGlyph($0.0)) \(e($0.1))</li>" }
            + bars.map { "<li>\(JourneySVG.legendBar($0.0)) \(e($0.1))</li>" }
            + ["<li>▼ dashed line: the briefing's day</li>"]
        return "<span class=\"key\">Key:</span><ul class=\"legend\">" + items.joined() + "</ul>"
    }

    private static func review(_ briefing: Briefing) -> [String] {
        var html = ["<section aria-labelledby=\"review\">", "<h2 id=\"review\">What the advisor noted</h2>"]
        let reviewed = "\(briefing.reviewedCount) of \(briefing.entries.count) events marked reviewed."
        if briefing.flagged.isEmpty {
            html.append("<p>Nothing flagged. \(reviewed)</p>")
        } else {
            html += ["<p>Flagged:</p>", "<ul class=\"flagged\">"] + briefing.flagged.map { "<li>⚑ \(e($0))</li>" }
            html += ["</ul>", "<p>\(reviewed)</p>"]
        }
        if briefing.notes.isEmpty { html.append("<p>No notes recorded.</p>") }
        for note in briefing.notes {
            let orphaned = note.orphaned ? " <em>(orphaned: no longer in the council's data)</em>" : ""
            html += ["<article class=\"note\">", "<h3>\(e(note.about))\(orphaned)</h3>",
                     "<p class=\"byline\">\(e(note.author)), \(e(note.written))</p>", "<blockquote>"]
            html += note.lines.map { $0.isEmpty ? "<br/>" : "<p>\(e($0))</p>" }
            html += ["</blockquote>", "</article>"]
        }
        return html + ["</section>"]
    }

    private static func sources(_ briefing: Briefing) -> [String] {
        var html = ["<section aria-labelledby=\"sources\">", "<h2 id=\"sources\">Sources</h2>"]
        for group in briefing.sources {
            html += ["<h3 class=\"source\">\(e(group.heading))</h3>", "<ul>"]
            html += group.citations.map { "<li>\(e($0.title))" + ($0.url.map { " — " + HTMLText.address($0) } ?? "") + "</li>" }
            html.append("</ul>")
        }
        return html + ["</section>"]
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }
}
