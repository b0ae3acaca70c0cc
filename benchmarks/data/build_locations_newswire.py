"""Convert ``locations_newswire_source.txt`` into the gold JSONL ``locations_newswire.jsonl``.

Places are marked ``[[surface|form|CC|lat|lon]]`` or ``[[surface|form|CC|lat|lon|geonames_id]]``
with form ``n`` (a name), ``d`` (a demonym) or ``e`` (a place inside an organisation's or
facility's name); the gold entity keeps it as ``form`` (``name``, ``demonym``, ``embedded``),
which ``benchmarks/locations.py`` reads to score NER-style (without demonyms and embedded
places) and GeoWebNews-style (with them).

    .venv/bin/python benchmarks/data/build_locations_newswire.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([^|\]]+)\|([nde])\|([A-Z]{2}|-)\|(-?[\d.]+|-)\|(-?[\d.]+|-)(?:\|(\d+))?\]\]")
_FORMS = {"n": "name", "d": "demonym", "e": "embedded"}


def convert(line: str) -> dict[str, object]:
    """One gold document from one ``id<TAB>marked text`` line; every mark is checked."""
    doc_id, marked = line.split("\t", 1)
    pieces: list[str] = []
    entities: list[dict[str, object]] = []
    cursor = length = 0
    for match in _MARK.finditer(marked):
        before = marked[cursor : match.start()]
        pieces.append(before)
        length += len(before)
        surface, form, code, lat, lon, geonames_id = match.groups()
        entity: dict[str, object] = {
            "start": length, "end": length + len(surface), "kind": "location", "form": _FORMS[form],
            "country_code": None if code == "-" else code,
        }
        if lat != "-":
            entity.update(latitude=float(lat), longitude=float(lon))
        if geonames_id:
            entity["geonames_id"] = int(geonames_id)
        entities.append(entity)
        pieces.append(surface)
        length += len(surface)
        cursor = match.end()
    pieces.append(marked[cursor:])
    text = "".join(pieces)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{doc_id}: a malformed mark is left in the text")
    return {"id": doc_id, "text": text, "quotes": [], "entities": entities}


def main() -> None:
    source = (HERE / "locations_newswire_source.txt").read_text(encoding="utf-8")
    lines = [line for line in source.splitlines() if line and not line.startswith("#")]
    with (HERE / "locations_newswire.jsonl").open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(convert(line), ensure_ascii=False) + "\n")
    print(f"{len(lines)} passages -> {HERE / 'locations_newswire.jsonl'}")


if __name__ == "__main__":
    main()
