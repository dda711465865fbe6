import Foundation

extension Diagnostic: CompiledValue {
    init(from reader: inout CompiledReader) throws(CompiledFormError) {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.read(),
                  severity: try reader.read(), message: try reader.read())
    }

    func write(to writer: inout CompiledWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(severity)
        writer.write(message)
    }
}
