"""Build src/newscore/data/world_outlines.txt.gz: country outlines for the HTML view's map.

Source: Natural Earth's 1:110m "admin 0 countries" (public domain, naturalearthdata.com), in the
copy geopandas 0.14 shipped as ``geopandas/datasets/naturalearth_lowres`` (later geopandas
releases dropped it). Read from the wheel at build time only; nothing is downloaded at run time:

    pip download geopandas==0.14.4 --no-deps -d wheels
    python scripts/build_world_outlines.py wheels/geopandas-0.14.4-py3-none-any.whl

Output: one ring per line, ``lon,lat lon,lat …`` in degrees rounded to ``PRECISION``, with
points closer than ``MIN_STEP`` degrees to the last kept one dropped (a 720-pixel-wide map shows
nothing finer), and rings smaller than ``MIN_AREA`` square degrees left out. Antarctica is left
out too: news rarely places anything there and it would take a fifth of the map.
"""

from __future__ import annotations

import argparse
import gzip
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newscore" / "data" / "world_outlines.txt.gz"
_SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
_DBF = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.dbf"
PRECISION = 1
MIN_STEP = 0.4
MIN_AREA = 0.5
_POLYGON = 5


def _records(shp: bytes) -> Iterator[list[list[tuple[float, float]]]]:
    """Each polygon record of an ESRI shapefile as its rings of (lon, lat) points."""
    position = 100  # the file header
    while position < len(shp):
        _, length = struct.unpack(">ii", shp[position : position + 8])
        content = shp[position + 8 : position + 8 + 2 * length]
        position += 8 + 2 * length
        (shape,) = struct.unpack("<i", content[:4])
        if shape != _POLYGON:
            yield []
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44 : 44 + 4 * parts_count]))
        offset = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", content[offset : offset + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2]))
        yield [points[start:end] for start, end in zip(parts, [*parts[1:], points_count])]


def _names(dbf: bytes) -> list[str]:
    """The ``name`` column of a dBase III table."""
    records, header_length, record_length = struct.unpack("<xxxxIHH", dbf[:12])
    fields, position = [], 32
    while dbf[position] != 0x0D:
        name = dbf[position : position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[position + 16]))
        position += 32
    start = 1 + sum(size for name, size in fields[: [n for n, _ in fields].index("name")])
    size = dict(fields)["name"]
    return [
        dbf[header_length + i * record_length + start : header_length + i * record_length + start + size]
        .decode("latin-1")  # only compared with "Antarctica"
        .strip()
        for i in range(records)
    ]


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]]))) / 2


def _simplified(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [ring[0]]
    for x, y in ring[1:]:
        if max(abs(x - kept[-1][0]), abs(y - kept[-1][1])) >= MIN_STEP:
            kept.append((x, y))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="geopandas-0.14.x-py3-none-any.whl")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        shp, dbf = wheel.read(_SHP), wheel.read(_DBF)
    lines = []
    for name, rings in zip(_names(dbf), _records(shp), strict=True):
        if name == "Antarctica":
            continue
        for ring in rings:
            if _area(ring) < MIN_AREA:
                continue
            points = _simplified(ring)
            if len(points) >= 3:
                lines.append(" ".join(f"{x:.{PRECISION}f},{y:.{PRECISION}f}" for x, y in points))
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0))
    print(f"{OUT}: {len(lines)} rings, {sum(line.count(' ') + 1 for line in lines)} points, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
