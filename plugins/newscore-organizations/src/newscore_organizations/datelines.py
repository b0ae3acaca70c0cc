"""The news agency slot of a wire dateline: "NEW DELHI, Aug 26 (PTI) -", "WASHINGTON (AP) —"."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: At a line's start: a place, an optional date after a comma or space, the agency in brackets, a dash.
_WORDS = r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}"
_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{4}-\d{2}-\d{2})"
_DATELINE_AGENCY = re.compile(
    rf"^{_WORDS}(?:, {_WORDS})?(?:,? {_DATE})? \((?P<agency>[A-Z][A-Za-z&]{{1,9}})\) ?[-–—:]",
    re.MULTILINE,
)


def agency_slots(text: str) -> Iterator[tuple[int, int]]:
    """The spans of agencies named in a wire dateline's brackets: whatever else the letters stand
    for ("PTI" is also a Pakistani party), there they name the agency that filed the story."""
    for match in _DATELINE_AGENCY.finditer(text):
        yield match.start("agency"), match.end("agency")
