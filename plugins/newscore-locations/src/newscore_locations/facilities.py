"""Facilities and venues named as organisations: "Etihad Stadium", "Heathrow Airport", "Leeds
General Infirmary", "Johnson Space Center", "the Museum of Flight".

spaCy labels many of them ORG and the organisations plugin keeps them as organisations;
geoparsing gold counts them as places. A venue (stadium, airport, station, bridge …) is
reported as a place name; an institution that is also a body (hospital, university,
museum, centre) as an ``embedded`` place, so NER-style scoring, which counts it as an
organisation, leaves it out. Resolution places either at a place named inside it, if any,
else (:mod:`newscore_locations.sites`) at the place the text sets it in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from newscore.text import SpanIndex, TokenTable

__all__ = ["facility_spans", "is_venue_word", "names_a_facility", "names_a_venue"]

T = TypeVar("T")

#: Head words of places that are only places.
_VENUES = frozenset(
    ["stadium", "arena", "airport", "airfield", "station", "cottage", "ground", "bridge", "square", "tower",
     "towers", "palace", "cathedral", "mosque", "temple", "prison", "jail", "port", "harbour",
     "harbor", "dam", "zoo", "gardens", "velodrome", "racecourse", "speedway", "motorway", "highway"]
)
#: Head words of places that are bodies too.
_INSTITUTIONS = frozenset(
    ["hospital", "infirmary", "clinic", "university", "college", "school", "museum", "gallery", "library",
     "center", "centre", "theatre", "theater", "hall", "church"]
)

_FACILITY_HEADS = _VENUES | _INSTITUTIONS


def facility_spans(
    table: TokenTable, spans: Iterable[tuple[int, int]], taken: SpanIndex[T]
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the organisation spans whose head word names a facility
    (``kind`` ``"venue"`` or ``"institution"``): the last word, or the word before "of"
    ("Museum of Flight"). Spans overlapping ``taken`` are left alone."""
    found: dict[tuple[int, int], str] = {}
    for start, end in spans:
        if (start, end) in found or taken.overlaps(start, end):
            continue
        first, stop = table.next_token(start), table.next_token(end)
        parts = _conjuncts(table, first, stop)
        kinds = [_kind(table, *part) for part in parts]
        if len(parts) > 1 and all(kinds):  # "Barclays Center and Craven Cottage": two venues
            found.update(((table.idx[a], table.end[b - 1]), kind) for (a, b), kind in zip(parts, kinds, strict=True) if kind)
        elif kind := _kind(table, first, stop):
            found[(start, end)] = kind
    return sorted((start, end, kind) for (start, end), kind in found.items())


def _conjuncts(table: TokenTable, first: int, stop: int) -> list[tuple[int, int]]:
    """Tokens ``[first, stop)`` cut at each "and" into the names it joins."""
    cuts = [i for i in range(first + 1, stop - 1) if table.lower[i] == "and"]
    edges = [first - 1, *cuts, stop]
    return [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False)]


def _kind(table: TokenTable, first: int, stop: int) -> str | None:
    """ "venue" or "institution" where tokens ``[first, stop)`` name a facility, by their head
    word: the last word, or the word before "of" ("Museum of Flight")."""
    if stop - first < 2:
        return None  # a bare "Hospital" names no facility
    heads = [stop - 1] + [i - 1 for i in range(first + 1, stop - 1) if table.lower[i] == "of"]
    for head in heads:
        if head < first or not table.text[head][:1].isupper():
            continue
        word = table.lower[head]
        if word in _VENUES:
            return "venue"
        if word in _INSTITUTIONS:
            return "institution"
    return None


def names_a_facility(name: str) -> bool:
    """Whether a name of two or more words ends in a venue's or an institution's head word
    ("Narendra Modi Stadium", "Moi International Airport", "Aga Khan University Hospital")."""
    return _headed_by(name, _FACILITY_HEADS)


def names_a_venue(name: str) -> bool:
    """Whether a name of two or more words ends in a venue's head word ("Moi International Airport")."""
    return _headed_by(name, _VENUES)


def _headed_by(name: str, heads: frozenset[str]) -> bool:
    """Whether ``name`` has two or more words, the last one of ``heads`` (a bare "Stadium" names nothing)."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in heads


def is_venue_word(word: str) -> bool:
    """Whether a lower-case word names a kind of venue ("the Maracana stadium")."""
    return word in _VENUES
