"""Small text helpers for plugin authors working with character offsets."""

from __future__ import annotations

import re

__all__ = ["trim_span", "QUOTE_CHARS"]

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
