"""Convert ``locations_source.txt`` (places marked [[surface|CC|lat|lon|Name]]) into the gold JSONL
``locations.jsonl`` with exact character offsets.

    .venv/bin/python benchmarks/data/build_locations.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]")


def convert(line: str) -> dict:
    doc_id, marked = line.split("\t", 1)
    text, entities, cursor = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[cursor : match.start()]
        text.append(before)
        length += len(before)
        surface, code, lat, lon, name = match.groups()
        entities.append(
            {"start": length, "end": length + len(surface), "kind": "location", "name": name,
             "country_code": None if code == "-" else code, "latitude": float(lat), "longitude": float(lon)}
        )
        text.append(surface)
        length += len(surface)
        cursor = match.end()
    text.append(marked[cursor:])
    full = "".join(text)
    for entity in entities:
        assert full[entity["start"] : entity["end"]] in marked
    return {"id": doc_id, "text": full, "quotes": [], "entities": entities}


def main() -> None:
    lines = [line for line in (HERE / "locations_source.txt").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    with (HERE / "locations.jsonl").open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(convert(line), ensure_ascii=False) + "\n")
    print(f"{len(lines)} passages -> {HERE / 'locations.jsonl'}")


if __name__ == "__main__":
    main()
