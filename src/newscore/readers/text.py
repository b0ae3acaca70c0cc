"""The plain-text reader: news files laid out like ``seeds/`` (title, standfirst, paragraphs, source line)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscore.hookspecs import hookimpl
from newscore.model import Article, Span
from newscore.readers.common import source_stem

__all__ = ["PlainTextReader", "article_from_plain_text", "paragraph_spans"]

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)")
_LINE = re.compile(r"[^\r\n\u2028\u2029]+")
_SOURCE_LINE = re.compile(r"^(?:source|sources|via|credit|credits)\s*:\s*(?P<name>\S.{0,80})$", re.I)
_TERMINAL = tuple(".!?:;,\"”’)…")


def paragraph_spans(text: str) -> list[Span]:
    """Paragraph spans: blocks between blank lines if there are any, else single lines."""
    if _BLANK_LINE.search(text):
        pieces, start = [], 0
        for match in _BLANK_LINE.finditer(text):
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, len(text)))
    else:
        pieces = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span.from_text(text, start, end))
    return spans


def _is_heading(block: Span) -> bool:
    line = block.text
    return (
        len(line) <= 80
        and len(line.split()) <= 12
        and "\n" not in line
        and not line.endswith(_TERMINAL)
        and not line.startswith(tuple("\"“‘'«„-—–•*"))
    )


def article_from_plain_text(text: str, *, id: str | None = None, source: str | None = None) -> Article:
    """An article from a plain-text news file laid out like ``seeds/``.

    The first line is the title when it is short; a short second paragraph without
    quotation marks is the standfirst; short lines without end punctuation are
    subheadings; a last line ``Source: X`` names the publisher. The other blocks are the
    body paragraphs. ``text`` is kept exactly, so offsets match the file.
    """
    blocks = paragraph_spans(text)
    title = standfirst = publisher = None
    subheadings: list[str] = []
    body = list(blocks)
    if len(body) > 1 and len(body[0].text) <= 200 and "\n" not in body[0].text:
        title = body.pop(0).text
    if body and (match := _SOURCE_LINE.match(body[-1].text)):
        publisher = match.group("name").strip()
        body.pop()
    if (
        title is not None
        and len(body) >= 3
        and len(body[0].text) <= 250
        and not any(mark in body[0].text for mark in "\"“”«»„")
    ):
        standfirst = body.pop(0).text
    paragraphs: list[Span] = []
    for block in body:
        if paragraphs and _is_heading(block):
            subheadings.append(block.text)
        else:
            paragraphs.append(block)
    return Article(
        text=text,
        id=id,
        title=title,
        standfirst=standfirst,
        subheadings=subheadings,
        paragraphs=paragraphs,
        source=publisher if publisher is not None else source,
    )


class PlainTextReader:
    """Plain-text news files (``.txt``): one article per file."""

    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text")

    def read(self, *, text: str, source: str) -> Iterator[Article]:
        yield article_from_plain_text(text, id=source_stem(source))



@hookimpl
def register_readers() -> list[PlainTextReader]:
    return [PlainTextReader()]
