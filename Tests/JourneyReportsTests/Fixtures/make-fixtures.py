#!/usr/bin/env python3
"""Regenerates the fixture PDFs in pdf/ (see README.md beside this script).

Realistic reports and letters are printed from HTML by headless Chromium, with the front-page
wordings of SIF and ILACS reports and of visit letters across the years. The hostile inputs (a
PDF bomb, 500 pages, encrypted, image-only, truncated, not a PDF, empty) are written byte by
byte. Needs python3 and chromium; the tests need neither. Run: python3 make-fixtures.py
"""
import os
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pdf")

STYLE = """
@page { size: A4; margin: 22mm 20mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; } h2 { font-size: 13pt; margin: 14pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; margin: 10pt 0; }
td, th { text-align: left; vertical-align: top; padding: 4pt 8pt 4pt 0; }
td.grade, th.grade { width: 38%; }
.page { page-break-before: always; }
p.num { margin-left: 0; }
"""

PARAGRAPH = ("Inspectors looked at the experiences of children and families, read case records, and "
             "spoke with social workers, managers and partner agencies. Leaders know their services "
             "well and have plans to improve them, although some of these plans are new and have "
             "not yet made a difference to every child.")


def page(html):
    return f'<div class="page">{html}</div>'


def table(rows):
    body = "".join(f"<tr><td>{area}</td><td class='grade'>{grade}</td></tr>" for area, grade in rows)
    return f"<table><tr><th>Judgement</th><th class='grade'>Grade</th></tr>{body}</table>"


def bullets(items, mark="&#x25FC;"):
    return "".join(f"<p>{mark} {item}</p>" for item in items)


def numbered(items, first=1):
    return "".join(f"<p class='num'>{index}. {item}</p>" for index, item in enumerate(items, first))


ILACS_AREAS = [
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care and care leavers",
]
ILACS_2023_AREAS = [
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care",
    "The experiences and progress of care leavers",
]

