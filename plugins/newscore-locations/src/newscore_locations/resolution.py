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

from newscore_locations.detection import COMMON_WORDS, Found, is_capitalised
from newscore_locations.facilities import names_a_facility
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
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:state|province|region|prefecture|oblast|governorate|territory)$", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")
_LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # "A, B and C", "A, B, or C"
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s*\(\s*")  # between "City" and its "State" / "Country"
_IN = re.compile(r"\s+in\s+(?:the\s+)?")  # "Hyderabad in Pakistan"
_STATE_AFTER = re.compile(
    r"\s+(?:state|State|province|Province|region|governorate|Governorate|oblast|Oblast|governor|Governor)\b"
)
#: "the state of Kano", "upstate New York", "across western New York"
_REGION_BEFORE = re.compile(r"\b(?:(?:state|province|region) of|upstate|downstate|western|eastern|northern|southern|rural)\s+$")
_CITY_AFTER = re.compile(r"\s+city\b")  # "Kano city"; not "Kano City Council"
_CITY_BEFORE = re.compile(r"\bcity of\s+$")
#: "Kano, the largest city in the north", "Lagos, the commercial capital"
_CITY_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|village)\b")
#: A city of a region's name stands for it unless the text says the region ("Lagos", "Kano",
#: "New York"): only where the city holds at least this share of the region's people.
_CITY_SHARE = 0.2
#: Words that name a region only in a country the article is about ("Northern", "the South").
_COMPASS = frozenset(
    ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest"]
)
#: A city this populous is not overruled by context for a town this many times smaller.
_FAMOUS_POPULATION = 1_000_000
_FAMOUS_RATIO = 100
#: A city this populous named by its main name hides the places that name only as an alternate.
_MAIN_NAME_POPULATION = 100_000


@frozen
class Resolution:
    """The place a mention names (``None`` if unknown) and how sure the choice is."""

    place: Place | None
    confidence: float
    # placed at a place named inside the mention ("Southern Indiana") or, for a venue, around it
    # (newscore_locations.sites): the mention is not that place
    approximate: bool = False


#: A mention no place fits: as sure as a weak guess that it names a place at all.
_UNRESOLVED = Resolution(None, 0.3)


def _candidates(surface: str, gazetteer: Gazetteer) -> tuple[list[Candidate], bool]:
    """Candidates for a mention, falling back to a place named inside it."""
    found = gazetteer.candidates(surface)
    if any(not c.alternate and c.place.feature == "city" and c.place.population >= _MAIN_NAME_POPULATION for c in found):
        # "Pittsburgh" is Pittsburgh, whatever towns once spelt so (Pittsburg, California)
        found = [c for c in found if not c.alternate]
    if found:
        return found, False
    bare = _ADMIN_SUFFIX.sub("", surface)
    if bare != surface:  # "Hebei province", "Kano State": the region itself
        regions = [c for c in gazetteer.candidates(bare) if c.place.feature == "region"]
        if regions:
            return regions, False
    trimmed = _SUFFIXES.sub("", _QUALIFIERS.sub("", surface))
    if trimmed != surface:
        found = gazetteer.candidates(trimmed)
        if found:
            return found, trimmed.lower() != name_key(surface)
    words = [(m.start(), m.end()) for m in _WORD.finditer(surface)]
    venue = names_a_facility(surface)
    for size in range(len(words) - 1, 0, -1):  # longest main name inside ("Kennedy Space Center in Houston")
        for first in range(len(words) - size + 1):
            start, end = words[first][0], words[first + size - 1][1]
            part = surface[start:end]
            if is_capitalised(part) and gazetteer.is_primary(part) and name_key(part) not in COMMON_WORDS:
                inner = [c for c in gazetteer.candidates(part) if not c.alternate and _well_known(c.place)]
                if venue:  # a stadium stands in a town, not in the desert or sea it is named after
                    inner = [c for c in inner if c.place.feature in ("city", "region")]
                if inner:
                    return inner, True
    return [], False


def _well_known(place: Place) -> bool:
    """Prominent enough to stand for a longer name that contains it ("Kennedy Space Center in Houston")."""
    if place.feature in ("continent", "country", "other"):
        return True
    return place.population >= (1_000_000 if place.feature == "region" else 100_000)


