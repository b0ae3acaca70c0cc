"""Finding place mentions: spaCy's GPE/LOC/FAC spans, repaired and completed from the gazetteer.

Each mention is a :class:`Found` span of the article text; what place it names is decided
later (:mod:`newscore_locations.resolution`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from attrs import frozen
from newscore import trim_span

from newscore_locations.gazetteer import Gazetteer, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["COMMON_WORDS", "Found", "find_mentions", "keep_unresolved"]

_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)[\s\u00a0]+")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Lower-case words allowed inside a multi-word place name ("Rostov-on-Don", "Isle of Man").
_NAME_GLUE = frozenset({"of", "on", "upon", "the", "de", "del", "la", "le", "du", "da", "des", "and", "y", "am", "an", "en", "-", "'s", "’s", "&"})
#: Words before a name that make it a place ("in Bath", "from Jordan").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "around", "towards", "toward", "via",
     "through", "over", "between", "of", "inside", "within", "throughout"}
)
#: Nouns before "of" that make the next name a place ("the state of Maharashtra").
_PLACE_NOUNS = frozenset(
    """state states province provinces city town village region county district capital island
    republic suburb suburbs outskirts parts north south east west centre center""".split()
)
#: Place names that are also everyday English words: found only with a place preposition before them.
COMMON_WORDS = frozenset(
    """of mobile reading nice bath split march deal hope liberty independence enterprise commerce
    normal mission paradise orange union lead young hurt cut page same darwin man most best many
    police university college street university energy opportunity justice victory freedom
    unity progress success friendship surprise bay beach park lake river island islands
    mount valley city town village center centre north south east west central eastern western
    northern southern capital district government republic state federal national international
    university royal new old great little long split kill bar natal plain plains essex""".split()
)
#: Smallest population for a city to be *found* from the gazetteer alone (spaCy missed it).
_CITY_FIND_POPULATION = 100_000
_MULTIWORD_CITY_FIND_POPULATION = 15_000


@frozen
class Found:
    """A span of text that mentions a place, and how it was found."""

    start: int
    end: int
    source: str  # "ner", "gazetteer" or "demonym"
    label: str | None = None  # spaCy's label where spaCy found it


def _drop_full_stop(text: str, start: int, end: int) -> int:
    """End before a sentence's full stop ("Moscow."), not an abbreviation's ("U.S.", "D.C.")."""
    if end - start > 1 and text[end - 1] == ".":
        last_word = text[start : end - 1].split()[-1] if text[start : end - 1].split() else ""
        if "." not in last_word and len(last_word) > 2:
            return end - 1
    return end


def _entity_spans(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    spans = []
    for ent in doc.ents:
        start, end = trim_span(text, ent.start_char, ent.end_char)
        article = _LEADING_ARTICLE.match(text[start:end])
        if article and article.end() < end - start:  # trim_span keeps it unless the span starts the text
            start += article.end()
        end = _drop_full_stop(text, start, end)
        if start < end and any(ch.isalpha() for ch in text[start:end]):
            spans.append((start, end, ent.label_))
    return spans


def _is_capitalised(token: Token) -> bool:
    first = token.text[:1]
    return first.isalpha() and first.isupper()


def _name_shaped(tokens: list[Token]) -> bool:
    """Every word of the name is capitalised, except glue words inside it."""
    if not _is_capitalised(tokens[0]) or not _is_capitalised(tokens[-1]):
        return False
    return all(
        _is_capitalised(t) or t.lower_ in _NAME_GLUE or not t.text[:1].isalpha() for t in tokens[1:-1]
    )


def _gazetteer_spans(doc: Doc, text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Longest capitalised token runs that are a main name or curated alias of some place."""
    spans = []
    window = min(2 * gazetteer.max_words + 1, 9)
    tokens = list(doc)  # one pass: indexing a Doc builds a new Token every time
    i, n = 0, len(tokens)
    while i < n:
        if not _is_capitalised(tokens[i]) or not gazetteer.may_start_primary(tokens[i].text):
            i += 1
            continue
        # a name never runs across a space token or a line break
        last = i
        while last < min(n - 1, i + window - 1) and not _breaks(tokens[last]):
            last += 1
        matched = None
        for j in range(last, i - 1, -1):
            start, end = tokens[i].idx, tokens[j].idx + len(tokens[j].text)
            surface = text[start:end]
            if not gazetteer.is_primary(surface) or not _name_shaped(tokens[i : j + 1]):
                continue
            if gazetteer.candidates(surface):
                matched = (start, end, j)
                break
        if matched:
            spans.append(matched[:2])
            i = matched[2] + 1
        else:
            i += 1
    return spans