FIXTURES = {
    # ILACS from late 2019: the council named inside the title; four judgements before 2023.
    "download (3).pdf": f"""
        <h1>Inspection of Wakefield local authority children&#8217;s services</h1>
        <p>Inspection dates: 8 November 2021 to 19 November 2021</p>
        <p>Lead inspector: Amanda Fixture, Her Majesty&#8217;s Inspector</p>
        {table([(ILACS_AREAS[0], "Requires improvement to be good"), (ILACS_AREAS[1], "Requires improvement to be good"),
                (ILACS_AREAS[2], "Good"), ("Overall effectiveness", "Requires improvement to be good")])}
        <p>{PARAGRAPH}</p>
        <h2>What needs to improve</h2>
        {bullets(["The timeliness of initial assessments for children in need of help.",
                  "The quality of supervision, so that it helps social workers to progress plans for children without delay.",
                  "Sufficiency of local homes for children in care."])}
        {page('<h2>The experiences and progress of children who need help and protection: requires improvement to be good</h2>'
              '<p>1. Children and families receive a timely response when they first need help. The phrase '
              'fixture wakefield drift and delay is here to be searched for.</p>' + f'<p>2. {PARAGRAPH}</p>')}
        {page('<h2>The experiences and progress of children in care and care leavers: good</h2>' + f'<p>3. {PARAGRAPH}</p>')}
    """,
    # SIF, 2014: "Inspection date:" with a dash and a zero-padded day, the overall judgement in a sentence.
    "report.pdf": f"""
        <p>Birmingham City Council</p>
        <h1>Inspection of services for children in need of help and protection, children looked after and care leavers</h1>
        <p>and</p><h1>Review of the effectiveness of the Local Safeguarding Children Board</h1>
        <p>Inspection date: 18 March 2014 &#8211; 09 April 2014</p>
        <p>Report published: 19 June 2014</p>
        <p>The overall judgement is that children&#8217;s services are inadequate</p>
        <table>
        <tr><td>1. Children who need help and protection</td><td class='grade'>Inadequate</td></tr>
        <tr><td>2. Children looked after and achieving permanence</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>&nbsp;&nbsp;&nbsp;2.1 Adoption performance</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>&nbsp;&nbsp;&nbsp;2.2 Experiences and progress of care leavers</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>3. Leadership, management and governance</td><td class='grade'>Inadequate</td></tr>
        </table>
        {page('<h2>What does the local authority need to improve?</h2><h2>Areas for improvement</h2>'
              + numbered(["Ensure that children at risk of significant harm are seen promptly and protected.",
                          "Improve the quality of assessments so that they consider the history of each family.",
                          "Strengthen management oversight of frontline practice."]))}
        {page('<h2>The Local Safeguarding Children Board (LSCB)</h2><p>The Local Safeguarding Children Board is inadequate</p>'
              + f'<p>{PARAGRAPH}</p><h2>Information about this inspection</h2><p>Lead inspector: Fixture Inspector</p>')}
    """,
    # SIF re-inspection, 2017: "Inspection dates:" with "to", the council named as "City Council".
    "1 (1).pdf": f"""
        <p>Manchester City Council</p>
        <h1>Re-inspection of services for children in need of help and protection, children looked after and care leavers</h1>
        <p>Inspection dates: 9 October to 2 November 2017</p>
        <p>Report published: 21 December 2017</p>
        <p>Children&#8217;s services in Manchester require improvement to be good</p>
        <table>
        <tr><td>1. Children who need help and protection</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>2. Children looked after and achieving permanence</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>&nbsp;&nbsp;&nbsp;2.1 Adoption performance</td><td class='grade'>Good</td></tr>
        <tr><td>&nbsp;&nbsp;&nbsp;2.2 Experiences and progress of care leavers</td><td class='grade'>Requires improvement</td></tr>
        <tr><td>3. Leadership, management and governance</td><td class='grade'>Good</td></tr>
        </table>
        {page('<h2>Recommendations</h2>' + numbered(["Improve the consistency of early help for families.",
                                                      "Ensure that plans for children looked after are reviewed on time."]))}
    """,
    # ILACS, 2018-2019 wording: the council's full name above "Inspection of children's social care services".
    "children-services.pdf": f"""
        <p>London Borough of Barking and Dagenham</p>
        <h1>Inspection of children&#8217;s social care services</h1>
        <p>Inspection dates: 4 March 2019 to 15 March 2019</p>
        <p>Lead inspector: Fixture Lead, Her Majesty&#8217;s Inspector</p>
        {table([(ILACS_AREAS[0], "Requires improvement to be good"), (ILACS_AREAS[1], "Requires improvement to be good"),
                (ILACS_AREAS[2], "Requires improvement to be good"), ("Overall effectiveness", "Requires improvement to be good")])}
        <h2>What needs to improve</h2>
        {bullets(["The quality of plans for children in need.", "The response to children who go missing."])}
    """,
    # ILACS from 2023: five judgements, "Inspection dates: 13 to 24 March 2023".
    "ofsted.pdf": f"""
        <h1>Inspection of Kingston upon Hull local authority children&#8217;s services</h1>
        <p>Inspection dates: 13 to 24 March 2023</p>
        <p>Lead inspector: Fixture Walker, His Majesty&#8217;s Inspector</p>
        {table([(ILACS_2023_AREAS[0], "Good"), (ILACS_2023_AREAS[1], "Good"), (ILACS_2023_AREAS[2], "Outstanding"),
                (ILACS_2023_AREAS[3], "Good"), ("Overall effectiveness", "Good")])}
        <h2>What needs to improve?</h2>
        {bullets(["The consistency of return home interviews for children who go missing."])}
    """,
    # A focused visit letter: the dates in the first sentence.
    "letter.pdf": f"""
        <p>Ofsted<br>Piccadilly Gate<br>Store Street<br>Manchester<br>M1 2WD</p>
        <p>19 September 2019</p>
        <p>Fixture Director<br>Director of Children&#8217;s Services<br>Wakefield Metropolitan District Council</p>
        <p>Dear Fixture</p>
        <h2>Focused visit to Wakefield children&#8217;s services</h2>
        <p>This letter summarises the findings of the focused visit to Wakefield children&#8217;s services on
        13 August 2019 and 14 August 2019. The visit was carried out by Her Majesty&#8217;s Inspectors.</p>
        <p>{PARAGRAPH}</p>
        <h2>Areas for improvement</h2>
        {bullets(["The quality of assessments for children at the front door.", "Management oversight of contacts."], "&#8226;")}
        <p>Yours sincerely</p><p>Fixture Visitor<br>Her Majesty&#8217;s Inspector</p>
    """,
    # A monitoring visit letter: "on 11 and 12 July 2022".
    "letter (2).pdf": f"""
        <p>21 August 2022</p>
        <p>Fixture Director<br>Director of Children&#8217;s Services<br>Birmingham City Council</p>
        <h2>Monitoring visit to Birmingham children&#8217;s services</h2>
        <p>This letter summarises the findings of the monitoring visit to Birmingham children&#8217;s services on
        11 and 12 July 2022. This was the third monitoring visit since the local authority was judged inadequate.</p>
        <p>{PARAGRAPH}</p>
        <p>Yours sincerely</p><p>Fixture Monitor<br>His Majesty&#8217;s Inspector</p>
    """,
    # A council that is in no data root.
    "atlantis.pdf": f"""
        <h1>Inspection of Atlantis local authority children&#8217;s services</h1>
        <p>Inspection dates: 8 November 2021 to 19 November 2021</p>
        {table([("Overall effectiveness", "Good")])}
    """,
}


