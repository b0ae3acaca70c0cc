"""Acronyms: does a short form abbreviate a long one, and where does a text define one?"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from attrs import frozen

from newscore_organizations.detection import is_legal_form
from newscore_organizations.vocabulary import CONNECTORS

_SHORT = r"[A-Z][A-Za-z0-9&\-\.]{0,10}[A-Z0-9]\.?|[A-Z]{2}"
_WORD = r"[^\W\d_][\w'’&\.\-]*|&|\d+"
#: "Long Form (LF)" — the long form is found backwards from the bracket.
_BRACKETED_SHORT = re.compile(rf"\((?P<short>{_SHORT})\)")
#: "LF (Long Form)".
_BRACKETED_LONG = re.compile(rf"\b(?P<short>{_SHORT})\s+\((?P<long>[A-Z][^()\n]{{2,120}})\)")
#: "LF, the Long Form," / "LF, or Long Form".
_APPOSITION = re.compile(
    rf"\b(?P<short>[A-Z][A-Z0-9&]{{1,9}}),\s+(?:the\s+|or\s+(?:the\s+)?)(?P<long>[A-Z][\w'’&\.\-]*(?:\s+(?:{_WORD}))*)"
)
_WORDS = re.compile(_WORD)
#: Where a match of the two patterns above must have its short form just before: the whitespace
#: before a bracket, and the comma of an apposition. The patterns start with ``\b``, which keeps
#: the regex engine from skipping ahead, so they are only tried next to these.
_BEFORE_BRACKET = re.compile(r"\s+\(")
_APPOSITION_COMMA = re.compile(r",\s+(?:the|or)\s")
#: Each pattern with its anchors and how far before an anchor its matches may start (the longest short form).
ANCHORED_PATTERNS = ((_BRACKETED_LONG, _BEFORE_BRACKET, 13), (_APPOSITION, _APPOSITION_COMMA, 10))


@frozen
class Definition:
    """A text's definition of an acronym: where the long and short forms are."""

    long_start: int
    long_end: int
    short_start: int
    short_end: int


@functools.lru_cache(maxsize=1 << 12)  # asked of every capitalised name found, and names recur
def letters(short: str) -> str:
    """The letters and digits of an acronym, upper-cased ("U.N." -> "UN")."""
    return "".join(ch for ch in short if ch.isalnum()).upper()


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (Schwartz & Hearst 2003, stricter: the first
    letter starts the long form, and every capitalised content word gives a letter)."""
    wanted = letters(short)
    if len(wanted) < 2 or not any(ch.isalpha() for ch in wanted):
        return False
    words = [w for w in _WORDS.findall(long) if w]
    if not words or words[0][0].upper() != wanted[0]:
        return False
    return _match_backwards(wanted, long.upper())


def _match_backwards(short: str, long: str) -> bool:
    s, j = len(short) - 1, len(long) - 1
    while s >= 0:
        ch = short[s]
        while j >= 0 and (long[j] != ch or (s == 0 and j > 0 and long[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
        s -= 1
    return True


@functools.lru_cache(maxsize=1 << 12)  # asked of every name in merging, and names recur
def initials(name: str) -> str:
    """The initials of a name's content words ("Shanghai Cooperation Organisation" -> "SCO")."""
    return "".join(word[0].upper() for word in _WORDS.findall(name) if word.lower() not in CONNECTORS and word[0].isalpha())


def _long_form_before(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The shortest run of words ending at ``end`` that ``short`` abbreviates."""
    window_start = max(0, end - 200)
    window = text[window_start:end]
    cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("("), window.rfind(";"))
    if cut >= 0:
        window_start += cut + 1
        window = text[window_start:end]
    words = list(_WORDS.finditer(window))
    if not words:
        return None
    needed = len(letters(short))
    shortest = None
    for count in range(1, min(len(words), needed + 5) + 1):
        first = words[-count]
        if first.group()[0].islower():
            continue
        start = window_start + first.start()
        last_end = window_start + words[-1].end()
        candidate = text[start:last_end]
        if abbreviates(short, candidate):
            if _initials_without_legal_form(candidate) == letters(short):
                return start, last_end  # every content word gives a letter: the whole name
            shortest = shortest or (start, last_end)
    return shortest


def _initials_without_legal_form(name: str) -> str:
    """Initials of a name without a trailing legal form: "Nigerian National Petroleum Company Limited" -> "NNPC"."""
    words = name.split()
    if len(words) > 1 and is_legal_form(words[-1]):
        words.pop()  # one only: in "Company Limited" the company is part of the name
    return initials(" ".join(words))


def anchored_matches(pattern: re.Pattern[str], text: str, anchors: re.Pattern[str], reach: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches start at most ``reach`` characters
    (and at least two) before an ``anchors`` match and hold exactly one of them: the same matches,
    tried only at the few positions that can start one."""
    resume = 0
    for anchor in anchors.finditer(text):
        position = max(resume, anchor.start() - reach)
        while position <= anchor.start() - 2:
            match = pattern.match(text, position)
            if match is not None:
                yield match
                resume = match.end()
                break
            position += 1


def find_definitions(text: str) -> Iterator[Definition]:
    """Acronym definitions in ``text``: "Long Form (LF)", "LF (Long Form)", "LF, the Long Form"."""
    for match in _BRACKETED_SHORT.finditer(text):
        short = match.group("short").rstrip(".") if match.group("short").count(".") == 1 else match.group("short")
        found = _long_form_before(text, match.start(), short)
        if found is not None:
            yield Definition(found[0], found[1], match.start("short"), match.start("short") + len(short))
    for pattern, anchors, reach in ANCHORED_PATTERNS:
        for match in anchored_matches(pattern, text, anchors, reach):
            short = match.group("short")
            if not any(ch.isupper() for ch in short[1:]) and len(short) > 2:
                continue  # "Bank (of ...)": a word, not an acronym
            long_start = match.start("long")
            words = list(_WORDS.finditer(match.group("long")))
            # the longest prefix of capitalised words (and connectors inside) that the acronym abbreviates
            for count in range(len(words), 0, -1):
                last = words[count - 1]
                if last.group()[0].islower() or last.group() == "&":
                    continue
                candidate = text[long_start : long_start + last.end()]
                if abbreviates(short, candidate) and all(
                    w.group()[0].isupper() or w.group().lower() in CONNECTORS for w in words[:count]
                ):
                    yield Definition(long_start, long_start + last.end(), match.start("short"), match.end("short"))
                    break
