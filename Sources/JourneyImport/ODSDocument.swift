import Foundation
import ZIPFoundation

/// An OpenDocument spreadsheet (`.ods`): a zip archive whose `content.xml` holds the sheets.
///
/// Rows are streamed to a closure as the XML is parsed; repeated rows and cells
/// (`table:number-rows-repeated`, `table:number-columns-repeated`) are expanded only up to
/// the ``Limits``, and trailing empty ones are never materialised, so a sheet that repeats
/// an empty row a million times costs nothing.
public struct ODSDocument: Sendable {
    /// Bounds on what one document may make the reader allocate.
    public struct Limits: Sendable {
        /// The largest uncompressed `content.xml` accepted, in bytes.
        public var contentBytes: Int
        /// Columns materialised per row; cells beyond are dropped with a warning.
        public var columns: Int
        /// Copies of one repeated non-empty row that are delivered; the rest are dropped with a warning.
        public var repeatedRows: Int
        /// Characters kept per cell.
        public var cellCharacters: Int

        public init(contentBytes: Int = 512 * 1024 * 1024, columns: Int = 1024, repeatedRows: Int = 1000,
                    cellCharacters: Int = 65536) {
            self.contentBytes = contentBytes
            self.columns = columns
            self.repeatedRows = repeatedRows
            self.cellCharacters = cellCharacters
        }
    }

    /// What the reader streams: the start of each sheet, then its rows.
    public enum Item: Sendable {
        case sheet(String)
        case row(ODSRow)
    }

    /// Something the reader dropped to stay within its limits.
    public struct Warning: Hashable, Sendable, CustomStringConvertible {
        public var sheet: String
        public var row: Int
        public var message: String

        public var description: String { "sheet '\(sheet)', row \(row): \(message)" }
    }

    public let url: URL
    public let limits: Limits

    /// Opens the document; throws ``ImportError/inputNotFound(_:)`` when there is no such file.
    public init(url: URL, limits: Limits = Limits()) throws {
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw ImportError.inputNotFound(url.path) }
        self.url = url
        self.limits = limits
    }

    /// Streams every sheet and row to `visit`, in document order, and returns what was dropped.
    @discardableResult
    public func read(_ visit: (Item) throws -> Void) throws -> [Warning] {
        let content = try contentXML()
        return try withoutActuallyEscaping(visit) { visit in
            let parser = ODSContentParser(file: url.path, limits: limits, visit: visit)
            try parser.parse(content)
            return parser.warnings
        }
    }

    /// The bytes of `content.xml`, within the size limit.
    private func contentXML() throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportError.notSpreadsheet(url.path, "not a readable zip archive (truncated or damaged)")
        }
        if let mimetype = archive["mimetype"] {
            var bytes = Data()
            _ = try? archive.extract(mimetype) { bytes.append($0) }
            let type = String(decoding: bytes.prefix(200), as: UTF8.self)
            guard type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") else {
                throw ImportError.notSpreadsheet(url.path, "its mimetype is '\(type)', not an OpenDocument spreadsheet")
            }
        }
        guard let entry = archive["content.xml"] else {
            throw ImportError.notSpreadsheet(url.path, "the archive has no content.xml")
        }
        guard entry.uncompressedSize <= UInt64(limits.contentBytes) else {
            throw ImportError.notSpreadsheet(url.path, "content.xml is \(entry.uncompressedSize) bytes, "
                                             + "over the limit of \(limits.contentBytes)")
        }
        return try extract(entry, from: archive)
    }

    private func extract(_ entry: Entry, from archive: Archive) throws -> Data {
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let limit = limits.contentBytes
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else {
                    throw ImportError.notSpreadsheet(url.path, "content.xml unpacks to more than \(limit) bytes "
                                                     + "(a zip bomb, or a damaged file)")
                }
                data.append(chunk)
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError.notSpreadsheet(url.path, "content.xml cannot be extracted (\(error))")
        }
        return data
    }
}
