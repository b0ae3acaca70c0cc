"""Datelines: the place a wire story was filed from, in capitals before its first words.

"NEW YORK, March 4 —", "WASHINGTON (AP) —", "LAGOS, Nigeria (Reuters) -". spaCy reads such
capitals as an organisation or misses them; a dateline names a city ("NEW YORK" is New York
City, not the state), which resolution is told through the mention's source.
"""

from __future__ import annotations

import re

from newscore_locations.gazetteer import Gazetteer

__all__ = ["dateline_spans"]

#: At a line's start: up to four words in capitals, then a comma, an agency in brackets or a dash.
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3})(?=,[ \t]|[ \t]+\(|[ \t]+[—–-][ \t]|[—–])",
    re.MULTILINE,
)


def dateline_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Place names that open a line as a dateline does, where the gazetteer knows a city or country by that name."""
    found = []
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if any(c.place.feature in ("city", "country") for c in gazetteer.candidates(name)):
            found.append((start, end))
    return found
