"""The ``locations`` extractor: place mentions grouped into one resolved entity per place."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newscore import Article, Entity, Mention, Option, Quote
from newscore.text import SpanIndex, given_name_gender, token_table, trim_span
from newscore_locations.detection import (
    Found,
    after_place_preposition,
    entity_chars,
    find_mentions,
    is_capitalised,
    keep_unresolved,
    previous_word,
    prominent,
)
from newscore_locations.facilities import facility_spans, names_a_venue
from newscore_locations.gazetteer import Gazetteer, Place, load_gazetteer, name_key
from newscore_locations.localities import locality_spans
from newscore_locations.metonymy import is_metonymic
from newscore_locations.nested import places_in_names
from newscore_locations.resolution import Resolution, resolve
from newscore_locations.sites import place_venues

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["LocationExtractor"]


class LocationExtractor:
    """Finds place mentions and resolves them to gazetteer places, one entity per place.

    ``include_demonyms`` (default on): report adjectives and demonyms (``Russian``) as
    mentions of their place, with ``form="demonym"``, as geoparsing gold (GeoWebNews) counts
    them; NER-style scoring leaves ``demonym`` mentions out. Off, they are only context for
    resolution.

    A place inside an organisation's name ("Miami" in "Miami Herald") is a mention with
    ``form="embedded"``; the organisation keeps its whole name.
    """

    name = "locations"
    version = "0.1.0"
    needs: tuple[str, ...] = ("organization",)
    provides: tuple[str, ...] = ("location",)
    options = (
        Option(
            "include_demonyms",
            bool,
            True,
            "report adjectives and demonyms (Russian) as mentions of their place, form demonym (off: context only)",
        ),
    )

    def __init__(self, *, include_demonyms: bool = True, gazetteer: Gazetteer | None = None) -> None:
        self.include_demonyms = include_demonyms
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer if self._gazetteer is not None else load_gazetteer()

    def prepare(self) -> None:
        """Load the gazetteer and the given names now (once per process), not in the first article."""
        self.gazetteer.load()  # read once per process by load_gazetteer, places decompressed
        given_name_gender("Anna")  # loads the given-names table the people checks use

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...] = (),
        quotes: tuple[Quote, ...] = (),
    ) -> list[Entity]:
        text = article.text
        gazetteer = self.gazetteer
        found = _outside_organizations(find_mentions(doc, text, gazetteer), entities, doc, text, gazetteer)
        found = _outside_person_names(found, entities, doc, text, gazetteer)
        found += _facilities(doc, text, entities, found)
        found += places_in_names(doc, text, entities, gazetteer, found)
        found.sort(key=lambda f: (f.start, f.end))
        resolutions = _with_localities(doc, found, place_venues(found, resolve(found, text, gazetteer), text))
        kept = [
            (f, r) for f, r in zip(found, resolutions, strict=True)
            if r.place is not None or keep_unresolved(doc, text, f, gazetteer)
        ]
        groups: dict[object, list[tuple[Found, Resolution]]] = {}
        for mention, resolution in kept:
            groups.setdefault(_identity(mention, resolution, text), []).append((mention, resolution))
        located = []
        for members in groups.values():
            entity = self._entity(doc, text, members)
            if entity is not None:
                located.append(entity)
        return sorted(located, key=lambda e: e.mentions[0].start)

    def _entity(self, doc: Doc, text: str, members: list[tuple[Found, Resolution]]) -> Entity | None:
        """The place a group of mentions names, as an entity; None where no mention is reported
        (demonyms, when they are left out)."""
        mentions = self._mentions(doc, text, members)
        if not mentions:
            return None
        resolution = max((r for _, r in members), key=lambda r: r.confidence)
        place = resolution.place
        sources = sorted({f.source for f, _ in members})
        confidence = resolution.confidence
        if any(_names_a_venue(f, text) for f, _ in members):
            # a stadium or an airport is surely a place, wherever it stands: a claim as strong
            # as an organisation's read from the model's label alone
            confidence = max(confidence, _VENUE_CONFIDENCE)
        if place is None:
            return Entity(
                kind="location",
                name=text[mentions[0].start : mentions[0].end],
                mentions=mentions,
                confidence=confidence,
                extractor=self.name,
                attributes={"sources": sources, "resolved": False},
            )
        attributes: dict[str, object] = {"sources": sources}
        if place.admin1 and place.feature == "city":
            attributes["admin1"] = place.admin1
        name, geonames_id, feature = place.name, place.geonames_id, place.feature
        if resolution.approximate:
            # "Southern Indiana", "Kennedy Space Center in Houston": placed at the place named
            # inside; "Wankhede Stadium": at the place around it (sites.py). The population and
            # the capital's title are that place's, not this one's.
            attributes.update(approximate=True, within=place.name)
            name, geonames_id, feature = mentions[0].text, None, "other"
        else:
            attributes["population"] = place.population
            if place.capital:
                attributes["capital"] = True
        return Entity(
            kind="location",
            name=name,
            mentions=mentions,
            confidence=confidence,
            extractor=self.name,
            country_code=place.country_code,
            latitude=place.latitude,
            longitude=place.longitude,
            geonames_id=geonames_id,
            feature=feature,
            attributes=attributes,
        )

    def _mentions(self, doc: Doc, text: str, members: list[tuple[Found, Resolution]]) -> list[Mention]:
        """The group's mentions as reported: a name, an alias, an embedded place or (if asked
        for) a demonym each."""
        mentions = []
        for found, resolution in members:
            if found.source in ("demonym", "adjective"):  # "Russian", "pro-Beijing"
                if self.include_demonyms:
                    mentions.append(Mention.from_text(text, found.start, found.end, form="demonym"))
                continue
            form = "embedded" if found.source in ("embedded", "institution") else "name"
            place = resolution.place
            surface = text[found.start : found.end]
            if form == "name" and place is not None and name_key(surface) != name_key(place.name) and not resolution.approximate:
                form = "alias"
            metonymic = form != "embedded" and place is not None and place.feature in ("country", "city", "region") and is_metonymic(
                doc, found.start, found.end
            )
            mentions.append(Mention.from_text(text, found.start, found.end, form=form, metonymic=metonymic))
        return mentions


#: How sure a venue's name ("Narendra Modi Stadium") makes a place, however it was placed.
_VENUE_CONFIDENCE = 0.8


def _names_a_venue(found: Found, text: str) -> bool:
    return found.source == "facility" or (found.source == "ner" and names_a_venue(text[found.start : found.end]))


def _with_localities(doc: Doc, found: list[Found], resolutions: list[Resolution]) -> list[Resolution]:
    """Add to ``found`` (in place, kept in order) the parts of places named after their
    possessive ("Kano's Sabon Gari market"), each placed at its place; their resolutions too."""
    spans = [(f.start, f.end) for f in found]
    localities = locality_spans(token_table(doc), spans, SpanIndex((f.start, f.end, f) for f in found))
    if not localities:
        return resolutions
    pairs = list(zip(found, resolutions, strict=True))
    for start, end, index in localities:
        within = resolutions[index]
        confidence = round(within.confidence * 0.6, 3)
        pairs.append((Found(start, end, "locality"), Resolution(within.place, confidence, approximate=True)))
    pairs.sort(key=lambda pair: (pair[0].start, pair[0].end))
    found[:] = [f for f, _ in pairs]
    return [r for _, r in pairs]


def _facilities(doc: Doc, text: str, entities: tuple[Entity, ...], found: list[Found]) -> list[Found]:
    """Venues and institutions named as organisations, by spaCy or the organisations plugin."""
    spans = [(m.start, m.end) for e in entities if e.kind == "organization" for m in e.mentions]
    table = token_table(doc)
    spans += [trim_span(text, start, end) for start, end, label in entity_chars(table) if label == "ORG"]
    taken = SpanIndex((f.start, f.end, f) for f in found)
    return [
        Found(start, end, "facility" if kind == "venue" else "institution", "ORG")
        for start, end, kind in facility_spans(table, spans, taken)
    ]


def _identity(found: Found, resolution: Resolution, text: str) -> object:
    place = resolution.place
    if place is None:
        return ("unresolved", name_key(text[found.start : found.end]))
    if resolution.approximate:
        return ("approximate", name_key(text[found.start : found.end]), _place_key(place))
    return _place_key(place)


def _place_key(place: Place) -> object:
    return (place.feature, place.name, place.country_code, place.latitude, place.longitude)


#: Words before a name that set something inside a place: "in Newcastle" is the town, though
#: "lost to Newcastle" or "three years at Newcastle" may be its club.
_INSIDE_WORDS = frozenset(["in", "near", "outside", "inside", "across", "around", "throughout"])


def _short_form(surface: str, names: set[str]) -> bool:
    """Whether an organisation's longer name holds these words ("Newcastle" of "Newcastle Knights")."""
    return any(len(name) > len(surface) and f" {surface} " in f" {name} " for name in names)


