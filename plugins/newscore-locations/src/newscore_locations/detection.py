"""Finding place mentions: spaCy's GPE/LOC/FAC spans, repaired and completed from the gazetteer.

Each mention is a :class:`Found` span of the article text; what place it names is decided
later (:mod:`newscore_locations.resolution`).
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Collection
from itertools import compress
from typing import TYPE_CHECKING

from attrs import frozen

from newscore.text import SpanIndex, TokenTable, token_table, trim_span, without_article
from newscore.text.names import TITLES
from newscore_locations.containment import confirmed_places
from newscore_locations.datelines import dateline_spans, slug_country_spans
from newscore_locations.events import names_an_event
from newscore_locations.facilities import is_venue_word
from newscore_locations.gazetteer import Gazetteer, name_key
from newscore_locations.sports import reads_as_sports
from newscore_locations.vehicles import names_a_vehicle, vehicle_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["COMMON_WORDS", "Found", "entity_chars", "find_mentions", "is_capitalised", "keep_unresolved", "previous_word", "prominent"]


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels spaCy often gives a place it does not know ("Kharkiv" PERSON, "Rustenburg" ORG, "Essex" NORP).
_MISREAD_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT"})
#: Lower-case words allowed inside a multi-word place name ("Rostov-on-Don", "Isle of Man").
_NAME_GLUE = frozenset({"of", "on", "upon", "the", "de", "del", "la", "le", "du", "da", "des", "do", "dos", "das", "di", "van", "von", "der", "and", "y", "am", "an", "en", "-", "'s", "’s", "&"})
#: Words before a name that make it a place ("in Bath", "from Jordan").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "around", "towards", "toward", "via",
     "through", "over", "between", "of", "inside", "within", "throughout"}
)
#: Nouns before "of" that make the next name a place ("the state of Maharashtra").
_PLACE_NOUNS = frozenset(
    ["state", "states", "province", "provinces", "city", "town", "village", "region", "county", "district", "capital", "island", "republic", "suburb", "suburbs", "outskirts", "parts", "north", "south", "east", "west", "centre", "center"]
)
#: Place names that are also everyday English words: found only with a place preposition before them.
COMMON_WORDS = frozenset(
    ["of", "mobile", "reading", "nice", "bath", "split", "march", "deal", "hope", "liberty", "independence", "enterprise", "commerce", "normal", "mission", "paradise", "orange", "union", "lead", "young", "hurt", "cut", "page", "same", "darwin", "man", "most", "best", "many", "police", "university", "college", "street", "energy", "opportunity", "justice", "victory", "freedom", "unity", "progress", "success", "friendship", "surprise", "bay", "beach", "park", "lake", "river", "island", "islands", "mount", "valley", "city", "town", "village", "center", "centre", "north", "south", "east", "west", "central", "eastern", "western", "northern", "southern", "capital", "district", "government", "republic", "state", "federal", "national", "international", "royal", "new", "old", "great", "little", "long", "kill", "bar", "natal", "plain", "plains", "essex", "batman", "satan"]
)
#: Smallest population for a city to be *found* from the gazetteer alone (spaCy missed it).
_CITY_FIND_POPULATION = 100_000
_MULTIWORD_CITY_FIND_POPULATION = 15_000


@frozen
class Found:
    """A span of text that mentions a place, and how it was found."""

    start: int
    end: int
    # "ner", "gazetteer", "dateline", "demonym", "adjective" (a place inside "pro-Beijing"),
    # "embedded" (inside an organisation's name), or a
    # facility named as an organisation: "facility" (a venue) or "institution" (a body too)
    source: str
    label: str | None = None  # spaCy's label where spaCy found it


def _drop_full_stop(text: str, start: int, end: int) -> int:
    """End before a sentence's full stop ("Moscow."), not an abbreviation's ("U.S.", "D.C.")."""
    if end - start > 1 and text[end - 1] == ".":
        last_word = text[start : end - 1].split()[-1] if text[start : end - 1].split() else ""
        if "." not in last_word and len(last_word) > 2:
            return end - 1
    return end


_ENTITIES: weakref.WeakKeyDictionary[TokenTable, list[tuple[int, int, str]]] = weakref.WeakKeyDictionary()


def entity_chars(table: TokenTable) -> list[tuple[int, int, str]]:
    """``(start char, end char, label)`` of each of spaCy's entities, read from the table's IOB
    columns: what ``doc.ents`` gives, without the Span objects and the walk over every token it
    makes on each access. Read once per table (three steps ask); never change the list."""
    spans = _ENTITIES.get(table)
    if spans is None:
        spans = _ENTITIES[table] = _read_entities(table)
    return spans


def _read_entities(table: TokenTable) -> list[tuple[int, int, str]]:
    starts, ends = table.idx, table.end
    return [(starts[first], ends[stop - 1], label) for first, stop, label in table.entities]


#: Where a place name the model ran on cannot continue: a spaced dash or a line break.
_NAME_BREAK = re.compile(r" [-–—] |[ \t]*\n\s*")
#: Lower-case kinds of region written after a name ("Gauteng province", "Kano state").
_REGION_KINDS = "province|state|region|county|district|prefecture|oblast|governorate|territory"
#: A lower-case kind of place after a name the model ran on ("Gauteng province", "Kano
#: state"): geoparsing and NER gold both mark the name alone; resolution still reads the word.
#: Nor a joining word the model ran on to ("Westfield Stadium and").
_TAIL = re.compile(rf"\s+(?:{_REGION_KINDS}|municipality|city|and|or|&)$")
#: A kind of region after a name: the text says it is a place.
_KIND_NEXT = re.compile(rf"\s+(?:{_REGION_KINDS})\b")


def _entity_spans(table: TokenTable, text: str) -> list[tuple[int, int, str]]:
    spans = []
    for ent_start, ent_end, label in entity_chars(table):
        pieces = [(ent_start, ent_end)]
        if label in _PLACE_LABELS and _NAME_BREAK.search(text, ent_start, ent_end):
            # "Central Africa - Nigeria", "The Oval :\nEngland": two places the model ran together
            # across a spaced dash or a line break
            cuts = [m.span() for m in _NAME_BREAK.finditer(text, ent_start, ent_end)]
            edges = [ent_start] + [edge for cut in cuts for edge in cut] + [ent_end]
            pieces = list(zip(edges[::2], edges[1::2], strict=True))
        for piece_start, piece_end in pieces:
            start, end = trim_span(text, piece_start, piece_end)
            name = text[start:end]
            start += len(name) - len(without_article(name))  # "the the Hague": trim_span drops one
            end = _drop_full_stop(text, start, end)
            if label in _PLACE_LABELS and (tail := _TAIL.search(text, start, end)) and tail.start() > start:
                end = tail.start()
            if start < end and any(ch.isalpha() for ch in text[start:end]):
                spans.append((start, end, label))
    return spans


@functools.lru_cache(maxsize=1 << 16)  # the same words recur across articles
def is_capitalised(word: str) -> bool:
    """Whether a word starts with a capital letter (the plugin's one test of a name-like word)."""
    first = word[:1]
    return first.isalpha() and first.isupper()


def _capitalised_flags(table: TokenTable) -> list[bool]:
    """Per token: whether it starts with a capital letter (both scans read this for every token)."""
    return list(map(is_capitalised, table.text))


def _breaks(table: TokenTable, k: int) -> bool:
    """Whether a name cannot run across token ``k``: a space token, or a line break in its ``text_with_ws[:-1]``."""
    word = table.text[k]
    return table.is_space[k] or "\n" in (word if table.whitespace[k] else word[:-1])


def _may_stand_inside(table: TokenTable, capitalised: list[bool], k: int) -> bool:
    """Whether token ``k`` may stand inside a place name: capitalised, a glue word, or not a word."""
    return capitalised[k] or table.lower[k] in _NAME_GLUE or not table.text[k][:1].isalpha()


def _gazetteer_spans(
    table: TokenTable, text: str, gazetteer: Gazetteer, capitalised: list[bool]
) -> list[tuple[int, int]]:
    """Longest capitalised token runs that are a main name or curated alias of some place.

    A run is name-shaped: capitalised first and last words, only glue words ("of", "-") or
    capitalised words inside. So it can only end at a capitalised token before the first
    token that may not stand inside a name, which spares most gazetteer look-ups.
    """
    spans = []
    window = min(2 * gazetteer.max_words + 1, 9)
    words, starts, ends = table.text, table.idx, table.end
    may_start, is_primary, candidates = gazetteer.may_start_primary, gazetteer.is_primary, gazetteer.candidates
    n, resume = len(words), 0
    for i in compress(range(n), capitalised):  # only capitalised tokens start a name
        if i < resume or not may_start(words[i]):
            continue
        # a name never runs across a space token or a line break, nor past a word that cannot be inside one
        last, limit = i, min(n - 1, i + window - 1)
        while last < limit and _may_stand_inside(table, capitalised, last + 1) and not _breaks(table, last):
            last += 1
        start = starts[i]
        for j in range(last, i - 1, -1):
            if not capitalised[j]:
                continue
            surface = text[start : ends[j]]
            if is_primary(surface) and candidates(surface):
                spans.append((start, ends[j]))
                resume = j + 1  # the longest match wins; scanning goes on after it
                break
    return spans


def prominent(surface: str, gazetteer: Gazetteer) -> bool:
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
    """A country, a continent or a named area ("EU", "Middle East")."""
    return any(
        c.place.feature in ("country", "continent", "other") and not c.alternate for c in gazetteer.candidates(surface)
    )


def _capital_or_country(surface: str, gazetteer: Gazetteer) -> bool:
    return any(
        not c.alternate and (c.place.feature in ("country", "continent") or c.place.capital)
        for c in gazetteer.candidates(surface)
    )


def _tokens(doc: Doc, start: int, end: int) -> tuple[TokenTable, int, int] | None:
    """The doc's token table and the tokens ``[first, stop)`` covering ``[start, end)``
    (None where no token does, as a span of only spaces)."""
    table = token_table(doc)
    span = table.token_span(start, end)
    return None if span is None else (table, span[0], span[1])


def previous_word(doc: Doc, start: int) -> str:
    """The lower-case token before the one at ``start`` ("" at the text's start)."""
    tokens = _tokens(doc, start, start + 1)
    if tokens is None or tokens[1] == 0:
        return ""
    table, first, _ = tokens
    return table.lower[first - 1]


def _place_context(
    doc: Doc, text: str, start: int, end: int, gazetteer: Gazetteer, place_spans: Collection[tuple[int, int]] = ()
) -> bool:
    """Words around a name that say it is a place: a preposition before it ("in Bath"),
    "the state of" before it, a kind of venue after it ("the Maracana stadium"), or a comma and
    a country or region after it ("Krasnodar, Russia")."""
    tokens = _tokens(doc, start, end)
    if tokens is None:
        return False
    table, first, stop = tokens
    before = table.lower[max(0, first - 2) : first]
    if before and before[-1] in _PLACE_PREPOSITIONS:
        return True
    if len(before) == 2 and before[1] == "of" and before[0] in _PLACE_NOUNS:
        return True
    if before and before[-1] in ("and", "or", ",") and first >= 2:
        previous_end = table.end[first - 2]
        if any(e == previous_end for _, e in place_spans):  # "Kharkiv and Odesa", "Mozambique and Botswana"
            return True
    words, starts, ends = table.text, table.idx, table.end
    if stop < len(words) and words[stop].islower() and is_venue_word(words[stop]):
        return True  # "the Maracana stadium": a venue's name, read as a person's
    after_stop = min(stop + 4, len(words))  # the (up to) four tokens after the name
    if after_stop - stop >= 2 and words[stop] == ",":
        for size in (3, 2, 1):
            tail_start, tail_stop = stop + 1, stop + 1 + size
            if tail_stop <= after_stop and is_capitalised(words[tail_start]):
                tail = text[starts[tail_start] : ends[tail_stop - 1]]
                if any(c.place.feature in ("country", "region") for c in gazetteer.candidates(tail)):
                    return True
    return False


#: Verbs of a match result ("Monaco beat Lyon 2-0", "Napoli drew 0-0 with Juventus").
_MATCH_VERBS = frozenset(["beat", "draw", "lose", "win", "defeat", "thrash", "edge", "hold", "rout", "stun", "host"])
#: Words before a club in a result ("a 3-0 win over Everton", "drew with Fulham").
_MATCH_BEFORE = frozenset(["beat", "beats", "over", "against", "with", "v", "vs", "vs.", "drew", "defeated"])
_SCORE = re.compile(r"(?<![\d.,:/])\d{1,2} ?[-–] ?\d{1,2}(?![\d.,:/%-])")


#: Words after a place's name that make it a disease's or a party's ("West Nile virus", "Rift
#: Valley fever", "the ruling Morena party").
_NOT_PLACE_AFTER = frozenset(["virus", "viruses", "fever", "encephalitis", "ebolavirus", "disease", "party"])


def _names_something_else(table: TokenTable, end: int) -> bool:
    following = table.next_token(end)
    return following < len(table.lower) and table.lower[following] in _NOT_PLACE_AFTER


def _names_a_country(surface: str, gazetteer: Gazetteer) -> bool:
    return any(c.place.feature == "country" and not c.alternate for c in gazetteer.candidates(surface))


def _plays_a_match(doc: Doc, text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name reads as a club in a match report: a score near it and a result verb
    right after it or a result word right before it. A country's name stays a place (a
    national side is named after its country: "a 2-1 win against Syria")."""
    window = text[max(0, start - 60) : end + 60]
    if not _SCORE.search(window) or _names_a_country(text[start:end], gazetteer):
        return False
    tokens = _tokens(doc, start, end)
    if tokens is None:
        return False
    table, first, stop = tokens
    after = table.lemma[stop].lower() if stop < len(table.lemma) else ""
    before = table.lower[first - 1] if first > 0 else ""
    if before == "to" and first > 1:  # "lost 2-1 to Benfica", not "brought to Uppsala"
        return table.lemma[first - 2].lower() == "lose" or table.text[first - 2][-1:].isdigit()
    return after in _MATCH_VERBS or before in _MATCH_BEFORE


def _accept_unlabelled(doc: Doc, text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A gazetteer match spaCy did not label at all."""
    surface = text[start:end]
    if not prominent(surface, gazetteer):
        return False
    tokens = _tokens(doc, start, end)
    if tokens is None:
        return False
    table, first, stop = tokens
    words = [k for k in range(first, stop) if table.text[k][:1].isalpha()]
    key = name_key(surface)
    if key in COMMON_WORDS or (len(words) == 1 and table.pos[words[0]] not in ("PROPN",)):
        # an everyday word or a token the tagger does not read as a name: only "in Bath", "from Nice"
        if _country_like(surface, gazetteer) and words and table.pos[words[0]] == "PROPN":
            return True
        return previous_word(doc, start) in _PLACE_PREPOSITIONS and key not in {"of", "man", "most", "best", "many"}
    return True


def _listed_with_places(
    doc: Doc, text: str, start: int, end: int, place_spans: Collection[tuple[int, int]], place_starts: Collection[int]
) -> bool:
    """Whether a known place name (even a small one) stands in a list beside a place: right after
    one and a comma or "and" ("Kisumu, Bondo, Nyando"), or right before one ("Temryuk and Anapa")."""
    if name_key(text[start:end]) in COMMON_WORDS:
        return False
    tokens = _tokens(doc, start, end)
    if tokens is None:
        return False
    table, first, stop = tokens
    if table.pos[first] != "PROPN":
        return False
    if first >= 2 and table.lower[first - 1] in (",", "and", "or"):
        previous_end = table.end[first - 2]
        if any(e == previous_end for _, e in place_spans):
            return True
    if stop + 1 < len(table.idx) and table.lower[stop] in (",", "and", "or"):
        return table.idx[stop + 1] in place_starts
    return False


_AND = re.compile(r"\s+and\s+")


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a name the model ran across "and" ("Barclays Center and Craven Cottage"); none if it has no "and"."""
    cuts = [m.span() for m in _AND.finditer(text, start, end)]
    if not cuts:
        return []
    edges = [start] + [edge for cut in cuts for edge in cut] + [end]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _merge(
    doc: Doc,
    text: str,
    entities: list[tuple[int, int, str]],
    matches: list[tuple[int, int]],
    gazetteer: Gazetteer,
) -> list[Found]:
    places = {(s, e): Found(s, e, "ner", label) for s, e, label in entities if label in _PLACE_LABELS}
    doubtful: dict[tuple[int, int], str] = {}  # known places spaCy labelled otherwise, without words to decide
    labelled = SpanIndex(entities)
    starts_of_places = {s for s, _, label in entities if label in _PLACE_LABELS}
    for start, end in matches:
        overlapping = labelled.overlapping(start, end)
        if len(overlapping) == 1 and (start, end) in _conjuncts(text, overlapping[0][0], overlapping[0][1]):
            overlapping = [(start, end, overlapping[0][2])]  # "Barclays Center and Craven Cottage" read as one name
        if not overlapping:
            if _accept_unlabelled(doc, text, start, end, gazetteer) or _listed_with_places(
                doc, text, start, end, places.keys(), starts_of_places
            ):
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
            if (s, e) != (start, end) or name_key(surface) in COMMON_WORDS:
                continue
            if label == "NORP" and gazetteer.demonym_place(surface):
                continue
            # spaCy gave a known place another label ("Botswana" PERSON, "Krasnodar" ORG): trust
            # the words around it ("in Botswana", "Krasnodar, Russia"), or a country read as an organisation
            if prominent(surface, gazetteer) and (
                _place_context(doc, text, start, end, gazetteer, places.keys())
                or (label in ("ORG", "NORP", "PRODUCT") and _country_like(surface, gazetteer))
                or (label == "PERSON" and _capital_or_country(surface, gazetteer))
            ):
                places[(start, end)] = Found(start, end, "gazetteer", label)
            elif label != "PERSON" and _listed_with_places(doc, text, start, end, places.keys(), starts_of_places):
                places[(start, end)] = Found(start, end, "gazetteer", label)  # "Rogaland, Vestfold, Buskerud"
            elif label in _MISREAD_LABELS:
                doubtful[(start, end)] = label
    for start, end in confirmed_places(list(doubtful), list(places), text, gazetteer):
        places[(start, end)] = Found(start, end, "gazetteer", doubtful[(start, end)])
    return sorted(places.values(), key=lambda f: (f.start, f.end))


def _demonym_spans(
    table: TokenTable,
    text: str,
    gazetteer: Gazetteer,
    taken: list[Found],
    entities: list[tuple[int, int, str]],
    capitalised: list[bool],
) -> list[Found]:
    found = []
    blocked = SpanIndex(
        [(f.start, f.end, f.source) for f in taken] + [(s, e, label) for s, e, label in entities if label == "PERSON"]
    )
    words, starts, ends = table.text, table.idx, table.end
    demonym_place = gazetteer.demonym_place
    n, resume = len(words), 0
    for i in compress(range(n), capitalised):  # only capitalised words are demonyms
        if i < resume:
            continue
        hit = None
        if i + 1 < n and capitalised[i + 1] and demonym_place(text[starts[i] : ends[i + 1]]):
            hit = (starts[i], ends[i + 1], i + 1)
        if hit is None and demonym_place(words[i]):
            hit = (starts[i], ends[i], i)
        if hit:
            if not blocked.overlaps(hit[0], hit[1]):
                found.append(Found(hit[0], hit[1], "demonym"))
            resume = hit[2] + 1
    return found


_STANCE_PREFIX = re.compile(r"(?i)(?:pro|anti)-")
_STANCE_BEFORE = re.compile(r"(?i)(?<![a-z])(?:pro|anti)-$")


def _after_stance_prefix(text: str, found: Found) -> Found | None:
    """ "Pro-Beijing", "anti-Beijing": the place inside an adjective of stance, an ``adjective``
    mention (reported as a demonym is), not the place's name."""
    prefix = _STANCE_PREFIX.match(text, found.start)
    if prefix is not None:
        start = prefix.end()
        if start < found.end and is_capitalised(text[start : found.end]):
            return Found(start, found.end, "adjective", found.label)
        return None
    if _STANCE_BEFORE.search(text, max(0, found.start - 6), found.start):
        return Found(found.start, found.end, "adjective", found.label)
    return None


def _player_or_club(doc: Doc, text: str, found: Found, gazetteer: Gazetteer, places: list[Found]) -> bool:
    """In a sports report, whether a one-word name is more likely a player or a club than a place:
    no words around it make it one ("in Adelaide"), it is no country or capital, and either the
    model called it a place too small to be worth the risk ("Healy held four catches": Healy,
    Queensland) or only the gazetteer did, and not of a major place ("c Lara b Bishop": Lara,
    Venezuela; but "England first innings" stays)."""
    surface = text[found.start : found.end]
    if " " in surface or found.source not in ("ner", "gazetteer") or _capital_or_country(surface, gazetteer):
        return False
    if _place_context(doc, text, found.start, found.end, gazetteer, [(f.start, f.end) for f in places if f is not found]):
        return False
    if found.label in _PLACE_LABELS:
        return not prominent(surface, gazetteer)
    return not _major_place(surface, gazetteer)


#: A place this populous ("England", "Munich") is rarely a surname or a club in a sports report.
_MAJOR_CITY_POPULATION = 1_000_000
_MAJOR_PLACE_POPULATION = 2_000_000


def _major_place(surface: str, gazetteer: Gazetteer) -> bool:
    return any(
        not c.alternate
        and (
            c.place.population >= _MAJOR_PLACE_POPULATION
            or (c.place.feature == "city" and c.place.population >= _MAJOR_CITY_POPULATION)
        )
        for c in gazetteer.candidates(surface)
    )


def find_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Found]:
    """Place mentions in a parsed text: names (``ner``/``gazetteer``) and demonyms, in text order."""
    table = token_table(doc)
    capitalised = _capitalised_flags(table)
    entities = _entity_spans(table, text)
    places = _merge(doc, text, entities, _gazetteer_spans(table, text, gazetteer, capitalised), gazetteer)
    # names opening a line: datelines, and countries in a headline's topic slug
    openers = [Found(start, end, "dateline") for start, end in dateline_spans(text, gazetteer)]
    openers += [Found(start, end, "gazetteer") for start, end in slug_country_spans(text, gazetteer)]
    if openers:
        lines = SpanIndex((f.start, f.end, f) for f in openers)
        places = sorted(
            [f for f in places if not lines.overlaps(f.start, f.end)] + openers, key=lambda f: (f.start, f.end)
        )
    names, demonyms = [], []
    sports = reads_as_sports(table, text)
    vessels = vehicle_names(table)
    for found in places:
        surface = text[found.start : found.end]
        if gazetteer.demonym_place(surface) and not gazetteer.candidates(surface):
            demonyms.append(Found(found.start, found.end, "demonym", found.label))  # spaCy's GPE "Afghan"
        elif found.source == "dateline":
            names.append(found)
        elif (adjective := _after_stance_prefix(text, found)) is not None:
            names.append(adjective)
        elif (
            is_capitalised(surface)
            and not _names_something_else(table, found.end)
            and not names_an_event(surface)
            and not _plays_a_match(doc, text, found.start, found.end, gazetteer)
        ):
            # else not a place: a lower-case word the model read as one ("swan"), a disease or a
            # party named after a place ("West Nile virus", "the Morena party"), an event ("the
            # Berlin Marathon": its place is found inside it), a club ("Porto lost 2-1 to Benfica")
            if names_a_vehicle(table, table.next_token(found.start)):
                continue  # "Space Shuttle Atlantis", "HMS Edinburgh"
            if surface in vessels and not _country_like(surface, gazetteer) and not after_place_preposition(doc, found.start):
                continue  # "Finally, Atlantis will go on display" after "Space Shuttle Atlantis"
            if sports and _player_or_club(doc, text, found, gazetteer, places):
                continue
            names.append(found)
    demonyms += _demonym_spans(table, text, gazetteer, names + demonyms, entities, capitalised)
    return sorted(names + demonyms, key=lambda f: (f.start, f.end))


