"""GUM's person gold cut to the names alone, as CoNLL marks people: a rule-based projection.

GUM marks a person as a whole noun phrase ("U.S. President Donald Trump", "Leung Yiu-chung of
NWSC", "DAB 's Ben Chan") and also marks roles and groups with no name in them ("Prime Minister",
"many Texans"). CoNLL marks the name alone. :func:`names_only` cuts each gold person span to the
name it holds, by rules on the span's words only (nothing per article):

* the name is a run of capitalised words (name particles such as "da" or "bin" inside it, initials
  such as "F." too), not a role word (``ROLES``: newscore's titles and more role nouns of news);
* a run is passed over when a role follows it ("*U.S.* President", "*NASA* Administrator"), a
  possessive follows it ("*Malaysia* 's"), or a lower-case word that is no connector follows it
  ("the *Dallas* chapter", "*Muslims* traveling"): it describes the person, it is not their name;
* a run after a preposition ("Governor of *Washington Chris Gregoire*", "traveling to the *U.S.*")
  is a body or a place unless it holds a given name, where the name starts ("Chris Gregoire");
* the first run left is the name; letters after it ("QC", "MP") are dropped; a span with no such
  run is no name (a role or a group: "Secretary of State", "State Department Spokesperson") and
  leaves the gold; spans that come out the same (a coordination and its first member) count once;
* a name that a longer name runs on from inside another kind's gold span ("Andy Warhol" of "the
  Andy Warhol Foundation", "Tang" of "Tang Teaching Museum") leaves the gold: CoNLL marks no nesting.

What it leaves: groups written as one capitalised word ("Muslims", "Rohingya") stay people, as GUM
has them, and a descriptor run straight into a name with no role word between ("Scientologist Tom
Cruise") is cut by the given name only when a preposition comes before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from newscore.evaluation import GoldDocument, GoldEntity
from newscore.text.names import TITLES, is_given_name

__all__ = ["ROLES", "names_only"]

#: Words of a role or a rank written before a name, not part of it: newscore's titles and the other
#: role nouns of news.
ROLES = TITLES | frozenset(
    ["administrator", "undersecretary", "executive", "head", "leader", "founder", "president-elect", "mp", "emeritus",
     "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "striker", "midfielder", "defender",
     "goalkeeper", "captain", "skipper", "boss", "counterpart", "minister", "secretary-general", "vice", "lady", "lord",
     "king", "queen", "prince", "princess", "sheikh", "ayatollah", "crown", "adviser", "advisor", "aide", "candidate",
     "nominee", "correspondent", "reporter", "editor", "columnist", "author", "writer", "actor", "actress", "singer"]
)
#: Letters after a name that CoNLL leaves out ("Mark Tedeschi, QC").
_POST_NOMINALS = frozenset(["qc", "kc", "sc", "mp", "mep", "obe", "mbe", "cbe", "phd", "md", "esq"])
#: Lower-case words inside a name ("Lula da Silva", "Mohammed bin Salman").
_PARTICLES = frozenset(["da", "de", "del", "della", "der", "di", "do", "dos", "du", "al", "el", "la", "le", "van", "von", "bin", "ibn", "y", "wa"])
#: Words and marks that may follow a name inside a longer noun phrase ("Leung Yiu-chung of NWSC").
_CONNECTORS = frozenset([",", ";", ":", "(", ")", "-", "of", "from", "and", "&", "or", "who", "in", "at", "by", "with", "for", "on", "to"])
#: Words before a run that make it the object of a preposition, a body or a place ("of *Washington*").
_PREPOSITIONS = frozenset(["of", "to", "for", "on", "in", "at", "from", "by", "with", "(", "-"])
_TOKEN = re.compile(r"[^\W_](?:[\w.'’-]*[\w.])?|['’]s\b|[^\w\s]")


def _possessive(word: str) -> bool:
    return word in ("'s", "’s", "'", "’")


def _role(word: str) -> bool:
    return word.casefold().rstrip(".") in ROLES


def _plain_name_word(word: str) -> bool:
    return word[:1].isupper() and not _role(word) and not _possessive(word)


def _name_word(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a word of a name: capitalised and no role, or a role word that is a
    name here, a surname after a given name ("Bernice King") or a given name opening a two-word
    phrase ("Dean Kamen")."""
    word = words[k]
    if _plain_name_word(word):
        return True
    if not word[:1].isupper() or _possessive(word):
        return False
    ends = k + 1 == len(words) or not words[k + 1][:1].isupper()
    if k > 0 and _plain_name_word(words[k - 1]) and is_given_name(words[k - 1]) and ends:
        return True
    return k == 0 and len(words) == 2 and is_given_name(word) and _plain_name_word(words[1])


