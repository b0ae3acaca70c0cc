"""What a detector proposes: a span that may name an organisation, and how sure it is."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from attrs import frozen

from newscore_organizations.catalog import KnownOrganization

#: How much each way of finding a span is trusted when two proposals overlap.
PRIORITY = {
    "definition": 5,
    "source-line": 5,
    "catalog": 4,
    "spacy-extended": 4,
    "pattern": 3,
    "catalog-ambiguous": 3,
    "spacy": 2,
    "propagated": 1,
}
#: The confidence given to an organisation found only that way.
CONFIDENCE = {
    "definition": 0.9,
    "source-line": 0.85,
    "catalog": 0.9,
    "spacy-extended": 0.75,
    "pattern": 0.75,
    "catalog-ambiguous": 0.75,
    "spacy": 0.6,
    "propagated": 0.6,
}


@frozen
class Candidate:
    """A proposed organisation mention ``[start, end)`` of the text."""

    start: int
    end: int
    source: str  # a key of PRIORITY
    form: str = "name"  # "name", "acronym" or "alias"
    known: KnownOrganization | None = None
    type_hint: str | None = None
    link: str | None = None  # candidates sharing a link name one organisation (acronym definitions)

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


def _preference(c: Candidate) -> tuple:
    """A total order, so the choice between candidates for one span never depends on set order
    (string hashes, and so set order, change from process to process): the more a candidate
    knows (a list entry, an acronym link, a type), the earlier."""
    return (
        -c.priority,
        -(c.end - c.start),
        c.start,
        c.end,
        c.source,
        c.known is None,
        "" if c.known is None else c.known.name,
        c.link is None,
        c.link or "",
        c.type_hint is None,
        c.type_hint or "",
        c.form,
    )


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the most trusted first, then the longest, then the earliest."""
    ordered = sorted(set(candidates), key=_preference)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for candidate in ordered:
        if candidate.end <= candidate.start:
            continue
        position = bisect.bisect_left(starts, candidate.start)
        if position > 0 and ends[position - 1] > candidate.start:
            continue
        if position < len(starts) and starts[position] < candidate.end:
            continue
        starts.insert(position, candidate.start)
        ends.insert(position, candidate.end)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))
