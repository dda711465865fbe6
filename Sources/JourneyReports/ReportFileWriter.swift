import JourneyImport
import JourneyModel

/// Renders a report's file (`reports/<id>.txt`, see docs/reports.md): front matter with what was
/// read from the text, then the text itself, page by page. Deterministic, so the same PDF gives
/// the same bytes; every string from the PDF is written double-quoted with escapes.
enum ReportFileWriter {
    /// Ofsted's reports are Crown copyright, published under the Open Government Licence.
    static let licence = "Crown copyright. Ofsted's report, reproduced under the Open Government Licence v3.0 "
        + "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)."

    static func render(id: String, event: Event, facts: ReportFacts, sha256: String, extraction: PDFExtractor.Extraction) -> String {
        let quoted = ImportYAML.quoted
        var lines = ["---",
                     "# Ofsted's report, attached by `journey import reports` (docs/reports.md). The fields below",
                     "# were read from the text that follows them, which is pdftotext's, page by page.",
                     "id: \(id)", "event: \(event.id)", "kind: \(facts.kind.rawValue)"]
        if let framework = facts.framework { lines.append("framework: \(framework.rawValue)") }
        lines.append("title: \(quoted(facts.title))")
        if let name = facts.councilNames.first { lines.append("council-name: \(quoted(name))") }
        if let start = facts.start { lines.append("start: \(start.iso)") }
        if let end = facts.end { lines.append("end: \(end.iso)") }
        if let published = facts.published { lines.append("published: \(published.iso)") }
        if let lead = facts.leadInspector { lines.append("lead-inspector: \(quoted(lead))") }
        if !facts.judgements.isEmpty {
            lines.append("judgements:")
            lines += facts.judgements.map { "  \($0.area.rawValue): \(quoted($0.grade.rawValue))" }
        }
        if let heading = facts.improvementsHeading, !facts.improvements.isEmpty {
            lines += ["improvements:", "  heading: \(quoted(heading))", "  items:"]
            lines += facts.improvements.map { "    - \(quoted($0))" }
        }
        lines += ["source:", "  sha256: \(sha256)", "  pages: \(extraction.pages.count)",
                  "  extractor: \(quoted(extraction.extractor))", "licence: \(quoted(licence))", "---"]
        return lines.joined(separator: "\n") + "\n" + ReportFile.body(pages: extraction.pages)
    }
}
