"""Where a venue stands when the gazetteer does not know it: "Wankhede Stadium in Mumbai",
"Moi International Airport" in a story filed from Mombasa.

Geoparsing gold places a stadium, an airport or a hospital at its own coordinates; the
gazetteer holds few venues, but the article nearly always names the town around it. A venue
left unresolved is placed, approximately (as a place named inside a longer name is), at the
first of: the town it is named after ("the Volgograd Arena"); the place written right after it ("in Mumbai", ", Surabaya"); the nearest city or
region named in the same sentence; the dateline's city; the nearest city named before it in
the preceding few sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscore_locations.detection import Found
from newscore_locations.facilities import names_a_facility
from newscore_locations.resolution import Resolution

__all__ = ["place_venues"]

#: Between a venue and the place it stands in: "X Stadium in Mumbai", "X Airport, Surabaya".
_IN_PLACE = re.compile(r"\s*,\s*|\s*\(\s*|\s+(?:in|at|near|outside)\s+(?:the\s+)?")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
#: How far back (in characters) a city named before a venue still tells where it stands.
_LOOK_BACK = 400
#: A place guessed from the text around a venue is a weak resolution.
_CONFIDENCE = 0.3
#: What a venue can be sited at: a country or a continent is too large to say where it stands.
_SITE_FEATURES = ("city", "region")


def place_venues(found: Sequence[Found], resolutions: Sequence[Resolution], text: str) -> list[Resolution]:
    """``resolutions`` with each unresolved venue placed at the place the text sets it in."""
    result = list(resolutions)
    for i, (mention, resolution) in enumerate(zip(found, resolutions, strict=True)):
        if resolution.place is not None or not _is_venue(mention, text):
            continue
        site = _site(i, found, resolutions, text)
        if site is not None:
            result[i] = Resolution(site.place, _CONFIDENCE, approximate=True)
    return result


def _is_venue(mention: Found, text: str) -> bool:
    """Whether a mention names a venue or an institution: found as one, labelled FAC, or a name with a facility's head word."""
    return mention.source in ("facility", "institution") or (
        mention.source in ("ner", "gazetteer")
        and (mention.label == "FAC" or names_a_facility(text[mention.start : mention.end]))
    )


def _firm_site(resolution: Resolution) -> bool:
    """Whether a resolution is firm (not approximate) and to a city or region: a place to site a venue at."""
    place = resolution.place
    return place is not None and not resolution.approximate and place.feature in _SITE_FEATURES


def _usable(mention: Found, resolution: Resolution) -> bool:
    """Whether a place written on its own (no demonym, no name inside another) sites a venue."""
    return _firm_site(resolution) and mention.source not in ("demonym", "adjective", "embedded")


def _site(i: int, found: Sequence[Found], resolutions: Sequence[Resolution], text: str) -> Resolution | None:
    """Where venue ``i`` stands: the first of the places the module's docstring lists, in order."""
    return (
        _named_inside(i, found, resolutions)
        or _written_after(i, found, resolutions, text)
        or _nearest_in_sentence(i, found, resolutions, text)
        or _dateline(found, resolutions)
        or _city_before(i, found, resolutions)
    )


def _named_inside(i: int, found: Sequence[Found], resolutions: Sequence[Resolution]) -> Resolution | None:
    """The city or region the venue is named after: "Volgograd" in "the Volgograd Arena"."""
    venue = found[i]
    for k, f in enumerate(found):
        if (
            k != i
            and f.source == "embedded"
            and venue.start <= f.start
            and f.end <= venue.end
            and _firm_site(resolutions[k])
        ):
            return resolutions[k]
    return None


def _written_after(i: int, found: Sequence[Found], resolutions: Sequence[Resolution], text: str) -> Resolution | None:
    """The place right after the venue: "X Stadium in Mumbai", "X Airport, Surabaya"."""
    venue = found[i]
    if (
        i + 1 < len(found)
        and _usable(found[i + 1], resolutions[i + 1])
        and _IN_PLACE.fullmatch(text, venue.end, found[i + 1].start)
    ):
        return resolutions[i + 1]
    return None


def _nearest_in_sentence(
    i: int, found: Sequence[Found], resolutions: Sequence[Resolution], text: str
) -> Resolution | None:
    """The city or region named nearest the venue, before or after it, in its sentence."""
    venue = found[i]
    same_sentence = [
        (min(abs(f.start - venue.end), abs(venue.start - f.end)), k)
        for k, f in enumerate(found)
        if k != i
        and _usable(f, resolutions[k])
        and not _SENTENCE_END.search(text, min(f.end, venue.end), max(f.start, venue.start))
    ]
    return resolutions[min(same_sentence)[1]] if same_sentence else None


def _dateline(found: Sequence[Found], resolutions: Sequence[Resolution]) -> Resolution | None:
    """The dateline's place: where the story was filed."""
    for k, f in enumerate(found):
        if f.source == "dateline" and _usable(f, resolutions[k]):
            return resolutions[k]
    return None


def _city_before(i: int, found: Sequence[Found], resolutions: Sequence[Resolution]) -> Resolution | None:
    """The nearest city named before the venue, no further back than ``_LOOK_BACK`` characters."""
    venue = found[i]
    for k in range(i - 1, -1, -1):
        f = found[k]
        if venue.start - f.end > _LOOK_BACK:
            break
        place = resolutions[k].place
        if _usable(f, resolutions[k]) and place is not None and place.feature == "city":
            return resolutions[k]
    return None