def _runs(words: list[str]) -> Iterable[tuple[int, int]]:
    """The runs ``[first, stop)`` of name words, with particles inside them ("Lula da Silva")."""
    k, n = 0, len(words)
    while k < n:
        if not _name_word(words, k):
            k += 1
            continue
        stop = k + 1
        while stop < n and (
            _name_word(words, stop) or (words[stop] in _PARTICLES and stop + 1 < n and _name_word(words, stop + 1))
        ):
            stop += 1
        yield k, stop
        k = stop


def name_in(text: str) -> tuple[int, int] | None:
    """The characters ``[start, end)`` of the name a gold person phrase holds, or None if it holds none."""
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if end - start > 2 and text[end - 2 : end] in ("'s", "’s"):  # "Malaysia's": the possessive apart, as GUM writes it
            tokens += [(start, end - 2), (end - 2, end)]
        else:
            tokens.append((start, end))
    words = [text[start:end] for start, end in tokens]
    for first, stop in _runs(words):
        after = words[stop] if stop < len(words) else None
        if after is not None and (_role(after) or _possessive(after) or (after not in _CONNECTORS and not after[:1].isupper())):
            continue  # "U.S. President", "Malaysia 's", "the Dallas chapter": it describes the person
        before = first - 1
        while before >= 0 and words[before].casefold() == "the":
            before -= 1
        if before >= 0 and words[before] in _PREPOSITIONS:
            given = [k for k in range(first, stop - 1) if is_given_name(words[k])]
            if not given:
                continue  # "Secretary of State", "traveling to the U.S.": a body or a place
            first = given[0]  # "Governor of Washington Chris Gregoire"
        while stop - first > 1 and words[stop - 1].casefold().rstrip(".") in _POST_NOMINALS:
            stop -= 1
        return tokens[first][0], tokens[stop - 1][1]
    return None


_NEXT_WORD = re.compile(r"\s*(?:&|and)?\s*([^\W\d_](?:[\w'’.-]*[\w'’-])?)")


def _inside_a_longer_name(text: str, start: int, end: int, others: list[GoldEntity]) -> bool:
    """Whether a longer name inside another kind's gold span runs on from the name ("Andy Warhol"
    of "Andy Warhol Foundation", "Mary" of "Mary & Leigh Block Museum"): CoNLL marks no nesting."""
    stop = end
    while (match := _NEXT_WORD.match(text, stop)) is not None and match.group(1)[:1].isupper():
        stop = match.end()
    return stop > end and any(other.start <= start and stop <= other.end for other in others)


def names_only(document: GoldDocument) -> GoldDocument:
    """``document`` with each person span cut to the name it holds (spans holding none left out, a
    name a longer name of another kind's span runs on from left out, spans coming out the same kept
    once); other kinds unchanged."""
    entities: list[GoldEntity] = []
    others = [entity for entity in document.entities if entity.kind != "person"]
    seen: set[tuple[int, int]] = set()
    for entity in document.entities:
        if entity.kind != "person":
            entities.append(entity)
            continue
        span = name_in(document.text[entity.start : entity.end])
        if span is None:
            continue
        start, end = entity.start + span[0], entity.start + span[1]
        if _inside_a_longer_name(document.text, start, end, others):
            continue
        if (start, end) not in seen:
            seen.add((start, end))
            entities.append(attrs.evolve(entity, start=start, end=end))
    return attrs.evolve(document, entities=tuple(entities))