def after_place_preposition(doc: Doc, start: int) -> bool:
    """Whether the word before ``start`` is one that introduces a place ("in", "from", …)."""
    return previous_word(doc, start) in _PLACE_PREPOSITIONS


#: Last words of a body's name: "the Sea Org", which the model may label a place.
_BODY_HEADS = frozenset(
    ["org", "organization", "organisation", "inc", "corp", "ltd", "llc", "company", "association",
     "society", "committee", "council", "office", "department", "agency", "ministry", "foundation"]
)


def _names_a_body_or_title(surface: str) -> bool:
    """Whether a name no gazetteer place explains ends as a body's name does ("Sea Org") or is
    a bare title ("Sheriff" of "the Sheriff 's office"): the model's place label alone is wrong."""
    words = surface.split()
    return words[-1].casefold() in _BODY_HEADS or (len(words) == 1 and surface.casefold() in TITLES)


def keep_unresolved(doc: Doc, text: str, found: Found, gazetteer: Gazetteer) -> bool:
    """Whether a mention no gazetteer place explains is still worth reporting.

    spaCy's one-word GPE spans that name nothing known are often diseases or people
    ("Ebola", "H5N1"): keep them only with a place preposition before them, or when the
    model calls them a location or facility.
    """
    if found.source == "embedded":
        return False  # part of a name and no known place: most likely not one
    if found.source != "ner":
        return True
    surface = text[found.start : found.end]
    if any(ch.isdigit() for ch in surface) or _names_a_body_or_title(surface):
        return False
    if found.label in ("LOC", "FAC") or " " in surface.strip() or _KIND_NEXT.match(text, found.end):
        return True  # "Nyanza province": the text says it is a place the gazetteer lacks
    return _place_context(doc, text, found.start, found.end, gazetteer)
