"""What a detector proposes: a span that may name an organisation, where it was found, and how
much that way of finding it is trusted."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from attrs import frozen

if TYPE_CHECKING:
    from newscore_organizations.catalog import KnownOrganization

#: How a span was found: a key of PRIORITY and CONFIDENCE.
Source = Literal[
    "definition", "source-line", "corroborated", "catalog", "spacy-extended", "side", "pattern", "catalog-ambiguous", "spacy", "propagated"
]
#: How a mention names its organisation.
NameForm = Literal["name", "acronym", "alias"]

#: How much each way of finding a span is trusted when two proposals overlap.
PRIORITY: dict[Source, int] = {
    "definition": 5,
    "source-line": 5,
    "corroborated": 4,
    "catalog": 4,
    "spacy-extended": 4,
    "side": 3,
    "pattern": 3,
    "catalog-ambiguous": 3,
    "spacy": 2,
    "propagated": 1,
}
#: The confidence given to an organisation found only that way.
CONFIDENCE: dict[Source, float] = {
    "definition": 0.9,
    "source-line": 0.85,
    # a listed name the sentence also shows acting as what the list says: a club that beats a side
    "corroborated": 0.95,
    "catalog": 0.9,
    "spacy-extended": 0.75,
    # a club by what it does in a sports report: beats or is beaten, has a coach, heads a results line
    "side": 0.95,
    "pattern": 0.75,
    "catalog-ambiguous": 0.75,
    "spacy": 0.6,
    "propagated": 0.6,
}


@frozen
class Proposal:
    """A span ``[start, end)`` of the text that may name an organisation, with how it was found.

    Every way of finding organisations (spaCy, the list, name patterns, acronym definitions,
    source lines, propagation) proposes these; :func:`select` keeps the non-overlapping best.
    """

    start: int
    end: int
    source: Source
    form: NameForm = "name"
    known: KnownOrganization | None = None
    type_hint: str | None = None
    link: str | None = None  # proposals sharing a link name one organisation (acronym definitions)

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


def _preference(c: Proposal) -> tuple[int | str | bool, ...]:
    """A total order, so the choice between proposals for one span never depends on set order
    (string hashes, and so set order, change from process to process): the more a proposal
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


def select(proposals: Iterable[Proposal]) -> list[Proposal]:
    """Non-overlapping proposals: the most trusted first, then the longest, then the earliest."""
    ordered = sorted(set(proposals), key=_preference)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Proposal] = []
    for proposal in ordered:
        if proposal.end <= proposal.start:
            continue
        position = bisect.bisect_left(starts, proposal.start)
        if position > 0 and ends[position - 1] > proposal.start:
            continue
        if position < len(starts) and starts[position] < proposal.end:
            continue
        starts.insert(position, proposal.start)
        ends.insert(position, proposal.end)
        chosen.append(proposal)
    return sorted(chosen, key=lambda c: (c.start, c.end))
