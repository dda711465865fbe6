/// JSON for the command line: the state's fields sit beside the status's own, e.g.
/// `{"state": "revoked", "revokedOn": "2024-09-06", "issuedOn": "2020", ...}`, and the
/// people's `sentence` (and `sendSentence`) are included (and ignored when decoding).
extension InterventionStatus: Codable {
    private enum CodingKeys: String, CodingKey {
        case day, certainty, uncertainty, uncertainMeasure, unconfirmedRevisions, timeUnderDirection, replacedNotice
        case endIsUpperBound, endNotRecorded, coverage, knownUntil, send, sentence, sendSentence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(CalendarDay.self, forKey: .day)
        certainty = try container.decode(Knowledge.self, forKey: .certainty)
        uncertainty = try container.decodeIfPresent(String.self, forKey: .uncertainty)
        uncertainMeasure = try container.decodeIfPresent(EventKind.self, forKey: .uncertainMeasure)
        unconfirmedRevisions = try container.decodeIfPresent([Step].self, forKey: .unconfirmedRevisions) ?? []
        timeUnderDirection = try container.decodeIfPresent(DurationRange.self, forKey: .timeUnderDirection)
        replacedNotice = try container.decodeIfPresent(Step.self, forKey: .replacedNotice)
        endIsUpperBound = try container.decodeIfPresent(Bool.self, forKey: .endIsUpperBound) ?? false
        endNotRecorded = try container.decodeIfPresent(Bool.self, forKey: .endNotRecorded) ?? false
        coverage = try container.decodeIfPresent(RegisterCoverage.self, forKey: .coverage)
        knownUntil = try container.decodeIfPresent(CalendarDay.self, forKey: .knownUntil)
        send = try container.decodeIfPresent(SENDPosition.self, forKey: .send)
        state = try State(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encode(certainty, forKey: .certainty)
        try container.encodeIfPresent(uncertainty, forKey: .uncertainty)
        try container.encodeIfPresent(uncertainMeasure, forKey: .uncertainMeasure)
        try container.encode(unconfirmedRevisions, forKey: .unconfirmedRevisions)
        try container.encodeIfPresent(timeUnderDirection, forKey: .timeUnderDirection)
        try container.encodeIfPresent(replacedNotice, forKey: .replacedNotice)
        try container.encode(endIsUpperBound, forKey: .endIsUpperBound)
        try container.encode(endNotRecorded, forKey: .endNotRecorded)
        try container.encodeIfPresent(coverage, forKey: .coverage)
        try container.encodeIfPresent(knownUntil, forKey: .knownUntil)
        try container.encodeIfPresent(send, forKey: .send)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeIfPresent(sendSentence, forKey: .sendSentence)
        try state.encode(to: encoder)
    }
}

/// `state` names the case (`noneRecorded`, `notUnderDirection`, `underDirection`, `revoked`,
/// `underImprovementNotice`, `improvementNoticeLifted`); `issuedOn`, `issuedID`, `revisions`,
/// `revokedOn`, `revokedID`, `liftedOn` and `liftedID` carry its values.
extension InterventionStatus.State: Codable {
    private enum CodingKeys: String, CodingKey {
        case state, issuedOn, issuedID, revisions, revokedOn, revokedID, liftedOn, liftedID
    }

    private typealias Step = InterventionStatus.Step

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .state)
        func value<T: Decodable>(_ key: CodingKeys) throws -> T { try container.decode(T.self, forKey: key) }
        switch name {
        case "noneRecorded":
            self = .noneRecorded
        case "notUnderDirection":
            self = .notUnderDirection
        case "underDirection":
            self = .underDirection(since: try value(.issuedOn), issuedID: try value(.issuedID),
                                   revisions: try value(.revisions))
        case "revoked":
            self = .revoked(on: try value(.revokedOn), revokedID: try value(.revokedID), issued: try value(.issuedOn),
                            issuedID: try value(.issuedID), revisions: try value(.revisions))
        case "underImprovementNotice":
            self = .underNotice(since: try value(.issuedOn), issuedID: try value(.issuedID),
                                revisions: try value(.revisions))
        case "improvementNoticeLifted":
            self = .noticeLifted(on: try value(.liftedOn), liftedID: try value(.liftedID), issued: try value(.issuedOn),
                                 issuedID: try value(.issuedID), revisions: try value(.revisions))
        default:
            throw DecodingError.dataCorruptedError(forKey: .state, in: container,
                                                   debugDescription: "unknown intervention state \(name)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .state)
        switch self {
        case .noneRecorded, .notUnderDirection:
            break
        case .underDirection(let since, let issuedID, let revisions),
             .underNotice(let since, let issuedID, let revisions):
            try container.encode(since, forKey: .issuedOn)
            try container.encode(issuedID, forKey: .issuedID)
            try container.encode(revisions, forKey: .revisions)
        case .revoked(let on, let endID, let issued, let issuedID, let revisions),
             .noticeLifted(let on, let endID, let issued, let issuedID, let revisions):
            let notice = if case .noticeLifted = self { true } else { false }
            try container.encode(on, forKey: notice ? .liftedOn : .revokedOn)
            try container.encode(endID, forKey: notice ? .liftedID : .revokedID)
            try container.encode(issued, forKey: .issuedOn)
            try container.encode(issuedID, forKey: .issuedID)
            try container.encode(revisions, forKey: .revisions)
        }
    }

    /// The case's name in JSON.
    public var name: String {
        switch self {
        case .noneRecorded: return "noneRecorded"
        case .notUnderDirection: return "notUnderDirection"
        case .underDirection: return "underDirection"
        case .revoked: return "revoked"
        case .underNotice: return "underImprovementNotice"
        case .noticeLifted: return "improvementNoticeLifted"
        }
    }
}
