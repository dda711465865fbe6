/// A report's text, page by page, as extracted from its PDF (`pdftotext -layout`): columns
/// and tables keep their spacing, so a line may be wider than a screen.
public struct ReportText: Hashable, Sendable {
    /// One page of the PDF.
    public struct Page: Hashable, Sendable {
        /// 1-based, as the PDF counts its pages.
        public var number: Int
        /// The page's lines, without terminators.
        public var lines: [String]
        /// The line of the report's file holding the page's first line.
        public var firstFileLine: Int

        public init(number: Int, lines: [String], firstFileLine: Int) {
            self.number = number
            self.lines = lines
            self.firstFileLine = firstFileLine
        }
    }

    public var pages: [Page]

    public init(pages: [Page]) {
        self.pages = pages
    }

    /// Makes text from the lines of each page, numbering pages from 1 and file lines as
    /// ``ReportFile/body(pages:)`` lays them out from `bodyLine`.
    public init(pageLines: [[String]], bodyLine: Int = 1) {
        var line = bodyLine
        pages = pageLines.enumerated().map { index, lines in
            defer { line += lines.count + 1 }
            return Page(number: index + 1, lines: lines, firstFileLine: line + 1)
        }
    }
}