def chromium_pdf(name, body):
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "page.html")
        with open(source, "w") as handle:
            handle.write(f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head>"
                         f"<body>{body}</body></html>")
        target = os.path.join(OUT, name)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={folder}/profile", f"--print-to-pdf={target}", "file://" + source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def raw_pdf(objects, trailer_extra=""):
    """A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data, extra=""):
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pages_pdf(count):
    """`count` pages sharing one content stream."""
    kids = " ".join(f"{5 + index} 0 R" for index in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(), FONT,
               stream(b"BT /F1 12 Tf 72 720 Td (A page of a very long document) Tj ET")]
    for _ in range(count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>")
    return raw_pdf(objects)


def bomb_pdf(depth=9, fan=10):
    """A page that draws form X(depth), each form drawing the one below `fan` times: fan^depth text draws."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
               f"/Resources << /XObject << /X 6 0 R >> >> >>".encode(),
               stream(b"/X Do")]
    for level in range(depth, -1, -1):
        number = len(objects) + 1
        if level == 0:
            content = b"BT /F1 12 Tf 72 720 Td (boom boom boom boom) Tj ET"
            resources = "/Font << /F1 3 0 R >>"
        else:
            content = b" ".join([b"/X Do"] * fan)
            resources = f"/XObject << /X {number + 1} 0 R >>"
        objects.append(stream(content, f"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {resources} >> "))
    return raw_pdf(objects)


def encrypted_pdf():
    """Standard security handler, revision 2: without the user password nothing opens."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
               stream(bytes(range(40)) * 2),
               b"<< /Filter /Standard /V 1 /R 2 /O <" + b"7a" * 32 + b"> /U <" + b"3c" * 32 + b"> /P -44 >>"]
    return raw_pdf(objects, "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ")


def image_only_pdf():
    """One page holding a grey 64x64 image and no text, like a scan."""
    pixels = zlib.compress(bytes((x * 4 + y) % 256 for y in range(64) for x in range(64)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /XObject << /Im 5 0 R >> >> >>",
               stream(b"q 400 0 0 400 97 300 cm /Im Do Q"),
               stream(pixels, "/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                              "/BitsPerComponent 8 /Filter /FlateDecode ")]
    return raw_pdf(objects)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, body in FIXTURES.items():
        chromium_pdf(name, body)
    hostile = {
        "bad/bomb.pdf": bomb_pdf(),
        "bad/five-hundred-pages.pdf": pages_pdf(500),
        "bad/encrypted.pdf": encrypted_pdf(),
        "bad/scan.pdf": image_only_pdf(),
        "bad/not-a-pdf.pdf": b"PK\x03\x04 this is a zip archive, not a PDF\n",
        "bad/empty.pdf": b"",
    }
    with open(os.path.join(OUT, "letter.pdf"), "rb") as handle:
        letter = handle.read()
    hostile["bad/truncated.pdf"] = letter[: len(letter) // 2]
    os.makedirs(os.path.join(OUT, "bad"), exist_ok=True)
    for name, data in hostile.items():
        with open(os.path.join(OUT, name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
