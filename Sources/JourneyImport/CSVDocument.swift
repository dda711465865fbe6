import CSV
import Foundation

/// A release table as a CSV file, in the form explore-education-statistics publishes: UTF-8
/// (a byte-order mark is dropped), comma-separated, fields quoted with `"` as RFC 4180 says.
///
/// Records are parsed by yaslab's CSV.swift, streamed from the file; each record is a row
/// numbered as a spreadsheet program shows it (the header is row 1), with the cells cut to
/// the ``ODSDocument/Limits`` and the cuts reported. The file is one table, with no sheet name.
struct CSVDocument: RowSource {
    let url: URL
    let limits: ODSDocument.Limits

    init(url: URL, limits: ODSDocument.Limits = .init()) {
        self.url = url
        self.limits = limits
    }

    var file: String { url.lastPathComponent }

    func read(_ visit: (ODSDocument.Item) throws -> Void) throws -> [ODSDocument.Warning] {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= limits.contentBytes else {
            throw ImportError.notCSV(url.path, "it is \(size) bytes, over the limit of \(limits.contentBytes)")
        }
        guard let stream = InputStream(url: url) else { throw ImportError.inputNotFound(url.path) }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream)
        } catch {
            throw ImportError.notCSV(url.path, "it cannot be read (\(error))")
        }
        return try read(reader, visit)
    }

    /// Streams the records of an open reader; also the entry point for text already in memory.
    func read(_ reader: CSVReader, _ visit: (ODSDocument.Item) throws -> Void) throws -> [ODSDocument.Warning] {
        var warnings: [ODSDocument.Warning] = []
        var number = 0
        try visit(.sheet(""))
        while let fields = reader.next() {
            number += 1
            try Self.check(reader, url.path, row: number)
            try visit(.row(ODSRow(sheet: "", number: number, cells: cells(fields, row: number, warnings: &warnings))))
        }
        try Self.check(reader, url.path, row: number + 1)
        return warnings
    }

    /// Throws the reader's error, if any. CSV.swift reports the end of a file stream as
    /// `cannotReadFile` (a read that returns no bytes), which is not an error here.
    private static func check(_ reader: CSVReader, _ path: String, row: Int) throws {
        guard let error = reader.error else { return }
        if case CSVError.cannotReadFile = error { return }
        throw decodingError(path, error, row: row)
    }

    /// The row's cells within the limits, trailing empty ones dropped.
    private func cells(_ fields: [String], row: Int, warnings: inout [ODSDocument.Warning]) -> [ODSCell] {
        var kept = fields.prefix(limits.columns)
        while let last = kept.last, last.isEmpty { kept.removeLast() }
        if fields.count > limits.columns, fields[limits.columns...].contains(where: { !$0.isEmpty }) {
            warnings.append(.init(sheet: "", row: row, message: "cells beyond column \(limits.columns) were ignored"))
        }
        return kept.map { field in
            guard field.count > limits.cellCharacters else { return ODSCell(text: field) }
            warnings.append(.init(sheet: "", row: row, message: "a cell over \(limits.cellCharacters) characters was cut"))
            return ODSCell(text: String(field.prefix(limits.cellCharacters)))
        }
    }

    private static func decodingError(_ path: String, _ error: any Error, row: Int) -> ImportError {
        if case CSVError.unicodeDecoding = error {
            return .notCSV(path, "row \(row) is not UTF-8 text")
        }
        return .notCSV(path, "it cannot be read at row \(row) (\(error))")
    }
}
