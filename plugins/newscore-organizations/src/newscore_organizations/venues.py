"""Venues named like bodies: grounds, arenas and halls ("Craven Cottage", "Villa Park", "Barclays
Center") are places where something is played or held, not organisations, and two of them joined
by "and" are two names, never one."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Last words that make a name a venue wherever it stands.
_VENUE_HEADS = frozenset(
    ["Stadium", "Stadio", "Estadio", "Stade", "Arena", "Park", "Ground", "Grounds", "Cottage", "Lane", "Road",
     "Field", "Velodrome", "Circuit", "Garden", "Gardens", "Dome", "Coliseum", "Colosseum", "Bowl", "Oval",
     "Speedway", "Racecourse", "Ballpark"]
)
#: Last words that make a name a venue only where something is played or held at it ("played at
#: Barclays Center"; "an analyst at the Carnegie Moscow Center" works for a body).
_HALL_HEADS = frozenset(["Center", "Centre", "Hall", "Square"])
_HELD_AT = re.compile(r"\b(?:played|held|staged|hosted|playing|game|match|concert|fight|race)s? (?:at|in) (?:the )?$")
_AND = re.compile(r" and ")


def is_venue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a ground or hall: its last word is a venue's ("Villa Park"),
    or a hall's where the words before it say something is played or held there."""
    words = text[start:end].split()
    if len(words) < 2:
        return False  # "Park" or "Arena" alone is not a name of a place
    last = words[-1]
    if last in _VENUE_HEADS:
        return True
    return last in _HALL_HEADS and _HELD_AT.search(text, max(0, start - 24), start) is not None


#: Capitalised words after a name, up to a venue's or hall's last word.
_REST_OF_A_VENUE = re.compile(
    r"(?: [A-Z][\w'’.-]*){0,2}? (?:" + "|".join(sorted(_VENUE_HEADS | _HALL_HEADS)) + r")\b(?! [A-Z])"
)


def inside_a_venue(text: str, start: int, end: int) -> bool:
    """Whether the name ``[start, end)`` starts a venue's ("Barclays" in "played at Barclays Center")."""
    rest = _REST_OF_A_VENUE.match(text, end)
    return rest is not None and is_venue(text, start, rest.end())


def venue_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut at each "and" that follows a venue's name ("Barclays Center and Craven
    Cottage" is two names): the parts, in order (the span itself when no venue comes before an "and")."""
    part_start = start
    for match in _AND.finditer(text, start, end):
        if _venue_head(text[part_start : match.start()]):
            yield part_start, match.start()
            part_start = match.end()
    yield part_start, end


def _venue_head(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and (words[-1] in _VENUE_HEADS or words[-1] in _HALL_HEADS)