def _is_admin1(place: Place) -> bool:
    """A first-level region (a state, a province), not a district named after its town ("Curitiba")."""
    return place.feature == "region" and place.admin1 in (None, place.name)


def _context_of(place: Place) -> tuple[str | None, tuple[str, str] | None]:
    """The country and the first-level region a resolved place lends an article as context:
    a state itself, or the state a city or a district lies in."""
    if _is_admin1(place) and place.country_code:
        return place.country_code, (place.country_code, place.name)
    if place.feature in ("city", "region") and place.country_code and place.admin1:
        return place.country_code, (place.country_code, place.admin1)
    return place.country_code, None


class _Context:
    """Countries and regions the article names, counted per mention so a mention can leave itself out."""

    def __init__(self) -> None:
        # plain dicts, not Counters: a Counter's missing-key lookup is a Python call, and these are read a lot
        self.countries: dict[str, int] = {}
        self.regions: dict[tuple[str, str], int] = {}
        self.region_countries: dict[str, int] = {}
        # per mention key: its country, its region, whether the mention is that region itself
        self._own: dict[str, list[tuple[str | None, tuple[str, str] | None, bool]]] = {}

    def add(self, key: str, place: Place, *, region_too: bool = True) -> None:
        country, region = _context_of(place)
        if not region_too:
            region = None
        if country:
            self.countries[country] = self.countries.get(country, 0) + 1
        is_region = region is not None and _is_admin1(place)
        if region:
            self.regions[region] = self.regions.get(region, 0) + 1
            if is_region:
                self.region_countries[region[0]] = self.region_countries.get(region[0], 0) + 1
        self._own.setdefault(key, []).append((country, region, is_region))

    def without(self, key: str) -> _Context:
        own = self._own.get(key)
        if not own:
            return self  # nothing to leave out; callers only read a context
        reduced = _Context()
        reduced.countries = dict(self.countries)
        reduced.regions = dict(self.regions)
        reduced.region_countries = dict(self.region_countries)
        for country, region, is_region in own:
            if country:
                reduced.countries[country] -= 1
            if region:
                reduced.regions[region] -= 1
            if is_region and region:  # a city counted its region, not a region of its country
                reduced.region_countries[region[0]] -= 1
        return reduced


_NO_CONTEXT = _Context()  # pass one scores each mention alone


def _score(candidate: Candidate, context: _Context) -> float:
    place = candidate.place
    score = candidate.prior
    if place.country_code and context.countries.get(place.country_code, 0) > 0:
        score += _COUNTRY_BONUS
    if place.feature in ("city", "region") and place.admin1:
        if context.regions.get((place.country_code or "", place.admin1), 0) > 0:
            score += _REGION_BONUS
    if _is_admin1(place) and place.country_code:  # a district is no sibling of the states named
        if context.region_countries.get(place.country_code, 0) > 0:
            score += _SIBLING_BONUS
    return score


def _within(place: Place, container: Place) -> bool:
    if container.feature == "country":
        return place.country_code == container.country_code and place.feature != "country"
    if container.feature == "region":
        return place.country_code == container.country_code and place.admin1 == container.name and place is not container
    return False


def _choose(candidates: list[Candidate], context: _Context, container: Place | None, hint: str) -> tuple[Place, float]:
    """The best candidate and its margin over the next; ``hint`` is what the text says the
    name is: ``"region"`` ("Kano state"), ``"city"`` ("Kano city", a dateline) or ``""``."""
    if len(candidates) == 1:
        return candidates[0].place, 4.0  # nothing to weigh: the margin a lone candidate gets
    scored = []
    for candidate in candidates:
        score = _score(candidate, context)
        if container is not None and _within(candidate.place, container):
            score += _PATTERN_BONUS
        if hint and candidate.place.feature == hint:
            score += _PATTERN_BONUS
        scored.append((score, -candidate.place.population, candidate.place.name, candidate.place))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    best = scored[0]
    margin = best[0] - scored[1][0]
    if container is None and not hint and (famous := _famous_namesake(best[3], candidates)) is not None:
        return famous, margin
    region = best[3]
    if (
        region.feature == "region"
        and hint != "region"
        and not context.regions.get((region.country_code or "", region.name), 0)
    ):
        # the region only where the text says so ("Kano state", a list of regions: "Ohio, Texas
        # and New York") or names other places in it ("Buffalo"); another region named
        # elsewhere ("Borno State") leaves "Kano" the city
        city = _city_of_region(region, [item[3] for item in scored[1:]])
        if city is not None:
            return city, margin
    return best[3], margin


