extension Event: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(id: try reader.read(), kind: try reader.read(), title: try reader.read(), start: try reader.read(),
                  end: try reader.read(), published: try reader.read(), summary: try reader.read(),
                  sources: try reader.read(), letterIDs: try reader.read(), people: try reader.read(),
                  detail: try reader.read(), origin: try reader.read(), note: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(id)
        writer.write(kind)
        writer.write(title)
        writer.write(start)
        writer.write(end)
        writer.write(published)
        writer.write(summary)
        writer.write(sources)
        writer.write(letterIDs)
        writer.write(people)
        writer.write(detail)
        writer.write(origin)
        writer.write(note)
    }
}

extension EventDetail: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        switch try reader.read(UInt.self) {
        case 0: self = .none
        case 1: self = .inspection(try reader.read())
        case 2: self = .visit(theme: try reader.read())
        case 3: self = .intervention(try reader.read())
        case 4: self = .oversight(try reader.read())
        default: throw .damaged
        }
    }

    func write(to writer: inout CompiledWriter) {
        switch self {
        case .none: writer.write(UInt(0))
        case .inspection(let inspection): writer.write(UInt(1)); writer.write(inspection)
        case .visit(let theme): writer.write(UInt(2)); writer.write(theme)
        case .intervention(let intervention): writer.write(UInt(3)); writer.write(intervention)
        case .oversight(let action): writer.write(UInt(4)); writer.write(action)
        }
    }
}

extension Origin: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        switch try reader.read(UInt.self) {
        case 0: self = .handWritten
        case 1: self = .imported(release: try reader.read(), sheet: try reader.read(), row: try reader.read())
        case 2: self = .register
        default: throw .damaged
        }
    }

    func write(to writer: inout CompiledWriter) {
        switch self {
        case .handWritten: writer.write(UInt(0))
        case .imported(let release, let sheet, let row):
            writer.write(UInt(1))
            writer.write(release)
            writer.write(sheet)
            writer.write(row)
        case .register: writer.write(UInt(2))
        }
    }
}

extension Inspection: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(framework: try reader.read(), type: try reader.read(), judgements: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(framework)
        writer.write(type)
        writer.write(judgements)
    }
}

extension Judgement: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(area: try reader.read(), grade: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(area)
        writer.write(grade)
    }
}

extension Intervention: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(action: try reader.read(), target: try reader.read(), replaces: try reader.read(),
                  dateIsUpperBound: try reader.read(Bool.self), legalBasis: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(action)
        writer.write(target)
        writer.write(replaces)
        writer.write(dateIsUpperBound)
        writer.write(legalBasis)
    }
}

extension EventPerson: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(name: try reader.read(), role: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(name)
        writer.write(role)
    }
}

extension Source: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(title: try reader.read(), url: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(title)
        writer.write(url)
    }
}