def _outside_organizations(
    found: Iterable[Found], entities: tuple[Entity, ...], doc: Doc, text: str, gazetteer: Gazetteer
) -> list[Found]:
    """Mentions set against the organisations' names: one exactly an organisation's name is
    kept only if it names a country, continent or region like the EU (or words around it
    overruled the model); one inside a name is a place that name holds ("Miami" in "Miami
    Herald": embedded), a demonym ("Nigerian Army"), a dateline ("LUCKNOW - Voters" read as
    one name) or a place the name only runs over ("a command centre in Tunisia"); one cut by a
    name's edge is dropped, unless it is a dateline."""
    claimed = SpanIndex((m.start, m.end, e) for e in entities if e.kind == "organization" for m in e.mentions)
    names = {m.text for e in entities if e.kind == "organization" for m in e.mentions}
    kept = []
    for mention in found:
        overlapping = claimed.overlapping(mention.start, mention.end)
        if not overlapping:
            kept.append(mention)
            continue
        if [(s, e) for s, e, _ in overlapping] == [(mention.start, mention.end)]:
            named_alike = _named_as_organization(mention, overlapping[0][2], names, doc, text, gazetteer)
            if named_alike is not None:
                kept.append(named_alike)
            continue
        if not all(s <= mention.start and mention.end <= e for s, e, _ in overlapping):
            if mention.source == "dateline":
                kept.append(mention)  # "AL-AIN , United Arab Emirates": not the acronym "AIN" inside it
            continue
        if mention.source in ("demonym", "adjective", "dateline") or after_place_preposition(doc, mention.start):
            kept.append(mention)  # a dateline is where the story was filed, whatever name runs over it
        else:
            kept.append(Found(mention.start, mention.end, "embedded", mention.label))
    return kept


