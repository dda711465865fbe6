/// A hand-written Middlesbrough folder: a council file with the 2019 inspection and a letter.
enum HandWrittenFixture {
    static func councilYAML(overallEffectiveness: String = "Inadequate") -> String {
        """
        # Written by hand.
        council:
          id: middlesbrough
          name: Middlesbrough Council
          area-code: E06000002

        events:
          - id: ilacs-2019
            kind: inspection
            framework: ILACS
            type: standard
            start: 2019-11-25
            end: 2019-12-06
            published: 2020-01-24
            judgements:
              overall-effectiveness: \(overallEffectiveness)
              impact-of-leaders: Inadequate
              help-and-protection: Inadequate
              children-in-care-and-care-leavers: Inadequate
            summary: Services had deteriorated since 2015.
            sources: [https://example.org/report-2020]
            letters: [note-2020]

        """
    }

    static let letter = """
        ---
        id: note-2020
        date: 2020-01-24
        from: Ofsted
        to: Middlesbrough Council
        subject: Inspection of children's services
        ---
        The letter's text.

        """

    /// Writes the folder into the harness's root.
    static func write(into harness: ImportHarness, overallEffectiveness: String = "Inadequate") throws {
        try harness.put("councils/middlesbrough/council.yaml", councilYAML(overallEffectiveness: overallEffectiveness))
        try harness.put("councils/middlesbrough/letters/note-2020.md", letter)
    }
}
