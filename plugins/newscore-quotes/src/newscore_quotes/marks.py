"""Pairing quotation marks: which stretches of an article stand between quotation marks.

Works on characters, not tokens, in one pass over the text (linear in its length):

* mark families: double (``" “ ” „ ‟ « »``), single (``' ‘ ’ ‚ ‛ ‹ ›``) and CJK corner
  brackets; each closing mark pairs with the innermost open mark of its family;
* direction comes from the mark (``“`` opens, ``”`` closes, ``„ … “`` is low-high) or, for
  straight and misused marks, from the neighbouring characters;
* an apostrophe (``don't``, ``Wagner’s``, ``the '90s``, ``students’ union``) is not a mark, but
  two apostrophes (``''``) are one double mark;
* a quote still open at the end of a paragraph continues when the next paragraph reopens it
  with a mark of the same family (the news convention for quotes running over paragraphs);
  otherwise it is dropped, and the pairs found inside it are kept;
* nothing here raises on odd input: what cannot be paired is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import field, frozen

__all__ = ["QuotedRun", "find_quoted_runs"]

_DOUBLE, _SINGLE, _CORNER = "double", "single", "corner"
_FAMILY = {
    '"': _DOUBLE, "“": _DOUBLE, "”": _DOUBLE, "„": _DOUBLE, "‟": _DOUBLE, "«": _DOUBLE, "»": _DOUBLE,
    "'": _SINGLE, "‘": _SINGLE, "’": _SINGLE, "‚": _SINGLE, "‛": _SINGLE, "‹": _SINGLE, "›": _SINGLE,
    "「": _CORNER, "」": _CORNER, "『": _CORNER, "』": _CORNER,
}
_OPENERS = frozenset("“„‟«‘‚‛‹「『")
_CLOSERS = frozenset("”»’›」』")
_STRAIGHT = frozenset("\"'")
_LOW_OPENERS = {"„": "“", "‚": "‘"}  # German style: „…“ and ‚…‘
_OPEN_LEFT = frozenset("([{—–-/\u00a0")
_CLOSE_RIGHT = frozenset(",.;:!?)]}…—–-/\u00a0")
_TRIM_END = " \t\r\n\u00a0,;:"
_TRIM_START = " \t\r\n\u00a0"
_PLURAL_POSSESSIVE_LOOKAHEAD = 300
# The only characters the scan acts on: it jumps from one to the next instead of stepping
# through every character in Python.
_MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(_FAMILY)) + "]")


def _as_pieces(pieces: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(pieces)


@frozen
class QuotedRun:
    """One quotation: its content pieces (one per paragraph it runs over, marks excluded).

    ``opening`` and ``closing`` are the offsets of the first opening and the last closing
    mark; ``mark`` is the family (``"double"``, ``"single"`` or ``"corner"``).
    """

    pieces: tuple[tuple[int, int], ...] = field(converter=_as_pieces)
    opening: int
    closing: int
    mark: str

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


class _Open:
    """An open mark waiting for its closer."""

    __slots__ = ("char", "content_start", "family", "first", "inner", "pieces", "position")

    def __init__(self, family: str, char: str, position: int, width: int = 1) -> None:
        self.family = family
        self.char = char
        self.position = position
        self.first = position
        self.content_start = position + width
        self.pieces: list[tuple[int, int]] = []
        self.inner: list[QuotedRun] = []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    if end - start > 1 and text[end - 1] == "." and not text[end - 2].isupper():  # keep "U.S."
        end -= 1
        while end > start and text[end - 1] in _TRIM_START:  # "November . " in tokenised text
            end -= 1
    return start, end


def _is_space(char: str) -> bool:
    return char.isspace()


def find_quoted_runs(text: str) -> list[QuotedRun]:
    """Every top-level quotation in ``text``, in order; never raises on odd marks."""
    runs: list[QuotedRun] = []
    stack: list[_Open] = []
    length = len(text)
    next_mark = _MARK_OR_BREAK.search
    i = 0
    while (found := next_mark(text, i)) is not None:
        i = found.start()
        char = text[i]
        if char == "\n":
            i = _paragraph_break(text, i, stack, runs)
            continue
        char, width = _mark_at(text, i)
        family = _FAMILY[char]
        left = text[i - 1] if i > 0 else " "
        right = text[i + width] if i + width < length else " "
        role = _role(text, i, char, family, left, right, stack)
        if role == "reopen":
            depth = max(d for d, entry in enumerate(stack) if entry.family == family)
            _drop(stack, len(stack) - depth, runs)
            role = "open"
        if role == "open":
            stack.append(_Open(family, char, i, width))
        elif role == "close":
            _close(text, i, family, char, stack, runs, width)
        i += width
    _drop(stack, len(stack), runs)
    return runs


def _family_open(stack: list[_Open], family: str) -> _Open | None:
    for entry in reversed(stack):
        if entry.family == family:
            return entry
    return None


def _role(text: str, i: int, char: str, family: str, left: str, right: str, stack: list[_Open]) -> str | None:
    """``"open"``, ``"close"`` or None (an apostrophe or a stray mark) for the mark at ``i``."""
    left_open = _is_space(left) or left in _OPEN_LEFT or left in _FAMILY
    right_close = _is_space(right) or right in _CLOSE_RIGHT or right in _FAMILY
    opener_like = left_open and not right_close
    closer_like = right_close and not left_open
    current = _family_open(stack, family)
    if family == _SINGLE and _is_apostrophe(text, i, char, left, right, current):
        return None
    if current is not None and current.char in _LOW_OPENERS and char == _LOW_OPENERS[current.char]:
        return "close"
    if char in _OPENERS:
        if current is not None and closer_like:
            return "close"
        return "open" if not closer_like else None
    if char in _CLOSERS:
        if current is None:
            return "open" if opener_like else None
        return "close"
    # straight marks: direction from context
    if current is None:
        if right_close and _is_space(left) and _is_space(right) and char == '"':
            return "open" if _spaced_closer(text, i + 1) else None  # tokenised text: 'said : " We … . "'
        return "open" if not right_close else None
    if opener_like:
        return "reopen"  # ` "Word` never closes: the open mark before it was stray
    return "close"


def _spaced_closer(text: str, start: int) -> bool:
    """Whether a straight double mark later in the paragraph stands alone or ends a word
    (``. "``, ``, "``, ``word"``): the closer of a mark spaced as tokenised text spaces it."""
    newline = text.find("\n", start)
    position = text.find('"', start, len(text) if newline == -1 else newline)
    return position != -1 and not text[position + 1 : position + 2].isalnum()


def _is_apostrophe(text: str, i: int, char: str, left: str, right: str, current: _Open | None) -> bool:
    if left.isalnum() and right.isalnum():
        return True  # don't, Wagner’s, rock'n'roll
    if right.isdigit() and not left.isalnum():
        after = text[i + 1 : i + 4]
        return len(after) >= 2 and after[:2].isdigit() and (len(after) == 2 or not after[2].isdigit())  # the '90s
    if char == "‘" and left.isalpha():
        return True  # a misused opening mark as an apostrophe: "Don‘t"
    if char in "'’" and left.isalnum() and not right.isalnum():
        if current is None:
            return True  # students’ union, the Joneses'
        if left in "sS" and right == " " and i + 2 < len(text) and text[i + 2].islower():
            # "the students' union' said": a later closer in this paragraph means this is possessive
            return _later_closer(text, i + 1, char) is not None
    return False


def _later_closer(text: str, start: int, char: str) -> int | None:
    stop = min(len(text), start + _PLURAL_POSSESSIVE_LOOKAHEAD)
    newline = text.find("\n", start, stop)
    if newline != -1:
        stop = newline
    position = text.find(char, start, stop)
    while position != -1:
        right = text[position + 1] if position + 1 < len(text) else " "
        if not right.isalnum():
            return position
        position = text.find(char, position + 1, stop)
    return None


def _mark_at(text: str, i: int) -> tuple[str, int]:
    """The mark at ``i`` and how many characters it takes: two apostrophes (``''``, the style of
    some papers' archives) stand for one double mark."""
    char = text[i]
    if char == "'" and text.startswith("''", i):
        return '"', 2
    return char, 1


def _close(
    text: str, i: int, family: str, char: str, stack: list[_Open], runs: list[QuotedRun], width: int = 1
) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].family == family:
            break
    else:
        return
    _drop(stack, len(stack) - depth - 1, runs)  # unclosed marks inside this one
    entry = stack.pop()
    pieces = [*entry.pieces, _trimmed(text, entry.content_start, i)]
    pieces = [(start, end) for start, end in pieces if end > start]
    if not pieces:
        return
    run = QuotedRun(pieces, entry.first, i + width - 1, family)  # the closing mark's last character
    if stack:  # nested: part of the enclosing quotation, kept only if that one is never closed
        stack[-1].inner.append(run)
    else:
        runs.append(run)


