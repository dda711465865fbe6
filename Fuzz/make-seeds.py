#!/usr/bin/env python3
"""Makes the fuzzers' seed corpora from the files the project ships (docs/reliability.md).

ods-content: every sheet of the Ofsted releases in ../shared/data/ofsted (or $JOURNEY_SHARED/data/ofsted), cut to
its first rows, as small content.xml files; plus Fuzz/Seeds/ods-content.
csv-reader: the same cut sheets written as CSV (and in the explore-education-statistics
form); plus Fuzz/Seeds/csv-reader.
council-loader: each council folder in data/councils: council.yaml, imported.yaml and each
letter, joined by NUL bytes as the target reads them.
"""
import csv, io, os, pathlib, shutil, sys, zipfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
for prefix, uri in NS.items():
    ET.register_namespace(prefix, uri)
T = "{%s}" % NS["table"]
X = "{%s}" % NS["text"]
ROWS = 12


def cut_sheets(ods):
    """Yields (sheet name, [row elements]) with the first ROWS non-blank rows of each sheet."""
    with zipfile.ZipFile(ods) as archive, archive.open("content.xml") as content:
        name, rows = None, []
        for event, element in ET.iterparse(content, events=("start", "end")):
            if event == "start" and element.tag == T + "table":
                name, rows = element.get(T + "name"), []
            elif event == "end" and element.tag == T + "table-row":
                if len(rows) < ROWS and "".join(element.itertext()).strip():
                    rows.append(ET.fromstring(ET.tostring(element)))
                element.clear()
            elif event == "end" and element.tag == T + "table":
                yield name, rows
                element.clear()


def content_xml(name, rows):
    body = "".join(ET.tostring(row, encoding="unicode") for row in rows)
    declarations = " ".join('xmlns:%s="%s"' % item for item in NS.items())
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>'
            '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
            '</office:body></office:document-content>' % (declarations, name, body)).encode()


def cells(row):
    values = []
    for cell in row:
        repeat = min(int(cell.get(T + "number-columns-repeated", "1")), 64)
        text = "\n".join("".join(p.itertext()) for p in cell.iter(X + "p"))
        values += [text] * repeat
    while values and not values[-1].strip():
        values.pop()
    return values


def csv_bytes(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode()


def main(out):
    out = pathlib.Path(out)
    for target in ("ods-content", "csv-reader", "council-loader"):
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        committed = ROOT / "Fuzz" / "Seeds" / target
        for seed in sorted(committed.glob("*")) if committed.is_dir() else []:
            shutil.copy(seed, folder / seed.name)
    shared = pathlib.Path(os.environ.get("JOURNEY_SHARED", ROOT.parent / "shared"))
    releases = sorted((shared / "data" / "ofsted").glob("*.ods"))
    for ods in releases:
        for index, (name, rows) in enumerate(cut_sheets(ods)):
            stem = "%s-%02d" % (ods.stem[:24], index)
            (out / "ods-content" / (stem + ".xml")).write_bytes(content_xml(name, rows))
            (out / "csv-reader" / (stem + ".csv")).write_bytes(csv_bytes([cells(r) for r in rows]))
    for council in sorted((ROOT / "data" / "councils").glob("*")):
        parts = [council / "council.yaml", council / "imported.yaml"]
        letters = sorted((council / "letters").glob("*.md")) or [None]
        for letter in letters:
            data = [p.read_bytes() if p and p.exists() else b"" for p in parts + [letter]]
            name = "%s-%s" % (council.name, letter.stem if letter else "none")
            (out / "council-loader" / name).write_bytes(b"\0".join(data))
    for target in ("ods-content", "csv-reader", "council-loader"):
        print("%s: %d seeds" % (target, len(list((out / target).iterdir()))))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build-fuzz" / "corpus")
