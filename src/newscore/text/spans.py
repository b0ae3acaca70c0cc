"""Small text helpers for plugin authors working with character offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

__all__ = ["QUOTE_CHARS", "SpanIndex", "trim_span", "without_article"]

T = TypeVar("T")

#: Every character newscore treats as a quotation mark.
QUOTE_CHARS = "\"'“”‘’«»„‟‚‛‹›「」『』"

_LEADING = re.compile(r"(?:the|The|THE)[\s\u00a0]+")  # match() anchors at pos; "^" would not
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_EDGE_JUNK = " \t\r\n\u00a0\u2028\u2029,;:!?()[]{}" + QUOTE_CHARS  # not ".": "U.S.", "Inc."


def trim_span(text: str, start: int, end: int, *, drop_article: bool = True) -> tuple[int, int]:
    """Narrow ``[start, end)`` to the name it holds.

    Drops surrounding whitespace, punctuation and quotation marks, a trailing
    possessive (``Wagner’s`` → ``Wagner``) and, unless ``drop_article`` is false, a
    leading ``the``. Returns the new offsets (``start == end`` if nothing is left).
    """
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    if drop_article:
        match = _LEADING.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
    match = _TRAILING.search(text[start:end])
    if match and match.start() > 0:
        end = start + match.start()
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return start, end


_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)


def without_article(name: str) -> str:
    """``name`` without a leading "the" and the whitespace after it, unless nothing would be left.

    >>> without_article("the Kremlin"), without_article("The"), without_article("Theresa May")
    ('Kremlin', 'The', 'Theresa May')
    """
    match = _ARTICLE.match(name)
    return name[match.end() :] if match and match.end() < len(name) else name


class SpanIndex(Generic[T]):
    """Half-open character ranges, each with a value, asked which of them overlap a range.

    Built once per article; a query costs a bisect and a scan of the ranges that start
    within the longest range's length before the query, not a walk over all of them.
    """

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda item: (item[0], item[1]))
        self._starts = [start for start, _, _ in self._items]
        self._longest = max((end - start for start, end, _ in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[tuple[int, int, T]]:
        return iter(self._items)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The ranges sharing at least one character with ``[start, end)``, in order of start."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        stop = bisect.bisect_left(self._starts, end)
        return [item for item in self._items[first:stop] if item[1] > start and item[0] < end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any range shares a character with ``[start, end)``."""
        return bool(self.overlapping(start, end))

    def covering(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The ranges that hold all of ``[start, end)``."""
        return [item for item in self.overlapping(start, end) if item[0] <= start and end <= item[1]]
