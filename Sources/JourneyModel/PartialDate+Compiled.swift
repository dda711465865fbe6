/// Dates as numbers (0 for an unknown month or day), never as text to parse again.
extension PartialDate: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        let year = try reader.read(Int.self), month = try reader.read(Int.self), day = try reader.read(Int.self)
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw .damaged
        }
        self = date
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(year)
        writer.write(month ?? 0)
        writer.write(day ?? 0)
    }
}

extension CalendarDay: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        let year = try reader.read(Int.self), month = try reader.read(Int.self), day = try reader.read(Int.self)
        guard let value = CalendarDay(year: year, month: month, day: day) else { throw .damaged }
        self = value
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }
}