def _breaks(token: Token) -> bool:
    return token.is_space or "\n" in token.text_with_ws[:-1]


def _prominent(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name the model missed is a place well known enough to report on the gazetteer's word."""
    multiword = " " in name_key(surface)
    for candidate in gazetteer.candidates(surface):
        if candidate.alternate:
            continue
        place = candidate.place
        if place.feature in ("continent", "country", "other"):
            return True
        if place.feature == "region" and (place.population >= 1_000_000 or multiword):
            return True
        if place.feature == "city" and (
            place.population >= _CITY_FIND_POPULATION
            or place.capital
            or (multiword and place.population >= _MULTIWORD_CITY_FIND_POPULATION)
        ):
            return True
    return False


def _country_like(surface: str, gazetteer: Gazetteer) -> bool:
    return any(c.place.feature in ("country", "continent") and not c.alternate for c in gazetteer.candidates(surface))


def _capital_or_country(surface: str, gazetteer: Gazetteer) -> bool:
    return any(
        not c.alternate and (c.place.feature in ("country", "continent") or c.place.capital)
        for c in gazetteer.candidates(surface)
    )


def _previous_word(doc: Doc, start: int) -> str:
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or token.start == 0:
        return ""
    return doc[token.start - 1].lower_


def _place_context(
    doc: Doc, text: str, start: int, end: int, gazetteer: Gazetteer, place_ends: frozenset[int] = frozenset()
) -> bool:
    """Words around a name that say it is a place: a preposition before it ("in Bath"),
    "the state of" before it, or a comma and a country or region after it ("Krasnodar, Russia")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    if before and before[-1] in _PLACE_PREPOSITIONS:
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in _PLACE_NOUNS:
        return True
    if before and before[-1] in ("and", "or", ",") and span.start >= 2:
        previous = doc[span.start - 2]
        if previous.idx + len(previous.text) in place_ends:  # "Kharkiv and Odesa", "Mozambique and Botswana"
            return True
    after = doc[span.end : span.end + 4]
    if len(after) >= 2 and after[0].text == ",":
        for size in (3, 2, 1):
            tail = after[1 : 1 + size]
            if len(tail) == size and _is_capitalised(tail[0]):
                if any(c.place.feature in ("country", "region") for c in gazetteer.candidates(tail.text)):
                    return True
    return False


def _accept_unlabelled(doc: Doc, text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A gazetteer match spaCy did not label at all."""
    surface = text[start:end]
    if not _prominent(surface, gazetteer):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.text[:1].isalpha()]
    key = name_key(surface)
    if key in COMMON_WORDS or (len(words) == 1 and words[0].pos_ not in ("PROPN",)):
        # an everyday word or a token the tagger does not read as a name: only "in Bath", "from Nice"
        if _country_like(surface, gazetteer) and words and words[0].pos_ == "PROPN":
            return True
        return _previous_word(doc, start) in _PLACE_PREPOSITIONS and key not in {"of", "man", "most", "best", "many"}
    return True


