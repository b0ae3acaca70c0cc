"""People spaCy tags as organisations ("Wagner Group boss Yevgeny Prigozhin"), told apart and
gathered with every mention of their surname."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newscore import Entity, Mention
from newscore.text import TokenTable, is_given_name, token_table
from newscore_organizations.detection import NamedEntity
from newscore_organizations.vocabulary import FIRM_LAST_WORDS, FIRST_NAMES, PERSON_TITLES, PREFIX_HEADS, SUFFIX_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*$")


def _words(surface: str) -> list[str]:
    return surface.replace("\u00a0", " ").split()


class PersonEvidence:
    """What a parsed article says about who is a person: its PERSON names and surnames."""

    def __init__(self, doc: Doc, text: str, ents: list[NamedEntity], lowercase: frozenset[str]) -> None:
        """``text`` parsed as ``doc``, whose entities are ``ents`` and whose lower-case words are ``lowercase``."""
        self._table = token_table(doc)
        self._full_names: set[str] = set()
        self._surnames: set[str] = set()
        self._things: set[str] = set()  # "Columbia" of "Space Shuttle Columbia"
        for ent in ents:
            if ent.label != "PERSON":
                continue
            words = _words(text[ent.start_char : ent.end_char])
            if not words or not all(_NAME_WORD.match(word) for word in words):
                continue
            if _a_named_thing(words, lowercase):
                self._things.add(words[-1])
            else:
                self.add_person(words)

    def add_person(self, words: list[str]) -> None:
        """A person's name (its words); each word after the first may stand alone for them later
        ("Faki" for Moussa Faki Mahamat)."""
        self._full_names.add(" ".join(words))
        self._surnames.update(words[1:])

    def names_a_person(self, text: str, start: int, end: int) -> bool:
        """Whether the span spaCy tagged ORG is a person's name."""
        words = _words(text[start:end])
        if not 1 <= len(words) <= 3 or not all(_NAME_WORD.match(word) for word in words):
            return False
        if any(word in SUFFIX_HEADS or word in PREFIX_HEADS for word in words) or words[-1] in FIRM_LAST_WORDS:
            return False
        if " ".join(words) in self._full_names or words[-1] in self._surnames:
            return True
        if len(words) >= 2 and words[0].lower() in FIRST_NAMES:
            return True
        return self._after_title(start)

    def names_a_thing(self, surface: str) -> bool:
        """Whether ``surface`` is the name of a thing the article names with its class ("Columbia" after
        "Space Shuttle Columbia"): neither a person nor a body."""
        return surface in self._things and surface not in self._surnames

    def _after_title(self, start: int) -> bool:
        """Whether a title ("boss", "Mr") is the word before the token starting at ``start``."""
        i = self._table.token_at(start)
        if i <= 0 or self._table.idx[i] != start:
            return False
        return self._table.lower[i - 1] in PERSON_TITLES


def _heads_a_longer_name(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is followed by a capitalised word of the same sentence: a person's name heading
    a building's or a firm's ("Trump Tower", "Trump Plaza") is part of that name, no mention of them."""
    after = i + 1
    return (
        after < len(table)
        and table.text[after][:1].isupper()
        and table.tokens[after].is_alpha
        and not table.is_sent_start[after]
    )


def _a_named_thing(words: list[str], lowercase: frozenset[str]) -> bool:
    """Whether a PERSON span is a thing's class before its name ("Space Shuttle Columbia"): every word
    before the last is one the article writes in lower case ("space", "shuttle"), and the first is no
    given name ("Bill Clinton") nor a title ("President Trump")."""
    head = words[:-1]
    return (
        bool(head)
        and not is_given_name(head[0])
        and head[0].lower() not in PERSON_TITLES
        and all(word.lower() in lowercase for word in head)
    )


def people_entities(
    doc: Doc,
    text: str,
    ents: list[NamedEntity],
    spans: Iterable[tuple[int, int]],
    claimed: Iterable[tuple[int, int]],
) -> list[Entity]:
    """Person entities (ids "person1", "person2"…) for names spaCy tagged ORG, each with every
    mention of its name and surname in the text (its PERSON entities ``ents`` and untagged
    occurrences), not overlapping ``claimed`` spans (organisations)."""
    claimed_spans = sorted(claimed)
    groups: dict[str, list[tuple[int, int]]] = {}
    for start, end in spans:
        groups.setdefault(_words(text[start:end])[-1], []).append((start, end))
    if not groups:
        return []
    for ent in ents:
        words = _words(text[ent.start_char : ent.end_char]) if ent.label == "PERSON" else None
        if words and words[-1] in groups:
            groups[words[-1]].append((ent.start_char, ent.end_char))
    table = token_table(doc)
    for i, (word, ent_type, start, end) in enumerate(zip(table.text, table.ent_type, table.idx, table.end)):
        if word in groups and ent_type in ("", "PERSON", "ORG", "NORP") and not _heads_a_longer_name(table, i):
            groups[word].append((start, end))
    people: list[Entity] = []
    for surname in sorted(groups):
        chosen: list[tuple[int, int]] = []
        for start, end in sorted(set(groups[surname]), key=lambda s: (-(s[1] - s[0]), s[0])):
            if any(start < e and s < end for s, e in chosen):
                continue
            if any(start < e and s < end for s, e in claimed_spans):
                continue
            chosen.append((start, end))
        if not chosen:
            continue
        chosen.sort()
        mentions = [Mention.from_text(text, start, end, form="name") for start, end in chosen]
        name = max(mentions, key=lambda m: (len(_words(m.text)), -m.start)).text
        entity_id = f"person{len(people) + 1}"
        people.append(
            Entity(kind="person", name=" ".join(_words(name)), mentions=mentions, confidence=0.7, id=entity_id)
        )
    return people
