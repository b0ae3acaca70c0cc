"""Names spaCy took for a person or an organisation, confirmed as places by the article's other
places: "a storm hit Brittany" beside Brest and Rennes (cities of Brittany), "Quimper" once
Brittany is named, "Kharkiv" (a city of over a million people and no one's given name).

Run once per article over the few names left in doubt; candidates are cached by the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable

from newscore.text import given_name_gender
from newscore_locations.gazetteer import Gazetteer

__all__ = ["confirmed_places"]

#: A place this large is not mistaken for a person or a company ("Kharkiv", "Essex").
_LARGE_POPULATION = 1_000_000


def confirmed_places(
    doubtful: list[tuple[int, int]], places: Iterable[tuple[int, int]], text: str, gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """The ``doubtful`` spans that name a large place no given name shares, a region holding a
    place of the article, or a place lying in a region the article names (taken in turn, so a
    confirmed region confirms its towns)."""
    holds: set[tuple[str | None, str]] = set()  # (country, region) pairs places named lie in
    regions: set[tuple[str | None, str]] = set()  # regions named
    for start, end in places:
        _note(text[start:end], gazetteer, holds, regions)
    confirmed: list[tuple[int, int]] = []
    for _ in range(2):  # a region confirmed in the first round confirms its towns in the second
        for start, end in doubtful:
            if (start, end) in confirmed:
                continue
            surface = text[start:end]
            if _large(surface, gazetteer) or _related(surface, gazetteer, holds, regions):
                confirmed.append((start, end))
                _note(surface, gazetteer, holds, regions)
    return sorted(confirmed)


def _note(surface: str, gazetteer: Gazetteer, holds: set, regions: set) -> None:
    for candidate in gazetteer.candidates(surface):
        place = candidate.place
        if candidate.alternate:
            continue
        if place.feature == "region":
            regions.add((place.country_code, place.name))
        elif place.feature == "city" and place.admin1:
            holds.add((place.country_code, place.admin1))


def _large(surface: str, gazetteer: Gazetteer) -> bool:
    if given_name_gender(surface) is not None:
        return False  # "Kent", "Brittany", "Georgia" are people's names too
    return any(
        not c.alternate and c.place.feature in ("city", "region") and c.place.population >= _LARGE_POPULATION
        for c in gazetteer.candidates(surface)
    )


def _related(surface: str, gazetteer: Gazetteer, holds: set, regions: set) -> bool:
    for candidate in gazetteer.candidates(surface):
        place = candidate.place
        if candidate.alternate:
            continue
        if place.feature == "region" and (place.country_code, place.name) in holds:
            return True
        if place.feature == "city" and place.admin1 and (place.country_code, place.admin1) in regions:
            return True
    return False
