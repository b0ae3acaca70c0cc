"""The inline markup the written gold sets are typed in, shared by their builders.

A mark wraps a surface and its annotation (``[[Paris|FR|48.85|2.35|Paris]]``,
``{{quoted words|Speaker|direct}}``); ``unmark`` gives the plain text and where each surface landed
in it, so gold offsets are computed, never typed. Sources are either one passage a line
(``id<TAB>text``) or blocks separated by a line holding only ``---`` whose first line is the id;
lines starting with ``#`` are comments in both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple


class Mark(NamedTuple):
    """One mark's regex groups (the surface first) and the surface's ``[start, end)`` in the plain text."""

    groups: tuple[str | None, ...]
    start: int
    end: int


def unmark(marked: str, pattern: re.Pattern[str], *, name: str, brackets: tuple[str, str] = ("[[", "]]")) -> tuple[str, list[Mark]]:
    """``marked`` with every match of ``pattern`` replaced by its first group (the surface), and the
    marks in order. A bracket left in the plain text is a mark ``pattern`` did not read: an error
    naming the passage."""
    pieces: list[str] = []
    marks: list[Mark] = []
    cursor = length = 0
    for match in pattern.finditer(marked):
        before, surface = marked[cursor : match.start()], match.group(1)
        start = length + len(before)
        pieces += (before, surface)
        marks.append(Mark(match.groups(), start, start + len(surface)))
        length = start + len(surface)
        cursor = match.end()
    pieces.append(marked[cursor:])
    text = "".join(pieces)
    if brackets[0] in text or brackets[1] in text:
        raise ValueError(f"{name}: a malformed mark ({brackets[0]} … {brackets[1]}) is left in the text")
    return text, marks


def check_trimmed(name: str, text: str, marks: Iterable[Mark]) -> None:
    """Raise unless every marked surface is non-empty and starts and ends with a non-space."""
    for mark in marks:
        surface = text[mark.start : mark.end]
        if not surface.strip() or surface != surface.strip():
            raise ValueError(f"{name}: the marked surface {surface!r} is empty or has spaces at its edges")


def _without_comments(source: str) -> list[str]:
    return [line for line in source.splitlines() if not line.startswith("#")]


def tab_lines(source: str) -> list[tuple[str, str]]:
    """``(id, marked text)`` of each ``id<TAB>text`` line; blank lines and comments skipped."""
    return [(doc_id, marked) for doc_id, marked in (line.split("\t", 1) for line in _without_comments(source) if line)]


def blocks(source: str) -> list[tuple[str, str]]:
    """``(id, marked text)`` of each ``---``-separated block: the first line is the id, the rest
    (outer blank lines stripped) the text."""
    passages = []
    for block in "\n".join(_without_comments(source)).split("\n---\n"):
        if block.strip():
            lines = block.strip().splitlines()
            passages.append((lines[0].strip(), "\n".join(lines[1:]).strip()))
    return passages


def write_jsonl(path: Path, documents: Iterable[Mapping[str, object]]) -> None:
    """Write the gold documents one a line, in order; two documents with one id are an error."""
    documents = list(documents)
    seen: set[object] = set()
    for document in documents:
        if document["id"] in seen:
            raise ValueError(f"{path.name}: two passages have the id {document['id']!r}")
        seen.add(document["id"])
    with path.open("w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")
