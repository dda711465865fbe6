/// JSON for the command line: the state's fields sit beside the status's own, e.g.
/// `{"state": "revoked", "revokedOn": "2024-09-06", "issuedOn": "2020", ...}`, and the
/// people's `sentence` is included (and ignored when decoding).
extension InterventionStatus: Codable {
    private enum CodingKeys: String, CodingKey {
        case day, certainty, uncertainty, unconfirmedRevisions, timeUnderDirection, sentence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(CalendarDay.self, forKey: .day)
        certainty = try container.decode(Knowledge.self, forKey: .certainty)
        uncertainty = try container.decodeIfPresent(String.self, forKey: .uncertainty)
        unconfirmedRevisions = try container.decodeIfPresent([Step].self, forKey: .unconfirmedRevisions) ?? []
        timeUnderDirection = try container.decodeIfPresent(DurationRange.self, forKey: .timeUnderDirection)
        state = try State(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encode(certainty, forKey: .certainty)
        try container.encodeIfPresent(uncertainty, forKey: .uncertainty)
        try container.encode(unconfirmedRevisions, forKey: .unconfirmedRevisions)
        try container.encodeIfPresent(timeUnderDirection, forKey: .timeUnderDirection)
        try container.encode(sentence, forKey: .sentence)
        try state.encode(to: encoder)
    }
}

/// `state` names the case (`notUnderDirection`, `underDirection`, `revoked`); `issuedOn`,
/// `issuedID`, `revisions`, `revokedOn` and `revokedID` carry its values.
extension InterventionStatus.State: Codable {
    private enum CodingKeys: String, CodingKey {
        case state, issuedOn, issuedID, revisions, revokedOn, revokedID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .state)
        switch name {
        case "notUnderDirection":
            self = .notUnderDirection
        case "underDirection":
            self = .underDirection(since: try container.decode(PartialDate.self, forKey: .issuedOn),
                                   issuedID: try container.decode(String.self, forKey: .issuedID),
                                   revisions: try container.decode([InterventionStatus.Step].self, forKey: .revisions))
        case "revoked":
            self = .revoked(on: try container.decode(PartialDate.self, forKey: .revokedOn),
                            revokedID: try container.decode(String.self, forKey: .revokedID),
                            issued: try container.decode(PartialDate.self, forKey: .issuedOn),
                            issuedID: try container.decode(String.self, forKey: .issuedID),
                            revisions: try container.decode([InterventionStatus.Step].self, forKey: .revisions))
        default:
            throw DecodingError.dataCorruptedError(forKey: .state, in: container,
                                                   debugDescription: "unknown intervention state \(name)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .notUnderDirection:
            try container.encode("notUnderDirection", forKey: .state)
        case .underDirection(let since, let issuedID, let revisions):
            try container.encode("underDirection", forKey: .state)
            try container.encode(since, forKey: .issuedOn)
            try container.encode(issuedID, forKey: .issuedID)
            try container.encode(revisions, forKey: .revisions)
        case .revoked(let on, let revokedID, let issued, let issuedID, let revisions):
            try container.encode("revoked", forKey: .state)
            try container.encode(on, forKey: .revokedOn)
            try container.encode(revokedID, forKey: .revokedID)
            try container.encode(issued, forKey: .issuedOn)
            try container.encode(issuedID, forKey: .issuedID)
            try container.encode(revisions, forKey: .revisions)
        }
    }
}
