extension Report: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(id: try reader.read(), eventID: try reader.read(), kind: try reader.read(),
                  framework: try reader.read(), title: try reader.read(), councilName: try reader.read(),
                  start: try reader.read(), end: try reader.read(), published: try reader.read(),
                  leadInspector: try reader.read(), judgements: try reader.read(),
                  improvementsHeading: try reader.read(), improvements: try reader.read(), sha256: try reader.read(),
                  pageCount: try reader.read(), extractor: try reader.read(), licence: try reader.read(),
                  file: try reader.read(), bodyLine: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(id)
        writer.write(eventID)
        writer.write(kind)
        writer.write(framework)
        writer.write(title)
        writer.write(councilName)
        writer.write(start)
        writer.write(end)
        writer.write(published)
        writer.write(leadInspector)
        writer.write(judgements)
        writer.write(improvementsHeading)
        writer.write(improvements)
        writer.write(sha256)
        writer.write(pageCount)
        writer.write(extractor)
        writer.write(licence)
        writer.write(file)
        writer.write(bodyLine)
    }
}
