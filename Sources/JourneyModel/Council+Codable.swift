/// A council in the compiled forms (the bundled data compiled at build time, an index's cache):
/// every stored property but the derived date order, which decoding sorts again.
extension Council: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, region, areaCode, isFormer, note, people, events, letters, reports, coverage, registerCoverage
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try values.decode(String.self, forKey: .id),
                  name: try values.decode(String.self, forKey: .name),
                  region: try values.decodeIfPresent(String.self, forKey: .region),
                  areaCode: try values.decodeIfPresent(String.self, forKey: .areaCode),
                  isFormer: try values.decode(Bool.self, forKey: .isFormer),
                  note: try values.decodeIfPresent(String.self, forKey: .note),
                  people: try values.decode([RoleHolder].self, forKey: .people),
                  events: try values.decode([Event].self, forKey: .events),
                  letters: try values.decode([Letter].self, forKey: .letters),
                  reports: try values.decode([Report].self, forKey: .reports),
                  coverage: try values.decode(DataCoverage.self, forKey: .coverage),
                  registerCoverage: try values.decodeIfPresent(RegisterCoverage.self, forKey: .registerCoverage))
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(id, forKey: .id)
        try values.encode(name, forKey: .name)
        try values.encodeIfPresent(region, forKey: .region)
        try values.encodeIfPresent(areaCode, forKey: .areaCode)
        try values.encode(isFormer, forKey: .isFormer)
        try values.encodeIfPresent(note, forKey: .note)
        try values.encode(people, forKey: .people)
        try values.encode(events, forKey: .events)
        try values.encode(letters, forKey: .letters)
        try values.encode(reports, forKey: .reports)
        try values.encode(coverage, forKey: .coverage)
        try values.encodeIfPresent(registerCoverage, forKey: .registerCoverage)
    }
}
