import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX handler over an ODS `content.xml` that turns `table:table` / `table:table-row` /
/// `table:table-cell` into ``ODSDocument/Item``s, expanding repeats within the limits.
final class ODSContentParser: NSObject, XMLParserDelegate {
    private let limits: ODSDocument.Limits
    private let visit: (ODSDocument.Item) throws -> Void
    private(set) var warnings: [ODSDocument.Warning] = []
    private var failure: (any Error)?

    private var sheet: String?
    private var nextRow = 1
    private var rowRepeat = 1
    private var cells: [ODSCell] = []
    /// Blank cells (empty, or only spaces) seen but not materialised: they only matter if a
    /// cell with a value follows. Runs of equal cells are one entry; at most a row's worth is kept.
    private var pending: [(cell: ODSCell, count: Int)] = []
    private var pendingCount = 0
    private var droppedColumns = false
    private var cell: CellState?

    /// The cell being read.
    private struct CellState {
        var repeatCount: Int
        var valueType: String?
        var value: String?
        var paragraphs: [String] = []
        /// Characters kept so far, across paragraphs, so each piece of text costs only its own length.
        var characters = 0
        var inParagraph = false
        var truncated = false

        /// Appends text to the last paragraph, up to `limit` characters in the cell.
        mutating func append(_ text: String, limit: Int) {
            guard inParagraph, !paragraphs.isEmpty, !truncated else { return }
            let room = limit - characters
            guard room > 0 else {
                truncated = true
                return
            }
            let piece = text.count <= room ? text : String(text.prefix(room))
            paragraphs[paragraphs.count - 1] += piece
            characters += piece.count
        }
    }

    private let file: String

    /// `file` names the spreadsheet in errors.
    init(file: String, limits: ODSDocument.Limits, visit: @escaping (ODSDocument.Item) throws -> Void) {
        self.file = file
        self.limits = limits
        self.visit = visit
    }

    func parse(_ data: Data) throws {
        // FoundationXML traps on an element or attribute name that is not UTF-8 (found by
        // fuzzing, docs/reliability.md): such a content.xml is refused before it is parsed.
        if String(validating: data, as: UTF8.self) == nil {
            throw ImportError.malformedContent(file: file, line: Self.lineOfFirstInvalidByte(data),
                                               reason: "not UTF-8 text")
        }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        if let failure { throw failure }
        // FoundationXML's stream parser can report success for a truncated document; its
        // error says otherwise.
        if !finished || parser.parserError != nil {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw ImportError.malformedContent(file: file, line: parser.lineNumber, reason: reason)
        }
    }

    private func fail(_ error: any Error, _ parser: XMLParser) {
        failure = failure ?? error
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "table:table":
            sheet = attributes["table:name"] ?? ""
            nextRow = 1
            do { try visit(.sheet(sheet ?? "")) } catch { fail(error, parser) }
        case "table:table-row":
            rowRepeat = Self.count(attributes["table:number-rows-repeated"])
            cells = []
            pending = []
            pendingCount = 0
            droppedColumns = false
        case "table:table-cell", "table:covered-table-cell":
            cell = CellState(repeatCount: Self.count(attributes["table:number-columns-repeated"]),
                             valueType: attributes["office:value-type"],
                             value: attributes["office:date-value"] ?? attributes["office:value"]
                                 ?? attributes["office:boolean-value"] ?? attributes["office:time-value"])
        case "text:p", "text:h":
            cell?.paragraphs.append("")
            cell?.inParagraph = true
        case "text:s":
            appendText(String(repeating: " ", count: min(Self.count(attributes["text:c"]), 64)))
        case "text:tab":
            appendText("\t")
        case "text:line-break":
            appendText("\n")
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch elementName {
        case "text:p", "text:h":
            cell?.inParagraph = false
        case "table:table-cell", "table:covered-table-cell":
            finishCell()
        case "table:table-row":
            finishRow(parser)
        case "table:table":
            sheet = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        appendText(String(decoding: CDATABlock, as: UTF8.self))
    }

    /// Adds text to the open cell in place (no copy of what it already holds).
    private func appendText(_ text: String) {
        cell?.append(text, limit: limits.cellCharacters)
    }

    private func finishCell() {
        guard let current = cell else { return }
        cell = nil
        let value = ODSCell(text: current.paragraphs.joined(separator: "\n"), valueType: current.valueType,
                            value: current.value)
        if value.isEmpty {
            hold(value, current.repeatCount)
            return
        }
        var room = max(limits.columns - cells.count, 0)
        if pendingCount + current.repeatCount > room { droppedColumns = true }
        for (blank, count) in pending {
            let kept = min(count, room)
            cells += Array(repeating: blank, count: kept)
            room -= kept
        }
        cells += Array(repeating: value, count: min(current.repeatCount, room))
        pending = []
        pendingCount = 0
    }

    /// Holds blank cells until a cell with a value shows they are not trailing.
    private func hold(_ blank: ODSCell, _ count: Int) {
        let total = pendingCount + count
        defer { pendingCount = min(total, 1 << 40) }
        guard pendingCount < limits.columns else { return }
        if let last = pending.last, last.cell == blank {
            pending[pending.count - 1].count += count
        } else {
            pending.append((blank, count))
        }
    }

    private func finishRow(_ parser: XMLParser) {
        guard let sheet else { return }
        let first = nextRow
        nextRow += rowRepeat
        if droppedColumns {
            warnings.append(.init(sheet: sheet, row: first,
                                  message: "cells beyond column \(limits.columns) were ignored"))
        }
        do {
            if cells.isEmpty {
                try visit(.row(ODSRow(sheet: sheet, number: first, cells: [])))
                return
            }
            let copies = min(rowRepeat, limits.repeatedRows)
            if copies < rowRepeat {
                warnings.append(.init(sheet: sheet, row: first, message: "row repeated \(rowRepeat) times; "
                                      + "only the first \(copies) copies were read"))
            }
            for offset in 0..<copies {
                try visit(.row(ODSRow(sheet: sheet, number: first + offset, cells: cells)))
            }
        } catch {
            fail(error, parser)
        }
    }

    /// The 1-based line on which `data` stops being UTF-8.
    static func lineOfFirstInvalidByte(_ data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") { line += 1 }
            case .error, .emptyInput:
                return line
            }
        }
    }

    /// A repeat count attribute: at least 1; absurd or malformed values count as 1.
    private static func count(_ text: String?) -> Int {
        guard let text, let number = Int(text), number > 0 else { return 1 }
        return min(number, 1 << 30)
    }
}
