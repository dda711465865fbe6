/// The status in words, saying only what the sources establish and, where they stop, on what basis.
extension InterventionStatus {
    /// One sentence for people, e.g. `Under statutory direction since 2020 (revised 2022)`,
    /// `Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); under
    /// direction for between 3 years 8 months and 4 years 8 months`, `Under an improvement notice
    /// since March 2022`, `No statutory direction recorded (DfE register, checked to March 2025)`.
    ///
    /// A sentence split at its first "; " still says nothing untrue in its first part: what is
    /// not known comes first.
    public var sentence: String {
        if let knownUntil { return horizonSentence(knownUntil) }
        if certainty == .unknown, let uncertainty { return unknownSentence(uncertainty) }
        return stateSentence
    }

    /// A SEND direction or notice in force on the day, in words; nil when there is none.
    public var sendSentence: String? {
        guard let send else { return nil }
        if send.endNotRecorded {
            return "Not known whether still under a \(send.kind.measureName) (no end recorded): issued \(send.since.text)"
        }
        guard send.certainty == .yes else {
            return "Not known whether under a \(send.kind.measureName): \(send.uncertainty ?? "dates not known")"
        }
        return "Under a \(send.kind.measureName) since \(send.since.text)"
    }

    /// The sentence for the state as it stands, certain or not.
    var stateSentence: String {
        switch state {
        case .noneRecorded:
            guard let coverage else { return "No statutory direction recorded in the council's file" }
            guard coverage.from.first <= day else {
                return "No statutory direction recorded (the DfE register starts in \(coverage.from.text))"
            }
            return "No statutory direction recorded (DfE register, checked to \(coverage.checkedText))"
        case .notUnderDirection:
            return "Not under a statutory direction"
        case .underDirection(let since, _, let revisions):
            let replaced = replacedNotice.map { ", replacing the improvement notice of \($0.date.text)" } ?? ""
            return "Under statutory direction since \(since.text)\(Self.revised(revisions))\(replaced)\(pending)"
        case .revoked(let on, _, let issued, _, let revisions):
            return ended("Statutory direction revoked", on: on, issued: issued, revisions: revisions,
                         lasted: "under direction")
        case .underNotice(let since, _, let revisions):
            return "Under an improvement notice since \(since.text)\(Self.revised(revisions))\(pending)"
        case .noticeLifted(let on, _, let issued, _, let revisions):
            return ended("Improvement notice lifted", on: on, issued: issued, revisions: revisions,
                         lasted: "in force")
        }
    }

    /// "; not known whether revised yet: ..." while a revision's partial date contains the day.
    private var pending: String {
        guard certainty == .yes, let uncertainty else { return "" }
        return "; not known whether revised yet: \(uncertainty)"
    }

    /// `Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); under direction for ...`,
    /// or, for an end known only as a bound, `... revoked by 21 December 2023 (issued 2018); the exact date is not known`.
    private func ended(_ what: String, on: PartialDate, issued: PartialDate, revisions: [Step], lasted: String) -> String {
        let revised = revisions.isEmpty ? "" : ", revised \(Self.dates(revisions))"
        if endIsUpperBound {
            return "\(what) by \(on.text) (issued \(issued.text)\(revised)); the exact date is not known"
        }
        let preposition = on.precision == .day ? "on" : "in"
        let duration = timeUnderDirection.map { "; \(lasted) for \($0.text)" } ?? ""
        return "\(what) \(preposition) \(on.text) (issued \(issued.text)\(revised))\(duration)"
    }

    /// `Not known whether under a statutory direction: the direction was issued in 2020; ...`,
    /// or, after the last record of a measure with no recorded end, `Not known whether still
    /// under statutory direction (no end recorded): issued 12 July 2018`.
    private func unknownSentence(_ reason: String) -> String {
        if endNotRecorded {
            switch state {
            case .underDirection(let since, _, let revisions):
                let replaced = replacedNotice.map { ", replacing the improvement notice of \($0.date.text)" } ?? ""
                return "Not known whether still under statutory direction (no end recorded): issued \(since.text)"
                    + "\(Self.revisions(revisions))\(replaced)"
            case .underNotice(let since, _, let revisions):
                return "Not known whether still under an improvement notice (no end recorded): issued \(since.text)"
                    + Self.revisions(revisions)
            default:
                break
            }
        }
        let measure = uncertainMeasure ?? (isNoticeState ? .improvementNotice : .direction)
        let subject = measure.isNotice ? "an improvement notice" : "a statutory direction"
        var text = "Not known whether under \(subject): \(reason)"
        if measure == .direction, case .underNotice(let since, _, _) = state {
            text += "; under an improvement notice since \(since.text) until then"
        }
        return text
    }

    /// After the register was last checked (or after the council's last recorded step, when
    /// later): the last position known, which stays true whatever followed, then that nothing
    /// is known since. A position that would read as the present comes second.
    private func horizonSentence(_ until: CalendarDay) -> String {
        let checked = coverage?.checkedText ?? until.text
        let isChecked = coverage?.checked == until
        var known = self
        known.knownUntil = nil
        known.day = until
        known.certainty = .yes
        known.uncertainty = nil
        known.timeUnderDirection = nil
        switch state {
        case .noneRecorded:
            return known.stateSentence + "; not known since then"
        case .revoked(let on, _, _, _, _), .noticeLifted(let on, _, _, _, _):
            let since = on.last == until ? "then" : (isChecked ? checked : until.text)
            return known.stateSentence + "; not known since \(since) (DfE register checked to \(isChecked ? "then" : checked))"
        default:
            let last = known.stateSentence
            return "Not known since \(isChecked ? checked : until.text) (DfE register checked to \(isChecked ? "then" : checked)); "
                + last.prefix(1).lowercased() + last.dropFirst() + " up to then"
        }
    }

    /// Why nothing is known after `knownUntil`.
    var horizonReason: String {
        "the DfE register is checked to \(coverage?.checkedText ?? knownUntil?.text ?? day.text)"
    }

    private var isNoticeState: Bool {
        switch state {
        case .underNotice, .noticeLifted: return true
        default: return false
        }
    }

    /// `, revised 2022`, or nothing.
    private static func revisions(_ steps: [Step]) -> String {
        steps.isEmpty ? "" : ", revised \(dates(steps))"
    }

    /// ` (revised 2022)`, or nothing.
    private static func revised(_ revisions: [Step]) -> String {
        revisions.isEmpty ? "" : " (revised \(dates(revisions)))"
    }

    /// `2022`, `March 2021 and 2022`, `2021, 2022 and 2023`.
    static func dates(_ steps: [Step]) -> String {
        let texts = steps.map(\.date.text)
        guard let last = texts.last, texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " and " + last
    }
}