def _famous_namesake(chosen: Place, candidates: list[Candidate]) -> Place | None:
    """A city of a million people or more, by its main name, where context chose a town of its
    name a hundredth its size: a region or country named elsewhere in the article ("Toronto"
    in a story that also names New South Wales) does not make Toronto a hamlet there; the
    text must say so ("Toronto, New South Wales"), which the caller checks."""
    if chosen.feature != "city":
        return None
    for candidate in candidates:
        place = candidate.place
        if (
            not candidate.alternate
            and place.feature == "city"
            and place.population >= _FAMOUS_POPULATION
            and place.population >= _FAMOUS_RATIO * chosen.population
        ):
            return place
    return None


def _city_of_region(region: Place, others: list[Place]) -> Place | None:
    """A city among ``others`` (all of one name) that lies in ``region``: in it as its state, where
    it holds a good share of the state's people ("Sao Paulo"), or beside it in one state as a
    district named after its town does, whatever the district's size ("Curitiba", a city and a
    district of Parana; "Karlsruhe", a city and a government region of Baden-Wuerttemberg)."""
    for place in others:
        if (
            place.feature == "city"
            and place.country_code == region.country_code
            and place.admin1 in (region.name, region.admin1)
            and (not _is_admin1(region) or place.population >= _CITY_SHARE * region.population)
        ):
            return place
    return None


def _hint(found: Found, text: str) -> str:
    if (
        found.source == "dateline"
        or _CITY_AFTER.match(text, found.end)
        or _CITY_BEFORE.search(text, max(0, found.start - 12), found.start)
        or _CITY_APPOSITION.match(text, found.end)
    ):
        return "city"
    if _STATE_AFTER.match(text, found.end) or _REGION_BEFORE.search(text, max(0, found.start - 20), found.start):
        return "region"
    return ""


def _confidence(margin: float, approximate: bool) -> float:
    value = 0.5 + 0.45 * (1.0 - math.exp(-max(margin, 0.0)))
    return round(value * (0.6 if approximate else 1.0), 3)


def resolve(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Resolution]:
    """One :class:`Resolution` per mention, in the same order."""
    surfaces = [text[f.start : f.end] for f in found]
    keys = [name_key(s) for s in surfaces]
    # a mention's options, and so its choices, depend only on its surface and source: repeated
    # names ("Russia" five times) are looked up and decided once (the choices are memoised below)
    looks = [(f.source == "demonym", surface) for f, surface in zip(found, surfaces, strict=True)]
    options_of: dict[tuple[bool, str], tuple[list[Candidate], bool]] = {}
    for demonym, surface in looks:
        if (demonym, surface) not in options_of:
            options_of[(demonym, surface)] = _options(demonym, surface, gazetteer)
    options = [options_of[look] for look in looks]

    containers, written_in = _containers(found, text)
    hints = [_hint(f, text) for f in found]

    alone: dict[tuple[tuple[bool, str], str], tuple[Place, float]] = {}

    def alone_choice(i: int) -> Place:
        memo = (looks[i], hints[i])
        if memo not in alone:
            alone[memo] = _choose(options[i][0], _NO_CONTEXT, None, hints[i])
        return alone[memo][0]

    for run in _lists(found, text, options):
        # "Ohio, Washington and Wyoming", "Mali, Niger and Senegal": a list names places of one
        # kind, and a comma inside it does not make "Washington, Pennsylvania" a town in a state
        features = [alone_choice(i).feature for i in run]
        for k, i in enumerate(run):
            containers.pop(i, None)
            rest = Counter(features[:k] + features[k + 1 :])
            feature, count = rest.most_common(1)[0]
            if (
                feature in ("country", "region")
                and count >= 2
                and count * 3 >= 2 * (len(run) - 1)
                and not hints[i]
                and any(c.place.feature == feature for c in options[i][0])
            ):
                hints[i] = feature
    for j in containers.values():
        if j not in written_in:
            hints[j] = hints[j] or "region"  # "Buffalo, New York": the state

    # pass one: each mention alone; pass two: with what the others settled as context
    context = _Context()
    for i, (candidates, approximate) in enumerate(options):
        if not candidates:
            continue
        holder = containers.get(i)
        if holder is not None and options[holder][0]:
            # "London, Ontario": the town its container names, even before context is weighed
            place, margin = _choose(candidates, _NO_CONTEXT, alone_choice(holder), hints[i])
        else:
            alone_choice(i)
            place, margin = alone[(looks[i], hints[i])]
        if place.feature in ("country", "region", "continent", "other") or margin >= _CONFIDENT_MARGIN:
            # a dateline says where the reporter is, not which region the story's towns are in
            context.add(keys[i], place, region_too=not approximate and found[i].source != "dateline")

    others = {key: context.without(key) for key in set(keys)}  # each mention's context leaves itself out
    in_context: dict[tuple[tuple[bool, str], str, int], tuple[Place, float]] = {}

    def choose(i: int, container: Place | None) -> tuple[Place, float]:
        memo = (looks[i], hints[i], id(container))  # by identity: _within asks "is not container"
        if memo not in in_context:
            in_context[memo] = _choose(options[i][0], others[keys[i]], container, hints[i])
        return in_context[memo]

    # a container is what the mention after the comma names, chosen without a container of its own
    first = {j: choose(j, None)[0] for j in containers.values() if options[j][0]}

    resolutions = []
    for i, (candidates, approximate) in enumerate(options):
        if not candidates:
            resolutions.append(_UNRESOLVED)
            continue
        container_index = containers.get(i)
        container = first.get(container_index) if container_index is not None else None
        place, margin = choose(i, container)
        if _needs_its_country(
            place, candidates, approximate=approximate, compass=keys[i] in _COMPASS, hint=hints[i]
        ) and not others[keys[i]].countries.get(place.country_code or "", 0):
            resolutions.append(_UNRESOLVED)
            continue
        resolutions.append(Resolution(place, _confidence(margin, approximate), approximate))
    return resolutions


