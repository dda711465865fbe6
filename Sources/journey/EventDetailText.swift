import JourneyModel

/// An event in full, as plain text: dates, judgements, summary, people, sources, letters.
struct EventDetailText {
    let event: Event
    let council: Council

    var lines: [String] {
        var lines = ["\(event.title)", "\(event.kind.label) · \(event.id)", ""]
        lines += dateLines
        lines += detailLines
        if case .inspection(let inspection) = event.detail, !inspection.judgements.isEmpty {
            lines += ["", "Judgements"] + inspection.judgements.map {
                "  \($0.area.title): \($0.grade.rawValue) (\($0.grade.letter))"
            } + StatusText.wordingNotes(inspection.framework, inspection.judgements).map { "  \($0)" }
        }
        if !event.summary.isEmpty { lines += [""] + Letter.lines(of: event.summary) }
        if let note = event.note { lines += ["", "Note"] + Letter.lines(of: note).map { "  \($0)" } }
        if !event.people.isEmpty { lines += ["", "People"] + event.people.map { "  \($0.name), \($0.role)" } }
        for report in council.reports(for: event.id) { lines += [""] + ReportLines.summary(report) }
        lines += ["", "Sources"] + event.sources.map { "  \($0.text)" }
        lines += linkLines
        return lines
    }

    /// Which date is which: when it was inspected (or visited), then when it was published.
    private var dateLines: [String] {
        let label = switch event.kind {
        case .inspection: "Inspected: "
        case .focusedVisit, .monitoringVisit: "Visited:   "
        default: "Dates:     "
        }
        let when = event.isDatedOnlyByPublication ? "not given by the release" : EventText.dates(of: event)
        return ["\(label) \(when)"] + (event.published.map { ["Published:  \($0.text)"] } ?? [])
    }

    private var detailLines: [String] {
        switch event.detail {
        case .inspection(let inspection):
            return ["Framework:  \(inspection.framework.rawValue)" + (inspection.type.map { ", \($0.rawValue)" } ?? "")]
        case .visit(let theme):
            return ["Theme:      \(theme ?? "not recorded")", "Grades:     none (visits carry no grades)"]
        case .intervention(let step):
            var lines = ["Action:     \(step.action.rawValue)" + (step.target.map { " (\($0))" } ?? "")
                         + (step.dateIsUpperBound ? "; by this date, the exact date not known" : "")]
            if let notice = step.replaces { lines.append("Replaces:   \(notice) (improvement notice)") }
            if event.kind == .sendDirection || event.kind == .sendImprovementNotice {
                lines.append("Note:       SEND; not counted as a children's social care intervention")
            }
            if case .register = event.origin { lines.append("From:       the DfE interventions register") }
            if let basis = step.legalBasis { lines.append("Legal basis: \(basis)") }
            return lines
        case .oversight(let action):
            return ["Action:     \(action.rawValue)"]
        case .none:
            return []
        }
    }

    private var linkLines: [String] {
        let letters = council.letters(for: event.id)
        let citations = council.citations(of: event.id)
        var lines: [String] = []
        if !letters.isEmpty {
            lines += ["", "Letters"] + letters.map { "  \($0.id): \($0.subject) (\($0.date.text))" }
        }
        if !citations.isEmpty {
            lines += ["", "Quoted in"] + citations.map { "  \($0.letterID)" + ($0.position.map { ", line \($0.lineIndex + 1)" } ?? "") + ": \"\($0.text)\"" }
        }
        return lines
    }
}
