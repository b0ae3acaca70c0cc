"""The gazetteer's prebuilt index: current with the shipped TSV, and the same look-ups as the TSV itself."""

from __future__ import annotations

import gzip
import warnings
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore_locations.gazetteer import Gazetteer, load_gazetteer
from newscore_locations.index import INDEX_FILE, SortedKeys, build_index, read_index, uint32_array

_DATA = resources.files("newscore_locations").joinpath("data")

# a small gazetteer in the shipped TSV's format: features, flags (* alternate, ^ capitals only), demonyms
_LINES = [
    "continent\t6255148\tEurope\t\t48.69\t9.14\t741000000\t\teurope\n",
    "country\t2017370\tRussia\tRU\t61.69\t99.21\t144478050\t\trussia|*rossiya|^ru\n",
    "region\t\tMoscow\tRU\t55.77\t37.54\t18412093\tMoscow\tmoscow|moscow oblast\n",
    "capital\t524901\tMoscow\tRU\t55.75\t37.61\t10381222\tMoscow\tmoscow|*moskva\n",
    "city\t4601\tMoscow\tUS\t46.73\t-117.0\t25000\tIdaho\tmoscow\n",
    "other\t1\tGaza Strip\tPS\t31.4\t34.3\t2000000\t\tgaza strip|gaza\n",
    "city\t2\tUs\tFR\t49.1\t1.9\t1200\t\tus\n",
    "demonym\t-\tRussian\tRU\n",
    "demonym\t-\tMuscovite\tRU:Moscow\n",
    "demonym\t-\tEuropean\tcontinent:EU\n",
]


def test_the_shipped_index_is_current_with_the_shipped_tsv():
    tsv = _DATA.joinpath("gazetteer.tsv.gz").read_bytes()
    shipped = _DATA.joinpath(INDEX_FILE).read_bytes()
    assert read_index(shipped, tsv) is not None, "stale index: run plugins/newscore-locations/scripts/build_index.py"
    assert gzip.decompress(shipped) == gzip.decompress(build_index(tsv))


def test_loading_the_shipped_gazetteer_warns_of_nothing():
    load_gazetteer.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gazetteer = load_gazetteer()
    assert gazetteer.size > 100_000 and gazetteer.lookup("Kyiv")


def test_an_index_of_another_tsv_is_not_trusted():
    tsv = gzip.compress("".join(_LINES).encode(), mtime=0)
    other = gzip.compress("".join(_LINES[:3]).encode(), mtime=0)
    assert read_index(build_index(other), tsv) is None
    rebuilt = Gazetteer(tsv, build_index(other))  # indexed again, from the TSV it was given
    assert [place.country_code for place in rebuilt.lookup("Moscow")] == ["RU", "RU", "US"]


def test_look_ups_follow_the_tsv():
    gazetteer = Gazetteer.from_lines(_LINES)
    assert gazetteer.size == 7 and gazetteer.max_words == 2
    assert [(c.place.feature, c.alternate) for c in gazetteer.candidates("Russia")] == [("country", False)]
    assert [(c.place.name, c.alternate) for c in gazetteer.candidates("Rossiya")] == [("Russia", True)]
    assert [c.place.name for c in gazetteer.candidates("RU")] == ["Russia"]  # a code only in capitals
    assert gazetteer.candidates("Ru") == []
    assert [c.place.name for c in gazetteer.candidates("Us")] == ["Us"]
    assert gazetteer.candidates("US") == []
    moscow = gazetteer.lookup("Moscow")
    assert [(p.feature, p.country_code, p.capital) for p in moscow] == [("region", "RU", False), ("city", "RU", True), ("city", "US", False)]
    assert gazetteer.is_primary("moscow oblast") and gazetteer.is_primary("Gaza")
    assert not gazetteer.is_primary("Moskva")  # only an alternate name
    assert gazetteer.may_start_primary("Gaza") and not gazetteer.may_start_primary("Moskva")
    assert gazetteer.demonym_place("Russians").name == "Russia"
    assert gazetteer.demonym_place("Muscovite").feature == "region"
    assert gazetteer.demonym_place("European").name == "Europe"
    assert gazetteer.demonym_place("Martian") is None
    assert set(gazetteer.countries) == {"RU"} and set(gazetteer.continents) == {"Europe"}


@given(st.lists(st.text(max_size=6), max_size=30, unique=True), st.text(max_size=6))
def test_sorted_keys_find_exactly_what_they_hold(words, probe):
    keys = sorted(word.encode() for word in words)
    blob, offsets = b"".join(keys), [0]
    for key in keys:
        offsets.append(offsets[-1] + len(key))
    index = SortedKeys(blob, uint32_array(b"".join(o.to_bytes(4, "little") for o in offsets)))
    for position, key in enumerate(keys):
        assert index.position(key) == position
    assert (probe.encode() in index) == (probe.encode() in keys)


@pytest.mark.parametrize("text", ["Moscow", "Russia", "Ukraine", "New York", "U.S.", "Georgia"])
def test_the_shipped_gazetteer_answers_common_names(text):
    assert load_gazetteer().lookup(text)
