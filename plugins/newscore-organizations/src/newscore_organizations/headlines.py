"""Headline lines: written in capitals (wire headlines: "SOCCER - LEEDS SIGN NORWEGIAN DEFENDER.")
or in title case ("A Meaningful Exchange Actually Happened Between Rubio And Paul"), where every
word is capitalised and the model's reading of names fails: only listed names and the names the
article's body gives are organisations there."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from newscore.text import TokenTable
from newscore_organizations.matching import FormMatcher
from newscore_organizations.proposals import Proposal

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBER = re.compile(r"\d+")
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ]{4,}")
_LOWER_PAIR = re.compile(r"[a-zß-öø-ÿ]{2}")


class _Lines:
    """Spans of whole lines, asked whether a span lies inside one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, start: int, end: int) -> bool:
        position = bisect.bisect_right(self._starts, start) - 1
        return position >= 0 and end <= self._ends[position]


class HeadlineLines:
    """The lines of a text written in capitals or in title case."""

    def __init__(self, text: str) -> None:
        capitals, titles = [], []
        for match in _LINE.finditer(text):
            line = match.group()
            if _PROSE_WORD.search(line) is not None:
                continue  # a lower-case word of four letters or more: prose (nearly every line, found at once)
            numbers = len(_NUMBER.findall(line))
            if numbers >= 3:
                continue  # a row of a table ("NEW YORK 74 57 .565 -"), not a headline
            # two lower-case letters in a row mark ordinary text or title case; most lines show them at once
            if _LOWER_PAIR.search(line) is None:
                letters = [ch for ch in line if ch.isalpha()]
                if len(_WORD.findall(line)) >= 2 and sum(ch.islower() for ch in letters) <= 0.1 * len(letters):
                    capitals.append(match.span())  # any script: "BHUTTO'S", not "Москва"
            elif numbers < 2 and _title_case(line):  # "At Leicester: Leicestershire 343 v Somerset 296" is a result
                titles.append(match.span())
        self.capitals = _Lines(capitals)
        self._all = _Lines(sorted(capitals + titles))

    def __bool__(self) -> bool:
        return bool(self._all)

    def holds(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one headline line."""
        return self._all.holds(start, end)


def _title_case(line: str) -> bool:
    """Four words or more, and every word of four letters or more capitalised (prose always has
    lower-case long words); not a photo credit ("Scott Olson via Getty Images", "Bloomberg/Getty Images")."""
    if " via " in line or "/" in line:
        return False
    words = _TITLE_WORD.findall(line)
    long = [word for word in words if len(word) >= 4]
    return len(words) >= 4 and len(long) >= 3 and all(word[0].isupper() for word in long)


def names_in_capitals(
    table: TokenTable, text: str, headlines: HeadlineLines, forms: Iterable[tuple[str, Proposal]]
) -> Iterator[tuple[int, int, Proposal]]:
    """Where a line in capitals writes one of ``forms`` (names the body of the article gives) in
    capitals: "LEEDS" for Leeds United, whose short form "Leeds" the body uses."""
    capitals = headlines.capitals
    if not capitals:
        return
    upper = {form.upper(): proposal for form, proposal in forms if len(form) >= 3 and not form.isupper()}
    if not upper:
        return
    matcher: FormMatcher[Proposal] = FormMatcher(upper)
    for start, end, proposal in matcher.find(table.doc, text):
        if capitals.holds(start, end):
            yield start, end, proposal
