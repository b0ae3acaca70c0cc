"""Lines written in capitals (wire headlines: "SOCCER - LEEDS SIGN NORWEGIAN DEFENDER."), where
the model's reading of names fails: only listed names and the names the article's body gives are
organisations there."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from newscore.text import TokenTable
from newscore_organizations.matching import FormMatcher
from newscore_organizations.proposals import Proposal

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER = re.compile(r"\d+")
_LOWER_PAIR = re.compile(r"[a-zß-öø-ÿ]{2}")


class CapitalsLines:
    """The lines of a text written in capitals, asked whether a span lies in one."""

    def __init__(self, text: str) -> None:
        spans = []
        for match in _LINE.finditer(text):
            line = match.group()
            # two lower-case letters in a row mark ordinary text; most lines show them at once
            if _LOWER_PAIR.search(line) is not None or len(_WORD.findall(line)) < 2:
                continue
            if len(_NUMBER.findall(line)) >= 3:
                continue  # a row of a table ("NEW YORK 74 57 .565 -"), not a headline
            letters = [ch for ch in line if ch.isalpha()]
            if sum(ch.islower() for ch in letters) <= 0.1 * len(letters):  # any script: "BHUTTO'S", not "Москва"
                spans.append(match.span())
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one line in capitals."""
        position = bisect.bisect_right(self._starts, start) - 1
        return position >= 0 and end <= self._ends[position]


def names_in_capitals(
    table: TokenTable, text: str, capitals: CapitalsLines, forms: Iterable[tuple[str, Proposal]]
) -> Iterator[tuple[int, int, Proposal]]:
    """Where a line in capitals writes one of ``forms`` (names the body of the article gives) in
    capitals: "LEEDS" for Leeds United, whose short form "Leeds" the body uses."""
    upper = {form.upper(): proposal for form, proposal in forms if len(form) >= 3 and not form.isupper()}
    if not upper or not capitals:
        return
    matcher: FormMatcher[Proposal] = FormMatcher(upper)
    for start, end, proposal in matcher.find(table.doc, text):
        if capitals.holds(start, end):
            yield start, end, proposal
