"""Deciding which real place each mention names, using the rest of the article as context.

A candidate's score is its prior (population, feature, capital status) plus bonuses for
agreeing with the article: its country is named elsewhere, its region (admin1) is named or
holds other places named, or the text says so directly ("Paris, Texas", "Washington state").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from attrs import frozen

from newscore_locations.detection import COMMON_WORDS, Found
from newscore_locations.gazetteer import Candidate, Gazetteer, Place, name_key

__all__ = ["Resolution", "resolve"]

_COUNTRY_BONUS = 1.5  # the candidate's country is named (or holds a named place) elsewhere
_REGION_BONUS = 3.0  # the candidate lies in a region named elsewhere, or beside other places named there
_SIBLING_BONUS = 1.5  # a region candidate whose country's other regions are named
_PATTERN_BONUS = 6.0  # "City, State" / "City, Country" / "Washington state"
_CONFIDENT_MARGIN = 1.0  # a pass-one resolution this sure lends its country and region as context

_QUALIFIERS = re.compile(
    r"^(?:northern|southern|eastern|western|central|north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west|greater|downtown|mainland|upper|lower|inner|outer|rural|metropolitan|"
    r"metro|suburban|coastal|state of|city of|province of|republic of|county of)\s+",
    re.IGNORECASE,
)
_SUFFIXES = re.compile(
    r"\s+(?:city|state|province|county|region|island|islands|prefecture|district|oblast|territory|"
    r"governorate|municipality|area|metropolitan area)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")


@frozen
class Resolution:
    """The place a mention names (``None`` if unknown) and how sure the choice is."""

    place: Place | None
    confidence: float
    approximate: bool = False  # resolved through a place named inside the mention ("Southern Indiana")


def _candidates(surface: str, gazetteer: Gazetteer) -> tuple[list[Candidate], bool]:
    """Candidates for a mention, falling back to a place named inside it."""
    found = gazetteer.candidates(surface)
    if found:
        return found, False
    trimmed = _SUFFIXES.sub("", _QUALIFIERS.sub("", surface))
    if trimmed != surface:
        found = gazetteer.candidates(trimmed)
        if found:
            return found, trimmed.lower() != name_key(surface)
    words = [(m.start(), m.end()) for m in _WORD.finditer(surface)]
    for size in range(len(words) - 1, 0, -1):  # longest main name inside ("Kennedy Space Center in Houston")
        for first in range(len(words) - size + 1):
            start, end = words[first][0], words[first + size - 1][1]
            part = surface[start:end]
            if part[:1].isupper() and gazetteer.is_primary(part) and name_key(part) not in COMMON_WORDS:
                inner = [c for c in gazetteer.candidates(part) if not c.alternate and _well_known(c.place)]
                if inner:
                    return inner, True
    return [], False


def _well_known(place: Place) -> bool:
    """Prominent enough to stand for a longer name that contains it ("Kennedy Space Center in Houston")."""
    if place.feature in ("continent", "country", "other"):
        return True
    return place.population >= (1_000_000 if place.feature == "region" else 100_000)


def _context_of(place: Place) -> tuple[str | None, tuple[str, str] | None]:
    if place.feature == "region" and place.country_code:
        return place.country_code, (place.country_code, place.name)
    if place.feature == "city" and place.country_code and place.admin1:
        return place.country_code, (place.country_code, place.admin1)
    return place.country_code, None


class _Context:
    """Countries and regions the article names, counted per mention so a mention can leave itself out."""

    def __init__(self) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.region_countries: Counter[str] = Counter()
        self._own: dict[str, list[tuple[str | None, tuple[str, str] | None]]] = {}

    def add(self, key: str, place: Place, *, region_too: bool = True) -> None:
        country, region = _context_of(place)
        if not region_too:
            region = None
        if country:
            self.countries[country] += 1
        if region:
            self.regions[region] += 1
            if place.feature == "region":
                self.region_countries[region[0]] += 1
        self._own.setdefault(key, []).append((country, region if region_too else None))

    def without(self, key: str) -> _Context:
        reduced = _Context()
        reduced.countries = self.countries.copy()
        reduced.regions = self.regions.copy()
        reduced.region_countries = self.region_countries.copy()
        for country, region in self._own.get(key, ()):
            if country:
                reduced.countries[country] -= 1
            if region:
                reduced.regions[region] -= 1
                reduced.region_countries[region[0]] -= 1
        return reduced


def _score(candidate: Candidate, context: _Context) -> float:
    place = candidate.place
    score = candidate.prior
    if place.country_code and context.countries[place.country_code] > 0:
        score += _COUNTRY_BONUS
    if place.feature in ("city", "region") and place.admin1:
        if context.regions[(place.country_code or "", place.admin1)] > 0:
            score += _REGION_BONUS
    if place.feature == "region" and place.country_code and context.region_countries[place.country_code] > 0:
        score += _SIBLING_BONUS
    return score


def _within(place: Place, container: Place) -> bool:
    if container.feature == "country":
        return place.country_code == container.country_code and place.feature != "country"
    if container.feature == "region":
        return place.country_code == container.country_code and place.admin1 == container.name and place is not container
    return False


def _choose(
    candidates: list[Candidate], context: _Context, container: Place | None, state_follows: bool
) -> tuple[Place, float]:
    scored = []
    for candidate in candidates:
        score = _score(candidate, context)
        if container is not None and _within(candidate.place, container):
            score += _PATTERN_BONUS
        if state_follows and candidate.place.feature == "region":
            score += _PATTERN_BONUS
        scored.append((score, -candidate.place.population, candidate.place.name, candidate.place))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    best = scored[0]
    margin = best[0] - scored[1][0] if len(scored) > 1 else 4.0
    return best[3], margin


def _confidence(margin: float, approximate: bool) -> float:
    value = 0.5 + 0.45 * (1.0 - math.exp(-max(margin, 0.0)))
    return round(value * (0.6 if approximate else 1.0), 3)


def resolve(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Resolution]:
    """One :class:`Resolution` per mention, in the same order."""
    surfaces = [text[f.start : f.end] for f in found]
    keys = [name_key(s) for s in surfaces]
    options: list[tuple[list[Candidate], bool]] = []
    for mention, surface in zip(found, surfaces, strict=True):
        if mention.source == "demonym":
            place = gazetteer.demonym_place(surface)
            options.append(([Candidate(place, False)] if place else [], False))
        else:
            options.append(_candidates(surface, gazetteer))

    # "City, State" / "City, Country": the next mention right after a comma contains this one
    containers: dict[int, int] = {}
    for i in range(len(found) - 1):
        between = text[found[i].end : found[i + 1].start]
        if found[i + 1].source != "demonym" and re.fullmatch(r"\s*,\s*|\s*\(\s*", between):
            containers[i] = i + 1
    state_follows = [bool(re.match(r"\s+state\b", text[f.end : f.end + 8])) for f in found]

    # pass one: each mention alone; pass two: with what the others settled as context
    context = _Context()
    for i, (candidates, approximate) in enumerate(options):
        if not candidates:
            continue
        place, margin = _choose(candidates, _Context(), None, state_follows[i])
        if place.feature in ("country", "region", "continent", "other") or margin >= _CONFIDENT_MARGIN:
            context.add(keys[i], place, region_too=not approximate)

    first: list[Place | None] = []
    for i, (candidates, _) in enumerate(options):
        first.append(_choose(candidates, context.without(keys[i]), None, state_follows[i])[0] if candidates else None)

    resolutions = []
    for i, (candidates, approximate) in enumerate(options):
        if not candidates:
            resolutions.append(Resolution(None, 0.3))
            continue
        container_index = containers.get(i)
        container = first[container_index] if container_index is not None else None
        place, margin = _choose(candidates, context.without(keys[i]), container, state_follows[i])
        resolutions.append(Resolution(place, _confidence(margin, approximate), approximate))
    return resolutions
