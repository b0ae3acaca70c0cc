"""Build src/newscore/data/given_names.tsv.gz: given names and the gender they usually mark.

Source: the name data of nomquamgender (Van Buskirk et al. 2022, MIT licence), read from its
installed package at build time only (`pip install nomquamgender`); nothing is downloaded at
run time. Each line is ``name<TAB>f|m|u``: ``f``/``m`` where at least 90% of the people with
that name in the source are women/men, ``u`` where the name is common but not gendered
("Jamie", "Kim"). Names seen fewer than ``MIN_COUNT`` times (``MIN_UNGENDERED_COUNT`` for
``u``) are left out. (Rarer names that only lean one way, such as "Pep" or "Kuldeep", stay out:
most of them in the source are surnames or English words: "Nadal", "Ruiz", "the", "green".)

Names that are also a place news writes about are left out too: in news such a word names
the place far more often than a person, and a listed given name makes any capitalised run it
starts look like a person's name. That is every country, continent and nationality of the
locations plugin's gazetteer ("Georgia", "India", "Jordan"), and every capital, region or
city of a million people or more ("Florida", "Paris", "Sydney") unless strongly name-like: at
least ``MIN_PLACE_NAME_COUNT`` bearers, 90% of one gender ("Vladimir", "Sofia", "Stanley").

    python scripts/build_given_names.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

MIN_COUNT = 25
MIN_SOURCES = 3
MIN_UNGENDERED_COUNT = 5000
MIN_PLACE_NAME_COUNT = 40_000
MIN_PLACE_POPULATION = 1_000_000
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newscore" / "data" / "given_names.tsv.gz"
GAZETTEER = ROOT / "plugins" / "newscore-locations" / "src" / "newscore_locations" / "data" / "gazetteer.tsv.gz"
_NAME = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
#: Gazetteer kinds whose every name is a place first ("Jordan", "Asia", "Israeli").
_COUNTRY_KINDS = frozenset({"continent", "country", "demonym"})


def _place_names() -> tuple[set[str], set[str]]:
    """Lower-case names of countries, continents and nationalities, and of the capitals, regions
    and cities of a million people or more (see the module's docstring)."""
    countries, places = set(), set()
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as stream:
        for line in stream:
            kind, _id, name, *rest = line.rstrip("\n").split("\t")  # demonyms have no population column
            population = rest[3] if len(rest) > 3 else ""
            if kind in _COUNTRY_KINDS:
                countries.add(name.casefold())
            elif kind == "capital" or (population.isdigit() and int(population) >= MIN_PLACE_POPULATION):
                places.add(name.casefold())
    return countries, places


def main() -> None:
    spec = importlib.util.find_spec("nomquamgender")  # its __init__ imports pandas: read the data file only
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install nomquamgender first (build time only)")
    data_file = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    data = json.loads(data_file.read_text(encoding="utf-8"))
    countries, places = _place_names()
    rows = []
    for name, (sources, count, p_female, *_rest) in data.items():
        if count < MIN_COUNT or sources < MIN_SOURCES or len(name) < 2 or not _NAME.match(name):
            continue
        gender = "f" if p_female >= 0.9 else "m" if p_female <= 0.1 else "u"
        if name in countries or (name in places and (gender == "u" or count < MIN_PLACE_NAME_COUNT)):
            continue
        if gender == "u" and count < MIN_UNGENDERED_COUNT:
            continue  # rare and ungendered: more often noise ("north", "the") than a name
        rows.append(f"{name}\t{gender}\n")
    rows.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as stream:
        stream.write("# given name, gender it usually marks (f, m, u: not gendered); from nomquamgender, MIT\n")
        stream.writelines(rows)
    print(f"{len(rows):,} names written to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
