"""Scans over an article's tokens that several people rules share: where given words occur, and
whether a token is a title."""

from __future__ import annotations

from collections.abc import Iterable

from newscore.text.names import TITLES
from newscore.text.tokens import TokenTable

__all__ = ["positions", "title_at"]


def title_at(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a title or a role written before a name ("Mr", "Dr.", "President")."""
    return table.lower[i].rstrip(".") in TITLES


def positions(words: list[str], targets: Iterable[str]) -> list[int]:
    """Where the ``targets`` occur in ``words``, in order: a C scan for each when they are one or two,
    else one pass testing each token against a set (each scan reads the whole list)."""
    targets = set(targets)
    if len(targets) > 2:
        return [i for i, word in enumerate(words) if word in targets]
    found = []
    for target in targets:
        i = -1
        try:
            while True:
                i = words.index(target, i + 1)
                found.append(i)
        except ValueError:
            pass
    return sorted(found)
