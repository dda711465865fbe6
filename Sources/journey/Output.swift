import Foundation
import JourneyModel
import JourneyUI

/// Writes the command line's output. Text from data files is sanitised so that no byte of it
/// reaches a terminal (or a pipe) as a control sequence.
enum Output {
    /// Prints lines for people to standard output. Each line is sanitised as one line, so a
    /// line feed inside a data field shows as `^J` instead of starting a line of its own (a
    /// forged `path:line:column: error:` line, say). Multi-line data is split into lines first.
    static func lines(_ lines: [String]) {
        write(lines.map(Sanitizer.sanitize).joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
    }

    /// Prints lines to standard error, each sanitised as one line.
    static func errorLines(_ lines: [String]) {
        write(lines.map(Sanitizer.sanitize).joined(separator: "\n") + "\n", to: FileHandle.standardError)
    }

    /// Prints a message of journey's own to standard error; its line breaks are kept, and
    /// anything from data in it is sanitised.
    static func error(_ text: String) {
        write(Sanitizer.sanitizeMultiline(text) + "\n", to: FileHandle.standardError)
    }

    /// Prints a value as pretty, key-sorted JSON to standard output.
    ///
    /// JSON escapes only C0 controls; DEL, C1 controls (an 8-bit CSI is one) and bidirectional
    /// controls are escaped here too (`\u009B`), which is the same JSON, safe on a terminal.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // C0 controls differ on purpose: JSONEncoder has escaped every one inside a string, and
            // those left are its own line breaks, which must stay.
            if (scalar.isControlCharacter && scalar.value >= 0x7F) || scalar.properties.isBidiControl {
                escaped.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        write(String(escaped) + "\n", to: FileHandle.standardOutput)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}

/// `--format text|json`.
enum OutputFormat: String, CaseIterable, Sendable {
    case text, json
}
