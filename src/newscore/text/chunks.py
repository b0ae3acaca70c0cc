"""Cutting a long text into pieces spaCy can parse in bounded time and memory.

The parser's memory grows with the length of what it parses (about 300 MB at 100,000
characters with the small English model), so a long text is parsed piece by piece. Cuts
fall at the best boundary available near the end of each window: a blank line, then a
line break, then a sentence end, then any whitespace, and only as a last resort at an
arbitrary character. Every step looks at one window of the text once, so cutting is
linear in the text's length.
"""

from __future__ import annotations

import re

__all__ = ["cut_points"]

_PARAGRAPH = re.compile(r"(?:\r\n|\r|\n|\u2029)[ \t\u00a0]*(?:\r\n|\r|\n|\u2029)")
_LINE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _last_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of ``pattern`` inside ``text[start:end]`` ends, if any."""
    last = None
    for match in pattern.finditer(text, start, end):
        last = match.end()
    return last


#: Roughly what spaCy makes a token of: a word, or one punctuation mark.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_MIN_PIECE = 1_000


def estimated_tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text`` (within a few per cent on prose)."""
    return sum(1 for _ in _TOKEN.finditer(text))


def cut_points(text: str, limit: int, max_tokens: int | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` pieces that tile ``text``, each at most ``limit`` long.

    A text within the limit is one piece. Pieces are contiguous and together cover every
    character, so a piece's offsets plus its start are offsets into ``text``. Cuts are
    never taken in the first half of a window, so pieces hold at least ``limit // 2``
    characters (except the last). With ``max_tokens``, a piece dense in tokens (text
    made of punctuation has one per character) is cut again, down to pieces of
    1,000 characters: spaCy's time and memory follow tokens more than characters.
    """
    pieces = _cut(text, limit)
    if max_tokens is None:
        return pieces
    refined: list[tuple[int, int]] = []
    for start, end in pieces:
        tokens = estimated_tokens(text[start:end]) if end - start > _MIN_PIECE else 0
        if tokens <= max_tokens:
            refined.append((start, end))
            continue
        smaller = max(_MIN_PIECE, (end - start) * max_tokens // tokens)
        refined.extend((start + low, start + high) for low, high in cut_points(text[start:end], smaller, max_tokens))
    return refined


def _cut(text: str, limit: int) -> list[tuple[int, int]]:
    if limit < 2:
        raise ValueError(f"a piece must be allowed at least 2 characters, got {limit}")
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        earliest = start + limit // 2
        cut = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
            cut = _last_end(pattern, text, earliest, window_end)
            if cut is not None and cut > start:
                break
        if cut is None or cut <= start:
            cut = window_end
            # keep a character and the combining marks that follow it together
            while cut > earliest and _is_mark(text[cut]):
                cut -= 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def _is_mark(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char).startswith("M") or char in "\u200d\ufe0f"


def run_cuts(text: str, limit: int) -> list[tuple[int, int]] | None:
    """Pieces that tile ``text`` so no run of non-space characters in a piece exceeds ``limit``.

    ``None`` when no run is that long (the usual case). spaCy's tokenizer splits the
    punctuation off a run one character at a time, copying the rest each time, so its
    cost grows with the square of the run's length (16,000 quotation marks in a row
    take about 40 s); tokenized in pieces, a run costs linear time. The cut makes
    separate tokens where one very long token would have been.
    """
    runs = [match.span() for match in re.finditer(rf"\S{{{limit + 1},}}", text)]
    if not runs:
        return None
    pieces: list[tuple[int, int]] = []
    position = 0
    for start, end in runs:
        if position < start:
            pieces.append((position, start))
        pieces.extend((cut, min(cut + limit, end)) for cut in range(start, end, limit))
        position = end
    if position < len(text):
        pieces.append((position, len(text)))
    return pieces
