/// The briefing page's style sheet, inline: system fonts only (nothing fetched), readable on
/// screen and on paper, where colours are kept for the picture and links show their address.
enum BriefingStyle {
    static let css = """
        :root { color: #111111; background: #ffffff; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
               line-height: 1.45; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #333333; padding-bottom: 0.15rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        h3.source { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; }
        .council, .byline, .detail { color: #444444; }
        .caveat { border-left: 4px solid #b35900; padding-left: 0.6rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #999999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #eeeeee; }
        tbody th { font-weight: 600; }
        table.facts th { width: 11rem; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9em; }
        figure { margin: 0.5rem 0 1rem; }
        svg.journey { width: 100%; height: auto; border: 1px solid #cccccc; }
        svg.journey text { font-family: system-ui, sans-serif; }
        svg.journey .year { font-size: 11px; fill: #333333; }
        svg.journey .step { font-size: 13px; font-weight: bold; }
        svg.journey .day { font-size: 11px; font-weight: bold; }
        svg.glyph { vertical-align: middle; }
        .key { font-weight: 600; }
        ul.legend { list-style: none; padding: 0; margin: 0.3rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem;
                    font-size: 0.9rem; }
        ul.legend li { display: flex; align-items: center; gap: 0.3rem; }
        article.note { border-left: 4px solid #4393c3; padding-left: 0.8rem; margin: 1rem 0; }
        blockquote { margin: 0.3rem 0; }
        blockquote p { margin: 0.2rem 0; white-space: pre-wrap; }
        .address { overflow-wrap: anywhere; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10.5pt; }
          a { color: #111111; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          tr, article.note, figure { break-inside: avoid; }
          svg, .legend { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          thead { display: table-header-group; }
        }
        """
}
