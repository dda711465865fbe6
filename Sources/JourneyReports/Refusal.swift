/// Why a file was not attached: each reason as the import's output line words it.
public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotRead(String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notPDF(start: String)
    case truncated
    case unreadable(String)
    case encrypted
    case copyingForbidden
    case tooManyPages(Int, limit: Int)
    case timedOut(seconds: Int)
    case textTooLarge(limit: Int)
    case noText
    case toolMissing(String)
    case notAReport
    case noCouncil(named: [String])
    case ambiguousCouncil([String])
    case noDates(String)
    case noMatchingEvent(String)
    case ambiguousEvent([String])
    case eventHasAnotherReport(event: String, file: String)

    public var description: String {
        switch self {
        case .cannotRead(let reason): return "cannot read the file: \(reason)"
        case .empty: return "empty file"
        case .tooLarge(let bytes, let limit): return "the file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .notPDF(let start): return "not a PDF: it starts with \"\(start)\", where a PDF starts with \"%PDF-\""
        case .truncated: return "truncated: the PDF does not end with %%EOF (download it again)"
        case .unreadable(let reason): return "unreadable PDF: \(reason)"
        case .encrypted: return "encrypted: the PDF needs a password to open"
        case .copyingForbidden: return "the PDF's permissions forbid copying its text"
        case .tooManyPages(let pages, let limit):
            return "the PDF has \(pages) pages, over the limit of \(limit) (Ofsted's reports run to 10-45 pages)"
        case .timedOut(let seconds):
            return "pdftotext did not finish within \(seconds) s and was stopped (a PDF bomb?)"
        case .textTooLarge(let limit):
            return "the PDF's text runs past the limit of \(limit) bytes and extraction was stopped (a PDF bomb?)"
        case .noText: return "no text: the PDF holds only images (a scan?), so it cannot be read or searched"
        case .toolMissing(let name):
            return "\(name) is not installed: install poppler-utils (apt-get install poppler-utils)"
        case .notAReport:
            return "not an Ofsted report: no front page of a SIF or ILACS inspection report, or of a focused or "
                + "monitoring visit letter"
        case .noCouncil(let names):
            guard !names.isEmpty else { return "no council found: the front page names none" }
            return "no council found: the report names " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                + ", which matches no council in the data root"
        case .ambiguousCouncil(let ids): return "ambiguous: the text names several councils (\(ids.joined(separator: ", ")))"
        case .noDates(let what): return "no \(what) found on the front page"
        case .noMatchingEvent(let detail): return "no matching event: \(detail)"
        case .ambiguousEvent(let ids): return "ambiguous: several events match (\(ids.joined(separator: ", ")))"
        case .eventHasAnotherReport(let event, let file):
            return "event \(event) already has a report from another PDF (\(file)); remove that file to replace it"
        }
    }
}
