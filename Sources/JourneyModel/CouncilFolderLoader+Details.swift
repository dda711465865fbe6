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
        case .direction:
            return readDirection(entries, node, reader, id: id).map(EventDetail.direction) ?? .none
        case .commissioner, .adviser:
            guard entries["action"] != nil else { return .none }
            return reader.choice(entries["action"], "action", as: OversightAction.self).map(EventDetail.oversight)
                ?? .none
        case .improvementNotice, .ministerialDecision, .leadershipChange, .letter:
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

    private func readDirection(_ entries: [(key: String, keyNode: Node, value: Node)], _ node: Node,
                               _ reader: YAMLReader, id: String) -> Direction? {
        guard entries["action"] != nil else {
            reader.error("direction has no 'action' (issued, revised or revoked)", at: node)
            return nil
        }
        guard let action = reader.choice(entries["action"], "direction action", as: Direction.Action.self) else {
            return nil
        }
        let targetKey: String? = action == .revised ? "revises" : (action == .revoked ? "revokes" : nil)
        for key in ["revises", "revokes"] where key != targetKey && entries[key] != nil {
            reader.error("'\(key)' does not apply to a direction that is \(action.rawValue)", at: entries.keyNode(key))
        }
        var target: String?
        if let targetKey {
            if let targetNode = entries[targetKey], let targetID = reader.string(targetNode, targetKey) {
                references.append(Reference(id: targetID, target: .direction, reader: reader, node: targetNode,
                                            context: targetKey, from: id))
                target = targetID
            } else if entries[targetKey] == nil {
                reader.error("a \(action.rawValue) direction needs '\(targetKey)': the id of the direction it "
                             + (action == .revised ? "replaces" : "ends"), at: node)
            }
        }
        let basis = reader.string(entries["legal-basis"], "legal-basis") ?? Direction.standardLegalBasis
        return Direction(action: action, target: target, legalBasis: basis)
    }

    /// A title for people when the file gives none.
    static func defaultTitle(kind: EventKind, detail: EventDetail) -> String {
        switch detail {
        case .inspection(let inspection):
            let type = inspection.type.map { " \($0.rawValue)" } ?? ""
            return "\(inspection.framework.rawValue)\(type) inspection"
        case .visit(let theme):
            return kind.label + (theme.map { ": \($0)" } ?? "")
        case .direction(let direction):
            return "Statutory direction \(direction.action.rawValue)"
        case .oversight(let action):
            return "\(kind.label) \(action.rawValue)"
        case .none:
            return kind.label
        }
    }
}
