extension Letter: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(id: try reader.read(), date: try reader.read(), from: try reader.read(), to: try reader.read(),
                  cc: try reader.read(), reference: try reader.read(), subject: try reader.read(),
                  eventIDs: try reader.read(), quotes: try reader.read(), licence: try reader.read(),
                  sources: try reader.read(), body: try reader.read(), bodyLine: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(id)
        writer.write(date)
        writer.write(from)
        writer.write(to)
        writer.write(cc)
        writer.write(reference)
        writer.write(subject)
        writer.write(eventIDs)
        writer.write(quotes)
        writer.write(licence)
        writer.write(sources)
        writer.write(body)
        writer.write(bodyLine)
    }
}

extension Quote: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(text: try reader.read(), eventID: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(text)
        writer.write(eventID)
    }
}
