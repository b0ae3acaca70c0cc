"""Parts of a place named after its possessive: "Kano's Sabon Gari market", "Lagos's Ikeja
district". spaCy often reads the name as a person's; the words around it say it is a part
of the place before it, where resolution puts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from newscore.text import SpanIndex, TokenTable

__all__ = ["locality_spans"]

T = TypeVar("T")

#: Nouns after a name that make it a part of a town.
_LOCALITY_NOUNS = frozenset(
    ["market", "district", "neighbourhood", "neighborhood", "area", "suburb", "quarter", "estate", "camp",
     "township", "slum", "ward", "borough", "village", "settlement"]
)
_POSSESSIVES = frozenset(["'s", "’s"])
_MAX_WORDS = 3


def locality_spans(
    table: TokenTable, places: Iterable[tuple[int, int]], taken: SpanIndex[T]
) -> list[tuple[int, int, int]]:
    """``(start, end, place)``: a capitalised name of up to three words between a place's
    possessive and a locality noun, with the index in ``places`` of the place it lies in."""
    found = []
    for index, (_, end) in enumerate(places):
        after = table.next_token(end)
        if after >= len(table) or table.idx[after] != end or table.lower[after] not in _POSSESSIVES:
            continue
        first = last = after + 1
        while last < min(len(table), first + _MAX_WORDS) and table.text[last][:1].isupper():
            last += 1
        if last == first or last >= len(table) or table.lower[last] not in _LOCALITY_NOUNS:
            continue
        span = (table.idx[first], table.end[last - 1])
        if not taken.overlaps(*span):
            found.append((*span, index))
    return found
