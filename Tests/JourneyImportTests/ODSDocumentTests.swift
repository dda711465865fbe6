import Foundation
import Testing
@testable import JourneyImport

@Suite("ODS reader")
struct ODSDocumentTests {
    /// Reads a one-sheet fixture and returns its rows (blank runs included once) and warnings.
    func read(_ rows: [String], limits: ODSDocument.Limits = .init()) throws -> ([ODSRow], [ODSDocument.Warning]) {
        let folder = try TemporaryFolder()
        let url = folder.file("sheet.ods")
        try ODSFixture(sheets: [.init(name: "Data", rows: rows)]).write(to: url)
        var read: [ODSRow] = []
        let warnings = try ODSDocument(url: url, limits: limits).read { item in
            if case .row(let row) = item { read.append(row) }
        }
        return (read, warnings)
    }

    @Test func repeatedCellsAreExpandedAndTrailingEmptyOnesAreNot() throws {
        let repeated = "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\">"
            + "<text:p>x</text:p></table:table-cell>"
        let (rows, _) = try read([ODSFixture.row([.text("a"), .empty(2), .raw(repeated), .empty(16000)])])
        #expect(rows[0].cells.map(\.text) == ["a", "", "", "x", "x", "x"])
    }

    @Test func repeatedEmptyRowsCostNothingAndKeepRowNumbers() throws {
        let (rows, warnings) = try read([
            ODSFixture.row(["first"]),
            ODSFixture.row([.empty(16384)], repeated: 1_000_000),
            ODSFixture.row(["after"]),
        ])
        #expect(rows.map(\.number) == [1, 2, 1_000_002, 1_000_003])
        #expect(rows[1].cells.isEmpty)
        #expect(rows[2].cells.map(\.text) == ["after"])
        #expect(warnings.isEmpty)
    }

    @Test func aHugeRepeatOfANonEmptyRowIsCappedAndReported() throws {
        let limits = ODSDocument.Limits(repeatedRows: 5)
        let (rows, warnings) = try read([ODSFixture.row([.text("same")], repeated: 1_000_000), ODSFixture.row(["next"])],
                                        limits: limits)
        #expect(rows.filter { $0.cells.first?.text == "same" }.map(\.number) == [1, 2, 3, 4, 5])
        #expect(rows.first { $0.cells.first?.text == "next" }?.number == 1_000_001)
        #expect(warnings.contains { $0.row == 1 && $0.message.contains("1000000") })
    }

    @Test func aHugeRepeatOfANonEmptyCellIsCappedAndReported() throws {
        let cell = "<table:table-cell table:number-columns-repeated=\"1000000\" office:value-type=\"string\">"
            + "<text:p>y</text:p></table:table-cell>"
        let (rows, warnings) = try read([ODSFixture.row([.raw(cell)])], limits: ODSDocument.Limits(columns: 50))
        #expect(rows[0].cells.count == 50)
        #expect(warnings.contains { $0.message.contains("column 50") })
    }

    /// Many small pieces of text in one cell (here 200,000 `<text:s/>`) are capped at the cell
    /// limit, each piece costing only its own length: counting the whole cell again for every
    /// piece made a few kilobytes of zipped XML take minutes.
    @Test func aCellOfManyPiecesIsCappedAtTheLimit() throws {
        let cell = "<table:table-cell><text:p>x" + String(repeating: "<text:s/>", count: 200_000)
            + "</text:p></table:table-cell>"
        let (rows, _) = try read([ODSFixture.row([.raw(cell), .text("next")])],
                                 limits: ODSDocument.Limits(cellCharacters: 1000))
        #expect(rows[0].cells[0].text == "x" + String(repeating: " ", count: 999))
        #expect(rows[0].cells[1].text == "next")
    }

    @Test func cellTextKeepsSpacesBreaksAndParagraphs() throws {
        let cell = "<table:table-cell><text:p>a<text:s text:c=\"2\"/>b<text:line-break/>c</text:p>"
            + "<text:p>d &amp; e</text:p></table:table-cell>"
        let (rows, _) = try read([ODSFixture.row([.raw(cell)])])
        #expect(rows[0].cells[0].text == "a  b\nc\nd & e")
        #expect(rows[0].cells[0].trimmedText == "a b c d & e")
    }

    @Test func typedDatesAndDayFirstTextDates() throws {
        let (rows, _) = try read([ODSFixture.row([.date("2019-11-25", shown: "25/11/2019"), .text("05/03/2024"),
                                                  .text("5/3/2024"), .text("31/02/2024"), .text("2024-03-05")])])
        let days = rows[0].cells.map { $0.day?.iso }
        #expect(days == ["2019-11-25", "2024-03-05", "2024-03-05", nil, "2024-03-05"])
    }

    @Test func columnNamesAreSpreadsheetLetters() {
        #expect([0, 25, 26, 27, 701, 702].map(ODSRow.columnName) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }

    @Test func aMissingFileIsInputNotFound() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ImportError.inputNotFound(folder.file("none.ods").path)) {
            try ODSDocument(url: folder.file("none.ods"))
        }
        #expect(ImportError.inputNotFound("x").exitCode == 66)
    }

    @Test func aFileThatIsNotAZipIsADataError() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("fake.ods")
        try Data("not a zip".utf8).write(to: url)
        let error = #expect(throws: ImportError.self) { try ODSDocument(url: url).read { _ in } }
        #expect(error?.exitCode == 65)
    }

    @Test func malformedXMLIsADataError() throws {
        let (rows, _) = try read([ODSFixture.row(["fine"])])
        #expect(rows.count == 2)
        let error = #expect(throws: ImportError.self) {
            _ = try read(["<table:table-row><table:table-cell></table:table-row>"])
        }
        guard case .malformedContent? = error else {
            Issue.record("expected malformed content, got \(String(describing: error))")
            return
        }
    }

    // MARK: - Fuzzing findings (docs/reliability.md)

    /// Parses `content.xml` bytes as the fuzz target does.
    func parse(_ bytes: [UInt8]) throws -> [ODSRow] {
        var rows: [ODSRow] = []
        let parser = ODSContentParser(file: "fuzz.ods", limits: .init()) { item in
            if case .row(let row) = item { rows.append(row) }
        }
        try parser.parse(Data(bytes))
        return rows
    }

    /// Finding 1: FoundationXML trapped (SIGILL) on an element name that is not UTF-8.
    @Test func contentThatIsNotUTF8IsRefusedNotATrap() throws {
        #expect(throws: ImportError.malformedContent(file: "fuzz.ods", line: 1, reason: "not UTF-8 text")) {
            _ = try parse([0x3C, 0xFF, 0xFF, 0x3E, 0xFF])
        }
        let prefix = Array("<?xml version=\"1.0\"?>\n<office:document-content>\n<table:table>".utf8)
        #expect(throws: ImportError.malformedContent(file: "fuzz.ods", line: 3, reason: "not UTF-8 text")) {
            _ = try parse(prefix + [0x3C, 0xC3, 0x28, 0x3E])
        }
    }

    /// Finding 2: FoundationXML's stream parser reported success for a truncated document.
    @Test func aTruncatedContentXMLIsMalformed() throws {
        let error = #expect(throws: ImportError.self) { _ = try parse(Array("<gee".utf8)) }
        guard case .malformedContent(let file, _, _)? = error else {
            Issue.record("expected malformed content, got \(String(describing: error))")
            return
        }
        #expect(file == "fuzz.ods")
    }
}
