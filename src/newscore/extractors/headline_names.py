"""People named in capitals in a headline ("SAMPRAS BEATS CORRETJA"), which the model seldom tags:
found by the surname or full name of someone the article names in its sentences."""

from __future__ import annotations

from collections.abc import Iterator

from newscore.extractors.person_groups import Person
from newscore.extractors.scan import positions
from newscore.model import Mention
from newscore.text.spans import SpanIndex
from newscore.text.tokens import TokenTable

__all__ = ["headline_names"]


def headline_names(table: TokenTable, text: str, people: list[Person], lowered: frozenset[str]) -> Iterator[tuple[Person, Mention]]:
    """A person's surname or full name written in capitals in a headline ("SAMPRAS BEATS CORRETJA",
    "CRICKET - WASIM AKRAM OUT OF TEST"), where the article names them: the model seldom tags a
    name in capitals. A surname two people share is left alone."""
    by_surname: dict[str, Person | None] = {}
    for person in people:
        if person.surname and person.surname.isalpha():
            key = person.surname.upper()
            by_surname[key] = None if key in by_surname and by_surname[key] is not person else person
    words = table.text
    candidates = by_surname.keys() & set(words)
    if not candidates:
        return
    taken = SpanIndex((m.start, m.end, None) for person in people for m in person.mentions)
    for i in positions(words, candidates):
        named = by_surname[words[i]]
        if named is None or words[i].lower() in lowered or not _in_capitals(table, i):
            continue
        first = i
        full = [word.upper() for word in named.words]
        if len(full) > 1 and i - len(full) + 1 >= 0 and [words[j].upper() for j in range(i - len(full) + 1, i + 1)] == full:
            first = i - len(full) + 1
        start, end = table.idx[first], table.end[i]
        if not taken.overlaps(start, end):
            yield named, Mention.from_text(text, start, end, form="name")


#: How many tokens on each side of a word in capitals are looked at to tell a headline.
_HEADLINE_REACH = 6


def _in_capitals(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a word in capitals among words in capitals: every word of its line
    within a few tokens either side, and at least one, is written in capitals (a headline)."""
    text, n = table.text, len(table)
    if not text[i].isupper():
        return False
    beside = 0
    for step in (-1, 1):
        j = i
        for _ in range(_HEADLINE_REACH):
            if step < 0 and (j == 0 or "\n" in table.whitespace[j - 1]):
                break
            if step > 0 and "\n" in table.whitespace[j]:
                break
            j += step
            if not 0 <= j < n or "\n" in text[j]:
                break
            if text[j][:1].isalpha():
                if not text[j].isupper():
                    return False
                beside += 1
    return beside > 0
