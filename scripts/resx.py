#!/usr/bin/env python3
"""Writes a .resx trio (en, ru, kk) from one table, so the three languages of a page never drift apart.

    scripts/resx.py <table.tsv> <out/Name>   # writes out/Name.resx, out/Name.ru.resx, out/Name.kk.resx

The table has one row per text: key<TAB>en<TAB>ru<TAB>kk (a literal \\n in a cell is a line break)."""
import sys
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def main(table, out):
    rows = []
    for number, line in enumerate(open(table, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or not all(cell.strip() for cell in cells):
            sys.exit(f"{table}:{number}: expected key, en, ru, kk separated by tabs")
        rows.append([cell.replace("\\n", "\n") for cell in cells])
    keys = [row[0] for row in rows]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        sys.exit(f"{table}: duplicate keys {sorted(duplicates)}")
    for index, suffix in ((1, ""), (2, ".ru"), (3, ".kk")):
        with open(f"{out}{suffix}.resx", "w", encoding="utf-8") as file:
            file.write(HEAD)
            for row in rows:
                file.write(f'  <data name="{escape(row[0], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(row[index])}</value></data>\n')
            file.write("</root>\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
