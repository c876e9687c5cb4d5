#!/usr/bin/env python3
"""Writes the damaged and hostile files that test_badinput opens.

The small inputs (empty files, junk, broken encodings, a 10,000-page hOCR,
1 GB of one line) are made by the test itself; these need Ghostscript (`gs`)
or take longer to make than a test should, so they are kept here. Run from
this folder: python3 make-inputs.py
"""
import os
import struct
import subprocess
import zlib

LINE = "(The council met on Tuesday and agreed the budget.) show"


def gs(*args):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", *args], check=True)


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def huge_png(path, side):
    """A valid 1-bit white PNG of side × side pixels (900 megapixels at 30,000)."""
    row = b"\x00" + b"\xff" * (side // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) +
                  png_chunk(b"IDAT", data) + png_chunk(b"IEND", b""))


def main():
    gs("-sDEVICE=pdfwrite", "-o", "page.pdf", "-c",
       f"/Helvetica findfont 24 scalefont setfont 72 700 moveto {LINE} showpage")
    page = open("page.pdf", "rb").read()

    # Every object offset in the cross-reference table points at byte 1.
    start = page.index(b"\nxref")
    table = page[start:]
    for line in set(table.split(b"\n")):
        if line.endswith(b" 00000 n ") or line.endswith(b" 00000 n"):
            table = table.replace(line, b"0000000001" + line[10:])
    garbled = page[:start] + table
    open("garbled-xref.pdf", "wb").write(garbled)

    open("truncated.pdf", "wb").write(page[: len(page) // 3])

    gs("-sDEVICE=pdfwrite", "-sOwnerPassword=owner", "-sUserPassword=secret",
       "-o", "locked.pdf", "page.pdf")
    # A page of 100 × 100 inches: 30,000 × 30,000 pixels at 300 dpi.
    gs("-sDEVICE=pdfwrite", "-dDEVICEWIDTHPOINTS=7200", "-dDEVICEHEIGHTPOINTS=7200",
       "-dFIXEDMEDIA", "-o", "poster.pdf", "-c",
       "/Helvetica findfont 240 scalefont setfont 720 3600 moveto (Poster) show showpage")
    gs("-sDEVICE=tiffg4", "-g30000x30000", "-r300", "-o", "huge.tif", "-c", "showpage")
    huge_png("huge.png", 30000)
    os.remove("page.pdf")

    # A PNG signature followed by text: the header says PNG, the rest is not.
    with open("damaged.png", "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + "本报讯 这不是一幅图像。\n".encode() * 40)


if __name__ == "__main__":
    main()
