"""Places named inside an organisation's name: "Miami" in "Miami Herald", "Irving" in "Irving
Police Department", "England" in "Bank of England".

spaCy and the organisations plugin label the whole name an organisation, and the organisation
keeps it whole; yet the article does mention the place, and geoparsing gold (GeoWebNews, GUM)
marks it. Such a place is reported with ``form="embedded"``, which NER-style scoring leaves out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscore import Entity
from newscore.text import SpanIndex, TokenTable, token_table, trim_span, without_article
from newscore_locations.detection import COMMON_WORDS, Found, entity_chars, is_capitalised, prominent
from newscore_locations.events import names_an_event
from newscore_locations.facilities import names_a_venue
from newscore_locations.gazetteer import Gazetteer, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["places_in_names"]

#: The longest place name looked for, in tokens ("Democratic Republic of the Congo").
_MAX_TOKENS = 5


def places_in_names(
    doc: Doc, text: str, entities: tuple[Entity, ...], gazetteer: Gazetteer, found: list[Found]
) -> list[Found]:
    """Places at the start of an organisation's, an event's or a venue's name ("US State Department",
    "Miami Herald", "Berlin Marathon", "the Volgograd Arena"), right after its "of" ("Bank of England", "Battle of
    Britain"), or a country or region anywhere in it ("NHS England"): well-known places, or
    places the article also names on their own. Nothing overlapping a mention already
    ``found``; the whole name is left to the caller."""
    table = token_table(doc)
    known = {name_key(text[f.start : f.end]) for f in found}
    taken = SpanIndex((f.start, f.end, f) for f in found)
    names = [(m.start, m.end) for e in entities if e.kind == "organization" for m in e.mentions]
    for start, end, label in entity_chars(table):
        if label == "EVENT" or names_an_event(text[start:end]):  # "the Berlin Marathon" (read as FAC too)
            start, end = trim_span(text, start, end)
            names.append((start + len(text[start:end]) - len(without_article(text[start:end])), end))
    # a venue found as a place holds the town it is named after ("Volgograd" in "the Volgograd Arena")
    venues = {(f.start, f.end) for f in found if f.source == "facility" or names_a_venue(text[f.start : f.end])}
    names += venues
    nested: list[Found] = []
    for name_start, name_end in names:
        first = table.next_token(name_start)
        last = table.next_token(name_end)  # one past the name's last token
        for start in range(first, last):
            anywhere = start != first and table.lower[start - 1] != "of"
            if anywhere and table.lower[start - 1] in COMMON_WORDS:
                continue  # "Wales" in "New South Wales", "England" in "New England Journal"
            venue = (name_start, name_end) in venues and start == first
            place = _longest_place(table, text, start, last, (name_start, name_end), gazetteer, known, anywhere, venue)
            if (
                place
                and all((s, e) in venues for s, e, _ in taken.overlapping(place.start, place.end))
                and not _overlaps_any(place, nested)
            ):
                nested.append(place)
    return nested


def _overlaps_any(place: Found, others: list[Found]) -> bool:
    return any(other.start < place.end and place.start < other.end for other in others)


def _longest_place(
    table: TokenTable,
    text: str,
    first: int,
    stop: int,
    name: tuple[int, int],
    gazetteer: Gazetteer,
    known: set[str],
    anywhere: bool,
    venue: bool = False,
) -> Found | None:
    """The longest well-known or article-named place of capitalised words from token ``first``,
    ending before token ``stop``, other than the whole ``name`` itself; with ``anywhere`` (not
    at the name's start nor after its "of"), only a country, continent or large region; in a
    ``venue``'s name, only the words before its head word ("Volgograd" Arena), also a big city
    under another spelling ("Nizhny Novgorod" Stadium)."""
    if first >= stop or not is_capitalised(table.text[first]):
        return None
    for last in range(min(stop, first + _MAX_TOKENS) - 1, first - 1, -1):
        start, end = table.idx[first], table.end[last]
        surface = text[start:end]
        if (start, end) == name or not (surface[-1].isalnum() or surface[-1] == "."):
            continue  # the whole name (handled elsewhere), or a piece cut inside "Saxony-Anhalt"
        words = table.text[first : last + 1]
        if not all(is_capitalised(word) or not word[:1].isalpha() for word in words):
            continue
        key = name_key(surface)
        if venue and (last != stop - 2 or not _town(surface, gazetteer)):
            continue  # "Halifax Stanfield International Airport" may be named after anyone's Halifax
        if venue and key not in COMMON_WORDS and _big_city(surface, gazetteer):
            return Found(start, end, "embedded", "ORG")
        if key in COMMON_WORDS or not gazetteer.is_primary(surface) or gazetteer.demonym_place(surface):
            continue  # "Federal" in "Federal Trade Commission" is no Federal District
        if anywhere and not _country_or_region(surface, gazetteer):
            continue
        if key in known or prominent(surface, gazetteer):
            return Found(start, end, "embedded", "ORG")
    return None


#: A city this big is known under its other spellings too ("Nizhny Novgorod" for Nizhniy Novgorod).
_BIG_CITY = 500_000


def _town(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a city's or a region's a venue can be named after (not a person's, "Wankhede")."""
    return any(c.place.feature in ("city", "region") for c in gazetteer.candidates(surface))


def _big_city(surface: str, gazetteer: Gazetteer) -> bool:
    return any(c.place.feature == "city" and c.place.population >= _BIG_CITY for c in gazetteer.candidates(surface))


def _country_or_region(surface: str, gazetteer: Gazetteer) -> bool:
    return any(
        not c.alternate and c.place.feature in ("continent", "country", "other", "region")
        for c in gazetteer.candidates(surface)
    )
