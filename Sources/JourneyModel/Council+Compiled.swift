extension Council: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(id: try reader.read(), name: try reader.read(), region: try reader.read(),
                  areaCode: try reader.read(), isFormer: try reader.read(Bool.self), note: try reader.read(),
                  people: try reader.read(), events: try reader.read(), letters: try reader.read(),
                  reports: try reader.read(), coverage: try reader.read(), registerCoverage: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(region)
        writer.write(areaCode)
        writer.write(isFormer)
        writer.write(note)
        writer.write(people)
        writer.write(events)
        writer.write(letters)
        writer.write(reports)
        writer.write(coverage)
        writer.write(registerCoverage)
    }
}

extension RoleHolder: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(name: try reader.read(), role: try reader.read(), title: try reader.read(), from: try reader.read(),
                  to: try reader.read(), note: try reader.read(), sources: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(name)
        writer.write(role)
        writer.write(title)
        writer.write(from)
        writer.write(to)
        writer.write(note)
        writer.write(sources)
    }
}

extension DataCoverage: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(sources: try reader.read())
    }

    func write(to writer: inout CompiledWriter) { writer.write(sources) }
}

extension DataCoverage.Source: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(kind: try reader.read(), name: try reader.read(), asAt: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(kind)
        writer.write(name)
        writer.write(asAt)
    }
}

extension RegisterCoverage: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(from: try reader.read(), checked: try reader.read(), listsCouncil: try reader.read(Bool.self))
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(from)
        writer.write(checked)
        writer.write(listsCouncil)
    }
}
