#!/usr/bin/env python3
"""Checks that a screenshot of the explorer is a real picture: a PNG of at least 800 x 500 pixels
whose pixels are not all one colour (a window that opened but drew nothing fails).

Usage: tools/check-screenshot.py SHOT.png       exits 0 if it is, 1 if not (and says why)
Standard library only, so it runs on any CI runner's Python 3.
"""

import struct
import sys
import zlib

MIN_WIDTH, MIN_HEIGHT = 800, 500
# the charts' curves, axes, text and the window's controls give hundreds of distinct byte values;
# a blank or single-colour window gives a handful
MIN_DISTINCT_BYTES = 32


def check(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return f"{path} is {width} x {height}, less than {MIN_WIDTH} x {MIN_HEIGHT}"
    chunks, at = [], 8
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8:at + 8 + length])
        at += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    distinct = len(set(pixels))
    if distinct < MIN_DISTINCT_BYTES:
        return f"{path} has only {distinct} distinct byte values: the window drew (almost) nothing"
    print(f"OK {path}: {width} x {height}, {distinct} distinct byte values")
    return None


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check-screenshot.py SHOT.png", file=sys.stderr)
        sys.exit(2)
    try:
        problem = check(sys.argv[1])
    except (OSError, zlib.error, struct.error) as e:
        problem = f"{sys.argv[1]}: {e}"
    if problem:
        print(f"FAIL {problem}")
        sys.exit(1)