def _needs_its_country(
    place: Place, candidates: list[Candidate], *, approximate: bool, compass: bool, hint: str
) -> bool:
    """Whether ``place`` may stand for its mention only in an article that names its country:
    a town or region inside a longer name, or a region named by a compass word alone ("Western
    Kasai" in a Congo story is not Kasai, Japan; "the South" not Cameroon's); a town chosen for
    a name the text calls a region the gazetteer lacks ("Nyanza province" in a Kenyan story is
    no town of that name in Rwanda)."""
    if (approximate or compass) and place.feature in ("city", "region"):
        return True
    return hint == "region" and place.feature == "city" and not any(c.place.feature == "region" for c in candidates)


def _containers(found: Sequence[Found], text: str) -> tuple[dict[int, int], set[int]]:
    """Which mention contains which: "City, State" / "City, Country", the next mention right
    after a comma or a bracket; "Hyderabad in Pakistan" too, though "in" does not make the
    second name a region. The index of each contained mention's container, and the containers
    written after "in"."""
    containers: dict[int, int] = {}
    written_in: set[int] = set()
    for i in range(len(found) - 1):
        between = text[found[i].end : found[i + 1].start]
        if found[i + 1].source in ("demonym", "adjective"):
            continue
        if _LIST_SEPARATOR.fullmatch(between):
            containers[i] = i + 1
        elif _IN.fullmatch(between):
            containers[i] = i + 1
            written_in.add(i + 1)
    return containers, written_in


def _lists(found: Sequence[Found], text: str, options: list[tuple[list[Candidate], bool]]) -> list[list[int]]:
    """Runs of three or more place names written as a list ("A, B and C", "A, B, C"); a venue
    ends one ("London, Ontario, and Halifax airport" is no list of three)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, mention in enumerate(found):
        if mention.source in ("demonym", "adjective", "facility", "institution") or not options[i][0]:
            run = []
            continue
        if run and _LIST_JOINER.fullmatch(text, found[run[-1]].end, mention.start):
            run.append(i)
        else:
            run = [i]
        if len(run) == 3:
            runs.append(run)  # the same list object keeps growing with the run
    return runs


def _options(demonym: bool, surface: str, gazetteer: Gazetteer) -> tuple[list[Candidate], bool]:
    """The candidates of a mention, and whether they are approximate (a place named inside it)."""
    if demonym:
        place = gazetteer.demonym_place(surface)
        return ([Candidate(place, False)] if place else [], False)
    return _candidates(surface, gazetteer)
