#!/usr/bin/env python3
"""Renders the app icon (resources/ui/bellboard.svg) into the files installers need:
hicolor PNGs for Linux, an .ico for Windows and an .icns for macOS, under installer/icons/.

The results are committed, so building needs none of this; rerun it after changing the SVG.
Needs rsvg-convert (Debian: librsvg2-bin). .ico and .icns hold PNGs, which both formats allow
(Windows Vista and later, macOS 10.7 and later), so no other tool is needed.
"""
import pathlib
import struct
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
SVG = ROOT / "resources/ui/bellboard.svg"
OUT = ROOT / "installer/icons"
SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]


def render(size):
    path = OUT / f"bellboard-{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(path)], check=True)
    return path.read_bytes()


def ico(pngs):
    # ICONDIR, then one ICONDIRENTRY per image (a width of 0 means 256), then the PNGs.
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256)]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs):
    # Each element: a four-letter type, its length including this 8-byte header, the PNG.
    types = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512}
    body = b"".join(t.encode() + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for t, s in types.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {s: render(s) for s in SIZES}
    (OUT / "bellboard.ico").write_bytes(ico(pngs))
    (OUT / "bellboard.icns").write_bytes(icns(pngs))


if __name__ == "__main__":
    main()
