"""Datelines: the place a wire story was filed from, in capitals before its first words.

"NEW YORK, March 4 —", "WASHINGTON (AP) —", "LAGOS, Nigeria (Reuters) -", "LONDON 1996-08-30". spaCy reads such
capitals as an organisation or misses them; a dateline names a city ("NEW YORK" is New York
City, not the state), which resolution is told through the mention's source.
"""

from __future__ import annotations

import re

from newscore_locations.gazetteer import Gazetteer

__all__ = ["dateline_spans", "slug_country_spans"]

_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
#: At a line's start: up to four words in capitals, then a comma, an agency in brackets, a dash
#: or a date ("LONDON 1996-08-30", "PARIS Aug 30").
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?=[ \t]?,[ \t]|[ \t]+\(|[ \t]+[—–-][ \t]|[—–]|[ \t]+(?:\d{4}-\d\d-\d\d|_MONTH\.?[ \t]+\d{1,2}\b))".replace("_MONTH", _MONTH),
    re.MULTILINE,
)
#: The rest of a line after a dash, in capitals: a wire headline's topic slug ("SOCCER - JAPAN GET
#: LUCKY WIN."), not a dateline before the story's first words.
_SLUG_REST = re.compile(r"[ \t]*[—–-][ \t]*[^a-z\n]*$", re.MULTILINE)


def dateline_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Place names that open a line as a dateline does, where the gazetteer knows a city or country by that name."""
    found = []
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if _SLUG_REST.match(text, end):
            continue  # a headline's topic slug: see slug_country_spans
        if any(c.place.feature in ("city", "country") for c in gazetteer.candidates(name)):
            found.append((start, end))
    return found


def slug_country_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Countries a wire headline's topic slug names ("PAKISTAN - BHUTTO'S PARTY WINS"): places,
    though not where the story was filed; a slug naming no country is a topic ("SOCCER", "CRICKET")."""
    found = []
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        if _SLUG_REST.match(text, end) and any(
            c.place.feature == "country" and not c.alternate for c in gazetteer.candidates(match.group(1))
        ):
            found.append((start, end))
    return found
