"""Text with marked spans as HTML: overlapping spans become properly nested elements.

Quotes, cues, speakers and entity mentions overlap in every way (a speaker's mention inside
a quote, a place inside an organisation's name, a mention crossing a quote's edge). HTML
elements must nest, so a mark that is still open when an inner one has to close is closed
and reopened around it, as browsers themselves do with misnested formatting tags.
Everything is escaped here, and text that HTML cannot carry is made safe one character
for one, so offsets into the article's text stay valid.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from attrs import field, frozen

__all__ = ["Mark", "attributes_html", "escaped", "marked_html", "safe_text"]

#: C0/C1 controls (but tab and line breaks), lone surrogates and non-characters: invisible or
#: not allowed in HTML, and a lone surrogate cannot even be encoded as UTF-8.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def safe_text(text: str) -> str:
    """``text`` with each character HTML cannot show replaced by U+FFFD (same length)."""
    return _UNSAFE.sub("\ufffd", text)


def escaped(text: str) -> str:
    """``text`` safe (see :func:`safe_text`) and HTML-escaped, quotes included."""
    return html.escape(safe_text(text), quote=True)


def attributes_html(attributes: Iterable[tuple[str, str]]) -> str:
    """`` name="value"`` pairs, values escaped (names are the caller's own constants)."""
    return "".join(f' {name}="{escaped(value)}"' for name, value in attributes)


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(value)


@frozen
class Mark:
    """Wrap ``[start, end)`` of the text in ``<tag attributes>``; ``depth`` orders marks with
    the same extent (lower is outer). An ``id`` attribute is kept on the first piece only."""

    start: int
    end: int
    tag: str
    attributes: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    depth: int = 0

    def opening(self, *, first: bool) -> str:
        attributes = self.attributes if first else tuple(pair for pair in self.attributes if pair[0] != "id")
        return f"<{self.tag}{attributes_html(attributes)}>"

    def closing(self) -> str:
        return f"</{self.tag}>"


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark inside it as a nested element (an empty mark as an
    empty element, so a link to its id still lands)."""
    pending = sorted(
        (mark for mark in marks if 0 <= mark.start <= mark.end <= len(text)),
        key=lambda mark: (mark.start, -mark.end, mark.depth),
    )
    stops = sorted({0, len(text)} | {mark.start for mark in pending} | {mark.end for mark in pending})
    parts: list[str] = []
    stack: list[Mark] = []
    next_mark = 0
    for here, after in zip(stops, stops[1:] + [None]):
        if any(mark.end == here for mark in stack):
            closing_from = min(index for index, mark in enumerate(stack) if mark.end == here)
            reopened = [mark for mark in stack[closing_from:] if mark.end != here]
            parts.extend(mark.closing() for mark in reversed(stack[closing_from:]))
            del stack[closing_from:]
            for mark in reopened:
                parts.append(mark.opening(first=False))
                stack.append(mark)
        while next_mark < len(pending) and pending[next_mark].start == here:
            mark = pending[next_mark]
            parts.append(mark.opening(first=True))
            if mark.end == here:
                parts.append(mark.closing())
            else:
                stack.append(mark)
            next_mark += 1
        if after is not None:
            parts.append(escaped(text[here:after]))
    parts.extend(mark.closing() for mark in reversed(stack))
    return "".join(parts)
