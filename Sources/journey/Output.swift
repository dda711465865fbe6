import Foundation
import JourneyUI

/// Writes the command line's output. Text from data files is sanitised so that no byte of it
/// reaches a terminal (or a pipe) as a control sequence.
enum Output {
    /// Prints text for people to standard output, sanitised, keeping line breaks.
    static func text(_ text: String) {
        write(Sanitizer.sanitizeMultiline(text) + "\n", to: FileHandle.standardOutput)
    }

    /// Prints a message to standard error, sanitised.
    static func error(_ text: String) {
        write(Sanitizer.sanitizeMultiline(text) + "\n", to: FileHandle.standardError)
    }

    /// Prints a value as pretty, key-sorted JSON to standard output.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        write(String(decoding: data, as: UTF8.self) + "\n", to: FileHandle.standardOutput)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}

/// `--format text|json`.
enum OutputFormat: String, CaseIterable, Sendable {
    case text, json
}
