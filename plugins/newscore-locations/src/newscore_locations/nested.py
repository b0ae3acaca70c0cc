"""Places named inside a public body's name: "Irving" in "Irving Police Department".

spaCy and the organisations plugin label the whole name an organisation, so the place inside
it is lost; yet the article does mention the place, and news NER gold (GUM, for one) marks
it. Only government bodies count: a newspaper, a university or a club named after a place
("New York Times", "University of Manchester", "Manchester United") is not read as a
mention of that place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscore import Entity
from newscore.text import SpanIndex, TokenTable, token_table
from newscore_locations.detection import Found, is_capitalised, prominent
from newscore_locations.gazetteer import Gazetteer, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["places_in_public_bodies"]

#: The longest place name looked for, in tokens ("Democratic Republic of the Congo").
_MAX_TOKENS = 5


def places_in_public_bodies(
    doc: Doc, text: str, entities: tuple[Entity, ...], gazetteer: Gazetteer, found: list[Found]
) -> list[Found]:
    """Places at the start of a government body's name ("US State Department") or right
    after its "of" ("Ministry of Health of Uganda"): well-known places, or places the article
    also names on their own. Nothing overlapping a mention already ``found``."""
    table = token_table(doc)
    known = {name_key(text[f.start : f.end]) for f in found}
    taken = SpanIndex((f.start, f.end, f) for f in found)
    nested: list[Found] = []
    for entity in entities:
        if entity.kind != "organization" or entity.type != "government":
            continue
        for mention in entity.mentions:
            first = table.next_token(mention.start)
            last = table.next_token(mention.end)  # one past the mention's last token
            starts = [first] + [i + 1 for i in range(first, last - 1) if table.lower[i] == "of"]
            for start in starts:
                place = _longest_place(table, text, start, last, (mention.start, mention.end), gazetteer, known)
                if place and not taken.overlaps(place.start, place.end) and not _overlaps_any(place, nested):
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
) -> Found | None:
    """The longest well-known or article-named place of capitalised words from token ``first``,
    ending before token ``stop``, other than the whole ``name`` itself."""
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
        if not gazetteer.is_primary(surface) or gazetteer.demonym_place(surface):
            continue
        if name_key(surface) in known or prominent(surface, gazetteer):
            return Found(start, end, "gazetteer", "ORG")
    return None
