"""Convert ``locations_newswire_source.txt`` into the gold JSONL ``locations_newswire.jsonl``.

Places are marked ``[[surface|form|CC|lat|lon]]`` or ``[[surface|form|CC|lat|lon|geonames_id]]``
with form ``n`` (a name), ``d`` (a demonym) or ``e`` (a place inside an organisation's or
facility's name); the gold entity keeps it as ``form`` (``name``, ``demonym``, ``embedded``),
which ``benchmarks/locations.py`` reads to score NER-style (without demonyms and embedded
places) and GeoWebNews-style (with them).

    .venv/bin/python benchmarks/data/build_locations_newswire.py
"""

from __future__ import annotations

import re
from pathlib import Path

from _markup import Mark, tab_lines, unmark, write_jsonl

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([^|\]]+)\|([nde])\|([A-Z]{2}|-)\|(-?[\d.]+|-)\|(-?[\d.]+|-)(?:\|(\d+))?\]\]")
_FORMS = {"n": "name", "d": "demonym", "e": "embedded"}


def _place(mark: Mark) -> dict[str, object]:
    _, form, code, lat, lon, geonames_id = mark.groups
    place: dict[str, object] = {
        "start": mark.start, "end": mark.end, "kind": "location", "form": _FORMS[form],
        "country_code": None if code == "-" else code,
    }
    if lat != "-":
        place.update(latitude=float(lat), longitude=float(lon))
    if geonames_id:
        place["geonames_id"] = int(geonames_id)
    return place


def convert(doc_id: str, marked: str) -> dict[str, object]:
    """One gold document from one passage; every mark is checked."""
    text, marks = unmark(marked, _MARK, name=doc_id)
    return {"id": doc_id, "text": text, "quotes": [], "entities": [_place(mark) for mark in marks]}


def main() -> None:
    passages = tab_lines((HERE / "locations_newswire_source.txt").read_text(encoding="utf-8"))
    write_jsonl(HERE / "locations_newswire.jsonl", (convert(doc_id, marked) for doc_id, marked in passages))
    print(f"{len(passages)} passages -> {HERE / 'locations_newswire.jsonl'}")


if __name__ == "__main__":
    main()
