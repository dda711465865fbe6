import Foundation

/// Gets a PDF's text page by page with poppler's `pdfinfo` and `pdftotext -layout`, each run as
/// a bounded child process; checks the file's bytes first so that what is plainly not a
/// readable PDF never reaches them.
struct PDFExtractor: Sendable {
    /// The text of each page, lines without trailing spaces, and how it was extracted.
    struct Extraction: Sendable {
        var pages: [[String]]
        var extractor: String
    }

    var limits: ReportImporter.Limits
    var pdftotext: String?
    var pdfinfo: String?
    /// "pdftotext 22.12.0 -layout", recorded in each report.
    var extractor: String

    /// Finds the tools on `PATH`.
    init(limits: ReportImporter.Limits, path: String? = ProcessInfo.processInfo.environment["PATH"]) async {
        self.limits = limits
        pdftotext = BoundedProcess.locate("pdftotext", path: path)
        pdfinfo = BoundedProcess.locate("pdfinfo", path: path)
        extractor = "pdftotext -layout"
        if let pdftotext, let version = await PDFExtractor.version(of: pdftotext) {
            extractor = "pdftotext \(version) -layout"
        }
    }

    /// The file's text, or why it cannot be had.
    func extract(_ file: URL, bytes: Data) async throws(Refusal) -> Extraction {
        try Self.checkBytes(bytes)
        guard let pdftotext else { throw .toolMissing("pdftotext") }
        if let pdfinfo { try await checkInfo(file, pdfinfo: pdfinfo) }
        let outcome = try await run(pdftotext, ["-layout", "-enc", "UTF-8", "-eol", "unix", "-l",
                                                 "\(limits.maxPages + 1)", file.path, "-"], outputLimit: limits.textLimit)
        guard outcome.status?.isSuccess == true else { throw Self.refusal(for: outcome.errorText) }
        let pages = Self.pages(of: outcome.output)
        guard pages.count <= limits.maxPages else { throw .tooManyPages(pages.count, limit: limits.maxPages) }
        guard pages.joined().contains(where: { $0.contains { $0.isLetter } }) else { throw .noText }
        return Extraction(pages: pages, extractor: extractor)
    }

    /// What the bytes alone show: empty, not a PDF at all, or cut short.
    static func checkBytes(_ bytes: Data) throws(Refusal) {
        guard !bytes.isEmpty else { throw .empty }
        let head = bytes.prefix(1024)
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF(start: printable(bytes.prefix(12))) }
        guard bytes.suffix(2048).range(of: Data("%%EOF".utf8)) != nil else { throw .truncated }
    }

    /// Refuses encrypted PDFs and those with too many pages before their text is extracted.
    private func checkInfo(_ file: URL, pdfinfo: String) async throws(Refusal) {
        let outcome = try await run(pdfinfo, [file.path], outputLimit: 64 * 1024)
        guard outcome.status?.isSuccess == true else { throw Self.refusal(for: outcome.errorText) }
        let info = String(decoding: outcome.output, as: UTF8.self)
        for line in info.split(separator: "\n") where line.hasPrefix("Pages:") {
            if let pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)), pages > limits.maxPages {
                throw .tooManyPages(pages, limit: limits.maxPages)
            }
        }
    }

    private func run(_ program: String, _ arguments: [String], outputLimit: Int) async throws(Refusal) -> BoundedProcess.Outcome {
        let process = BoundedProcess(executable: program, timeLimit: limits.timeLimit, outputLimit: outputLimit,
                                     memoryLimit: limits.memoryLimit)
        let outcome: BoundedProcess.Outcome
        do {
            outcome = try await process.run(arguments)
        } catch {
            throw .unreadable("\((program as NSString).lastPathComponent) could not be run: \(error)")
        }
        if outcome.timedOut { throw .timedOut(seconds: Int(limits.timeLimit.components.seconds)) }
        if outcome.outputOverLimit { throw .textTooLarge(limit: outputLimit) }
        return outcome
    }

    /// Poppler's complaint, in words: a password, forbidden copying, or the first error line.
    static func refusal(for errorText: String) -> Refusal {
        if errorText.localizedCaseInsensitiveContains("password") { return .encrypted }
        if errorText.localizedCaseInsensitiveContains("copying of text") { return .copyingForbidden }
        let lines = errorText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let line = lines.first { $0.localizedCaseInsensitiveContains("error") } ?? lines.first ?? "poppler failed"
        return .unreadable(String(line.prefix(200)))
    }

    /// Splits pdftotext's output at form feeds (one ends each page) into trimmed lines.
    static func pages(of output: Data) -> [[String]] {
        var chunks = String(decoding: output, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        if chunks.last?.allSatisfy(\.isWhitespace) == true { chunks.removeLast() }
        return chunks.map { chunk in
            var lines = chunk.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.reversed().drop { $0.isWhitespace }.reversed())
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            return lines
        }
    }

    /// Bytes shown as text: printable ASCII kept, anything else as `\xNN`.
    static func printable(_ bytes: Data) -> String {
        bytes.map { (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C
            ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
    }

    /// `pdftotext -v` prints "pdftotext version 22.12.0" on standard error.
    private static func version(of pdftotext: String) async -> String? {
        let process = BoundedProcess(executable: pdftotext, timeLimit: .seconds(10), outputLimit: 4096, memoryLimit: nil)
        guard let outcome = try? await process.run(["-v"]) else { return nil }
        let words = outcome.errorText.split(separator: "\n").first?.split(separator: " ") ?? []
        guard let index = words.firstIndex(of: "version"), words.indices.contains(index + 1) else { return nil }
        return String(words[index + 1])
    }
}
