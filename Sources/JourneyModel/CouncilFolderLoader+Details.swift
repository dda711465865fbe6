import Yams

extension CouncilFolderLoader {
    /// The part of an event specific to its kind.
    func readDetail(_ kind: EventKind, _ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                    _ reader: YAMLReader, start: PartialDate, id: String) -> EventDetail {
        switch kind {
        case .inspection:
            return readInspection(entries, node, reader, start: start).map(EventDetail.inspection) ?? .none
        case .focusedVisit, .monitoringVisit:
            return .visit(theme: reader.string(entries["theme"], "theme"))
        case .direction, .improvementNotice, .sendDirection, .sendImprovementNotice:
            return readIntervention(kind, entries, node, reader).map(EventDetail.intervention) ?? .none
        case .commissioner, .adviser:
            guard entries["action"] != nil else { return .none }
            return reader.choice(entries["action"], "action", as: OversightAction.self).map(EventDetail.oversight)
                ?? .none
        case .ministerialDecision, .leadershipChange, .letter:
            return .none
        }
    }

    private func readInspection(_ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                                _ reader: YAMLReader, start: PartialDate) -> Inspection? {
        guard entries["framework"] != nil else {
            reader.error("inspection has no 'framework' (SIF or ILACS)", at: node)
            return nil
        }
        let framework = reader.choice(entries["framework"], "framework", as: Framework.self)
        let type = entries["type"] == nil ? nil : reader.choice(entries["type"], "inspection type", as: InspectionType.self)
        if type != nil, framework != nil, framework != .ilacs {
            reader.error("'type' (standard or short) applies to ILACS inspections only", at: entries["type"])
        }
        guard let framework else { return nil }
        let judgements = readJudgements(entries["judgements"], reader, framework: framework, start: start)
        return Inspection(framework: framework, type: type, judgements: judgements)
    }

    func readJudgements(_ node: Node?, _ reader: YAMLReader, framework: Framework,
                                start: PartialDate) -> [Judgement] {
        guard let entries = reader.mapping(node, "judgements") else { return [] }
        let allowed = framework.areas(startingOn: start)
        var judgements: [Judgement] = []
        for entry in entries {
            guard let area = JudgementArea(rawValue: entry.key) else {
                let names = allowed.map(\.rawValue)
                reader.error("unknown judgement area '\(entry.key)'" + Spelling.hint(for: entry.key, among: names)
                             + " (\(framework.rawValue) areas: \(names.joined(separator: ", ")))", at: entry.keyNode)
                continue
            }
            guard allowed.contains(area) else {
                reader.error("judgement area '\(area.rawValue)' does not belong to a \(framework.rawValue) "
                             + "inspection starting \(start.text) (areas: "
                             + allowed.map(\.rawValue).joined(separator: ", ") + ")", at: entry.keyNode)
                continue
            }
            if let grade = readGrade(entry.value, reader) {
                judgements.append(Judgement(area: area, grade: grade))
            }
        }
        return judgements.sorted { allowed.firstIndex(of: $0.area)! < allowed.firstIndex(of: $1.area)! }
    }

    func readGrade(_ node: Node, _ reader: YAMLReader) -> Grade? {
        guard let text = reader.string(node, "grade") else { return nil }
        if let grade = Grade(text: text) { return grade }
        let names = Grade.allCases.map(\.rawValue)
        var hint = Spelling.hint(for: text, among: names)
        if hint.isEmpty, text.lowercased().hasPrefix("requires improvement") {
            hint = "; did you mean 'Requires improvement to be good'?"
        }
        reader.error("unknown grade '\(text)'\(hint) (Ofsted's grades: \(names.joined(separator: ", ")))", at: node)
        return nil
    }

    /// A direction's or notice's step. The action defaults to `issued`; the target of a revision
    /// or ending (`revises`, `revokes`, `lifts`) may be left out when it is unambiguous, and is
    /// then worked out with the rest of the history (``InterventionHistory``).
    private func readIntervention(_ kind: EventKind, _ entries: [(key: String, keyNode: Node, value: Node)],
                                  _ node: Node, _ reader: YAMLReader) -> Intervention? {
        let actions: [Intervention.Action] = [.issued, .revised, kind.endingAction]
        let names = actions.map(\.rawValue).joined(separator: ", ")
        var action = Intervention.Action.issued
        if let actionNode = entries["action"] {
            guard let text = reader.string(actionNode, "action") else { return nil }
            guard let chosen = Intervention.Action(rawValue: text), actions.contains(chosen) else {
                let hint = text == Intervention.Action.revoked.rawValue || text == Intervention.Action.lifted.rawValue
                    ? "; \(InterventionHistory.aNoun(kind)) is \(kind.endingAction.rawValue)"
                    : Spelling.hint(for: text, among: actions.map(\.rawValue))
                reader.error("unknown \(kind.rawValue) action '\(text)'\(hint) (expected one of: \(names))", at: actionNode)
                return nil
            }
            action = chosen
        }
        let targetKey = action == .issued ? nil : InterventionHistory.targetKey(action, kind: kind)
        for key in ["revises", "revokes", "lifts"] where key != targetKey && entries[key] != nil {
            reader.error("'\(key)' does not apply to \(InterventionHistory.aNoun(kind)) that is \(action.rawValue)",
                         at: entries.keyNode(key))
        }
        if entries["replaces"] != nil && action != .issued {
            reader.error("'replaces' (the improvement notice a direction replaced) belongs on the issued direction",
                         at: entries.keyNode("replaces"))
        }
        if entries["by"] != nil && !action.ends {
            reader.error("'by' (the day by which it had ended) is for a \(kind.endingAction.rawValue) "
                         + "\(InterventionHistory.noun(kind)) whose date is not known; give 'date'", at: entries.keyNode("by"))
        }
        let target = targetKey.flatMap { reader.string(entries[$0], $0) }
        let replaces = action == .issued ? reader.string(entries["replaces"], "replaces") : nil
        let standard = kind == .direction ? Intervention.standardLegalBasis : nil
        return Intervention(action: action, target: target, replaces: replaces,
                            dateIsUpperBound: entries["by"] != nil && action.ends,
                            legalBasis: reader.string(entries["legal-basis"], "legal-basis") ?? standard)
    }

    /// A title for people when the file gives none.
    static func defaultTitle(kind: EventKind, detail: EventDetail, date: PartialDate) -> String {
        switch detail {
        case .inspection(let inspection):
            let type = inspection.type.map { " \($0.rawValue)" } ?? ""
            return "\(inspection.framework.rawValue)\(type) inspection"
        case .visit(let theme):
            return kind.label + (theme.map { ": \($0)" } ?? "")
        case .intervention(let intervention):
            let measure = kind.measureName.prefix(1).uppercased() + kind.measureName.dropFirst()
            return "\(measure) \(intervention.action.rawValue)"
                + (intervention.dateIsUpperBound ? " by \(date.text) (exact date not known)" : "")
        case .oversight(let action):
            return "\(kind.label) \(action.rawValue)"
        case .none:
            return kind.label
        }
    }
}