def _drop(stack: list[_Open], count: int, runs: list[QuotedRun]) -> None:
    """Forget the ``count`` innermost open marks; quotations closed inside them survive."""
    for _ in range(count):
        entry = stack.pop()
        if stack:
            stack[-1].inner.extend(entry.inner)
        else:
            runs.extend(entry.inner)


def _paragraph_break(text: str, i: int, stack: list[_Open], runs: list[QuotedRun]) -> int:
    """Handle the newline at ``i``: continue a quotation the next paragraph reopens, drop the rest.

    Returns where scanning resumes.
    """
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if not stack:
        return j
    outer = stack[0]
    mark, width = _mark_at(text, j) if j < len(text) else ("", 1)
    reopens = j < len(text) and _FAMILY.get(mark) == outer.family and mark not in _CLOSERS
    if (reopens and mark not in _STRAIGHT) or (reopens and _reopen_is_not_closer(text, j + width - 1)):
        _drop(stack, len(stack) - 1, runs)
        outer.pieces.append(_trimmed(text, outer.content_start, i))
        outer.content_start = j + width
        return j + width
    _drop(stack, len(stack), runs)
    return j


def _reopen_is_not_closer(text: str, j: int) -> bool:
    right = text[j + 1] if j + 1 < len(text) else " "
    return not right.isspace()