def _named_as_organization(
    mention: Found, organization: Entity, names: set[str], doc: Doc, text: str, gazetteer: Gazetteer
) -> Found | None:
    """A mention spanning exactly an organisation's name, as it is kept (the EU as an embedded
    place, a country, a place words around it decide); None where it is the organisation's.
    ``names`` are all the organisations' mentions' texts."""
    candidates = gazetteer.candidates(text[mention.start : mention.end])
    features = {c.place.feature for c in candidates}
    # an area with no country of its own that a body is named after (the EU), not a venue
    areas = {c.place.feature for c in candidates if c.place.country_code is None}
    # kept: a country, or a place whose surroundings made us overrule spaCy's label ("in Nottingham")
    decided = mention.source == "gazetteer" and mention.label not in (None, "GPE", "LOC", "FAC")
    # an organisation with no type is the plugin's guess ("New South Wales (NSW)" read as
    # a body and its acronym): a region the model calls a place stays one
    guessed = organization.type is None and mention.label in ("GPE", "LOC") and "region" in features
    if "other" in areas and not features & {"country", "continent"}:
        # the EU: a body named as the area it governs, a place only to geoparsers
        return Found(mention.start, mention.end, "embedded", mention.label)
    if (
        features & {"country", "continent"}
        or decided
        or guessed
        or mention.source in ("dateline", "demonym", "adjective")
        or (previous_word(doc, mention.start) in _INSIDE_WORDS and _short_form(text[mention.start : mention.end], names))
    ):
        # a demonym is one whatever the model called it ("the Kazakh capital" read as ORG);
        # "in Newcastle" is the town where the article also calls "Newcastle Knights" "Newcastle"
        return mention
    return None


def _outside_person_names(
    found: list[Found], entities: tuple[Entity, ...], doc: Doc, text: str, gazetteer: Gazetteer
) -> list[Found]:
    """Drop a one-word place name that is a word of a person's full name in the same article
    ("Paris" after "Paris Hilton", "Regina" after "Regina King", or after a given name the
    model also took for a place: "Valeska Paris"), unless the words before it make it a place
    ("in Paris")."""
    name_words = {
        word.casefold()
        for entity in entities
        if entity.kind == "person"
        for mention in entity.mentions
        if len(words := mention.text.split()) > 1
        for word in words
    }
    name_words |= _surnames_after_given_names(found, doc, text, gazetteer)
    if not name_words:
        return found
    return [
        mention
        for mention in found
        if " " in (surface := text[mention.start : mention.end])
        or surface.casefold() not in name_words
        or mention.source == "dateline"  # "WARSAW (Reuters) -" above "Legia Warsaw" read as a person
        or after_place_preposition(doc, mention.start)
    ]


def _surnames_after_given_names(found: list[Found], doc: Doc, text: str, gazetteer: Gazetteer) -> set[str]:
    """One-word places written right after a gendered given name that is not a well-known
    place itself: "Valeska Paris" is a woman, wherever the model tagged both words as places."""
    table = token_table(doc)
    surnames = set()
    for mention in found:
        surface = text[mention.start : mention.end]
        i = table.next_token(mention.start)
        if " " in surface or i == 0 or i >= len(table.idx) or table.idx[i] != mention.start:
            continue
        before = table.text[i - 1]
        if (
            table.whitespace[i - 1] == " "
            and is_capitalised(before)
            and not before.isupper()  # a headline's capitals: "SRI LANKA BEAT INDIA" ("Beat" is also a given name)
            and not table.is_sent_start[i]
            and given_name_gender(before) is not None
            and not prominent(before, gazetteer)
        ):
            surnames.add(surface.casefold())
    return surnames
