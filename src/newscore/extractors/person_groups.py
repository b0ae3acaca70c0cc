"""Mentions grouped into people: "Vladimir Putin", "Putin" and "Mr Putin" are one person, "Mr Sethi"
and "Mrs Sethi" two; and the lone surnames of people named in full that the model did not tag."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from newscore.extractors.person_names import family_name
from newscore.extractors.scan import positions
from newscore.model import Mention
from newscore.text.names import bare_name, is_given_name, name_gender, title_gender
from newscore.text.tokens import TokenTable

__all__ = ["Person", "mention_gender", "name_words", "same_person", "surnames_missed"]


class Person:
    """Mentions grouped as one person so far (the first is the fullest name), and the gender
    their titles or given name mark, if any."""

    def __init__(self, mentions: list[Mention], gender: str | None) -> None:
        self.mentions = mentions
        self.gender = gender
        self.words = name_words(mentions[0].text)  # the first mention stays the fullest name
        self.surname = family_name(self.words, bare_name(mentions[0].text).split())


#: Labels the model gives a lone surname it did not read as a person ("Montalvo" as GPE).
_MISREAD_LABELS = frozenset({"", "GPE", "LOC", "ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def surnames_missed(table: TokenTable, text: str, people: list[Person], lowered: frozenset[str]) -> Iterator[Mention]:
    """Lone words that are the surname of someone named in full here, which the model did not
    tag PERSON ("Daniel Montalvo, 19, …" then "Montalvo said"): a word standing alone, not
    part of a longer name or of a longer entity."""
    surnames: set[str] = set()
    unsure: set[str] = set()
    for person in people:
        words = bare_name(person.mentions[0].text).split()
        if len(words) < 2 or not (surname := family_name(words, words))[:1].isupper():
            continue
        # a person's name for sure: a given name first, or else every word written as a name ("Romelu Lukaku")
        if is_given_name(words[0]):
            surnames.add(surname)
        elif len(words) <= 3 and all(map(_written_as_a_name, words)) and words[0].lower() not in lowered:
            unsure.add(surname)
    # without a given name, a nationality is no surname ("American" of "An American")
    unsure -= {table.text[i] for i in positions(table.text, unsure) if table.ent_type[i] == "NORP"}
    surnames |= unsure
    if not surnames:
        return
    words = table.text
    distinct = set(words)
    # "Image": a common word here too (written in lower case), so no surname
    surnames = {name for name in surnames if not _written_in_lower_case(name, distinct)}
    if not surnames:
        return
    taken = sorted((m.start, m.end) for person in people for m in person.mentions)
    n = len(words)
    # a hyphenated surname is three tokens ("Delgado", "-", "Ruiz"): found by its first part
    hyphenated = {name.split("-")[0]: name for name in surnames if "-" in name}
    for i in positions(words, (surnames | hyphenated.keys()) & distinct):
        last = i
        if words[i] in hyphenated:
            if not (
                i + 2 < n
                and words[i + 1] == "-"
                and not table.whitespace[i]
                and not table.whitespace[i + 1]
                and f"{words[i]}-{words[i + 2]}" == hyphenated[words[i]]
            ):
                continue
            last = i + 2
        if any(table.ent_type[k] not in _MISREAD_LABELS for k in range(i, last + 1)):
            continue
        if table.ent_iob[i] == "I" or (last + 1 < n and table.ent_iob[last + 1] == "I"):
            continue  # inside a longer entity ("Montalvo Street")
        if (i > 0 and words[i - 1][:1].isupper() and not table.is_sent_start[i]) or (
            last + 1 < n and words[last + 1][:1].isupper()
        ):
            continue  # part of a longer name
        start, end = table.idx[i], table.end[last]
        k = bisect.bisect_right(taken, (start, end)) - 1
        if k >= 0 and taken[k][0] <= start < taken[k][1]:
            continue
        yield Mention.from_text(text, start, end, form="name")


def _written_as_a_name(word: str) -> bool:
    """A capital, then lower-case letters, hyphenated parts alike or all in lower case: "Lukaku",
    "Delgado-Ruiz", "Heung-min", not "DAB" or "McDonald's"."""
    first, *rest = word.split("-")
    return (
        first[:1].isupper()
        and first[1:].isalpha()
        and first[1:].islower()
        and all(part.isalpha() and (part.islower() or (part[:1].isupper() and part[1:].islower())) for part in rest)
    )


def _written_in_lower_case(name: str, words: set[str]) -> bool:
    """Whether ``words`` hold a lower-case word that ``name`` capitalises."""
    lower = name.lower()
    return lower in words and lower.islower() and lower.capitalize() == name


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def mention_gender(text: str, mention: Mention) -> str | None:
    """The gender a mention's title ("Mrs Sethi", inside the mention or just before it) or given name marks."""
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    title = title_gender(before.group(1)) if before else None
    return title or name_gender(mention.text)


@functools.lru_cache(maxsize=1 << 12)  # asked of each mention several times while grouping
def name_words(name: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in bare_name(name).replace("’", "'").split() if word[:1].isalpha())


def same_person(people: list[Person], mention: Mention, gender: str | None) -> Person | None:
    """The person a mention names: the same words, or their surname alone ("Putin"), or their
    given name alone ("Graham") when no one else has that name. Where several fit, the one whose
    gender does not conflict, then the one mentioned last before it ("Mr Sethi", "Mrs Sethi")."""
    words = name_words(mention.text)
    if not words:
        return None
    compatible = [p for p in people if gender is None or p.gender is None or p.gender == gender]
    same = [p for p in compatible if p.words == words]
    if same:
        return same[0]
    if len(words) != 1:
        return None
    by_surname = [p for p in compatible if len(p.words) > 1 and p.surname == words[0]]
    if by_surname:
        return max(by_surname, key=lambda p: _last_start_before(p, mention.start))
    by_given_name = [p for p in compatible if len(p.words) > 1 and p.words[0] == words[0]]
    if len(by_given_name) == 1 and is_given_name(words[0]) and not any(p.surname == words[0] for p in people):
        return by_given_name[0]
    return None


def _last_start_before(person: Person, start: int) -> tuple[bool, int]:
    """Sort key: people mentioned before ``start`` first, the most recently mentioned highest."""
    before = [m.start for m in person.mentions if m.start < start]
    return (bool(before), max(before) if before else -min(m.start for m in person.mentions))