def _merge(
    doc: Doc,
    text: str,
    entities: list[tuple[int, int, str]],
    matches: list[tuple[int, int]],
    gazetteer: Gazetteer,
) -> list[Found]:
    places = {(s, e): Found(s, e, "ner", label) for s, e, label in entities if label in _PLACE_LABELS}
    for start, end in matches:
        overlapping = [(s, e, label) for s, e, label in entities if s < end and start < e]
        if not overlapping:
            if _accept_unlabelled(doc, text, start, end, gazetteer):
                places[(start, end)] = Found(start, end, "gazetteer")
            continue
        covers_all = all(start <= s and e <= end for s, e, _ in overlapping)
        longer = all((end - start) > (e - s) for s, e, _ in overlapping)
        if covers_all and longer:
            # a repair: "Rostov-on-Don" over PERSON "Rostov" + PERSON "Don", or GPE "Rostov" alone
            for s, e, _ in overlapping:
                places.pop((s, e), None)
            places[(start, end)] = Found(start, end, "gazetteer", overlapping[0][2])
            continue
        if len(overlapping) == 1:
            s, e, label = overlapping[0]
            surface = text[s:e]
            if (s, e) != (start, end) or name_key(surface) in COMMON_WORDS or not _prominent(surface, gazetteer):
                continue
            if label == "NORP" and gazetteer.demonym_place(surface):
                continue
            # spaCy gave a known place another label ("Botswana" PERSON, "Krasnodar" ORG): trust
            # the words around it ("in Botswana", "Krasnodar, Russia"), or a country read as an organisation
            place_ends = frozenset(e2 for _, e2 in places)
            if (
                _place_context(doc, text, start, end, gazetteer, place_ends)
                or (label in ("ORG", "NORP", "PRODUCT") and _country_like(surface, gazetteer))
                or (label == "PERSON" and _capital_or_country(surface, gazetteer))
            ):
                places[(start, end)] = Found(start, end, "gazetteer", label)
    return sorted(places.values(), key=lambda f: (f.start, f.end))


def _demonym_spans(
    doc: Doc, text: str, gazetteer: Gazetteer, taken: list[Found], entities: list[tuple[int, int, str]]
) -> list[Found]:
    found = []
    blocked = [(f.start, f.end) for f in taken] + [(s, e) for s, e, label in entities if label in ("PERSON", "ORG")]
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _is_capitalised(token):
            i += 1
            continue
        hit = None
        if i + 1 < len(doc) and _is_capitalised(doc[i + 1]):
            two = text[token.idx : doc[i + 1].idx + len(doc[i + 1])]
            if gazetteer.demonym_place(two):
                hit = (token.idx, doc[i + 1].idx + len(doc[i + 1]), i + 1)
        if hit is None and gazetteer.demonym_place(token.text):
            hit = (token.idx, token.idx + len(token), i)
        if hit and not any(s < hit[1] and hit[0] < e for s, e in blocked):
            found.append(Found(hit[0], hit[1], "demonym"))
        i = (hit[2] if hit else i) + 1
    return found


def find_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Found]:
    """Place mentions in a parsed text: names (``ner``/``gazetteer``) and demonyms, in text order."""
    entities = _entity_spans(doc, text)
    places = _merge(doc, text, entities, _gazetteer_spans(doc, text, gazetteer), gazetteer)
    names, demonyms = [], []
    for found in places:
        surface = text[found.start : found.end]
        if gazetteer.demonym_place(surface) and not gazetteer.candidates(surface):
            demonyms.append(Found(found.start, found.end, "demonym", found.label))  # spaCy's GPE "Afghan"
        else:
            names.append(found)
    demonyms += _demonym_spans(doc, text, gazetteer, names + demonyms, entities)
    return sorted(names + demonyms, key=lambda f: (f.start, f.end))


def without_covered(found: Iterable[Found], claimed: list[tuple[int, int]]) -> list[Found]:
    """Mentions not overlapping any claimed span (an organisation's, say)."""
    return [f for f in found if not any(s < f.end and f.start < e for s, e in claimed)]


def after_place_preposition(doc: Doc, start: int) -> bool:
    """Whether the word before ``start`` is one that introduces a place ("in", "from", …)."""
    return _previous_word(doc, start) in _PLACE_PREPOSITIONS


def keep_unresolved(doc: Doc, text: str, found: Found, gazetteer: Gazetteer) -> bool:
    """Whether a mention no gazetteer place explains is still worth reporting.

    spaCy's one-word GPE spans that name nothing known are often diseases or people
    ("Ebola", "H5N1"): keep them only with a place preposition before them, or when the
    model calls them a location or facility.
    """
    if found.source != "ner":
        return True
    surface = text[found.start : found.end]
    if any(ch.isdigit() for ch in surface):
        return False
    if found.label in ("LOC", "FAC") or " " in surface.strip():
        return True
    return _place_context(doc, text, found.start, found.end, gazetteer)
