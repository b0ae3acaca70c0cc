"""A small world map as inline SVG: country outlines and points at longitude/latitude.

The outlines are Natural Earth's 1:110m countries (public domain), simplified and shipped in
``newscore/data/world_outlines.txt.gz`` by ``scripts/build_world_outlines.py``; nothing is
fetched. The projection is plate carrée (x = longitude, y = -latitude), cropped to the
latitudes people live at.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import math
from collections.abc import Iterable

from attrs import frozen

from newscore.exporters.marks import attributes_html, escaped

__all__ = ["MapPoint", "world_map_svg"]

#: The map's latitudes: from the north of Greenland to Tierra del Fuego (Antarctica is not drawn).
_NORTH, _SOUTH = 84.0, -58.0


@frozen
class MapPoint:
    """A point to draw: where, how big (a count), its tooltip and the attributes it carries."""

    latitude: float
    longitude: float
    weight: int
    label: str
    attributes: tuple[tuple[str, str], ...] = ()


@functools.cache
def _outline_path() -> str:
    """The SVG path of every country outline (read once per process)."""
    data = importlib.resources.files("newscore") / "data" / "world_outlines.txt.gz"
    rings = gzip.decompress(data.read_bytes()).decode("ascii").splitlines()
    parts = []
    for ring in rings:
        points = [point.split(",") for point in ring.split()]
        parts.append("M" + "L".join(f"{lon},{_y(float(lat)):g}" for lon, lat in points) + "Z")
    return "".join(parts)


def _y(latitude: float) -> float:
    return round(-latitude, 1)


def world_map_svg(points: Iterable[MapPoint], *, title: str = "Places on a world map") -> str:
    """An ``<svg>`` element: the outlines, a faint graticule and one circle per point (largest drawn first)."""
    height = _NORTH - _SOUTH
    graticule = "".join(f"M-180,{_y(lat):g}H180" for lat in range(-30, 90, 30)) + "".join(
        f"M{lon},{-_NORTH:g}V{-_SOUTH:g}" for lon in range(-150, 180, 30)
    )
    circles = []
    for point in sorted(points, key=lambda point: -point.weight):
        radius = 1.6 + 1.2 * math.sqrt(max(point.weight, 1) - 1)
        attributes = attributes_html(
            (
                ("class", "place"),
                ("cx", f"{point.longitude:.2f}"),
                ("cy", f"{_y(point.latitude):g}"),
                ("r", f"{min(radius, 7.0):.1f}"),
                *point.attributes,
            )
        )
        circles.append(f"<circle{attributes}><title>{escaped(point.label)}</title></circle>")
    return (
        f'<svg class="world" viewBox="-180 {-_NORTH:g} 360 {height:g}" role="img" '
        f'preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escaped(title)}</title>"
        f'<rect class="sea" x="-180" y="{-_NORTH:g}" width="360" height="{height:g}"/>'
        f'<path class="graticule" d="{graticule}"/>'
        f'<path class="land" d="{_outline_path()}"/>'
        f'<g class="places">{"".join(circles)}</g></svg>'
    )

