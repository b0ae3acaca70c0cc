"""Convert ``locations_source.txt`` (places marked [[surface|CC|lat|lon|Name]]) into the gold JSONL
``locations.jsonl`` with exact character offsets.

    .venv/bin/python benchmarks/data/build_locations.py
"""

from __future__ import annotations

import re
from pathlib import Path

from _markup import Mark, tab_lines, unmark, write_jsonl

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]")


def _place(mark: Mark) -> dict[str, object]:
    _, code, lat, lon, name = mark.groups
    return {"start": mark.start, "end": mark.end, "kind": "location", "name": name,
            "country_code": None if code == "-" else code, "latitude": float(lat), "longitude": float(lon)}


def convert(doc_id: str, marked: str) -> dict[str, object]:
    """One gold document from one passage; every mark is checked."""
    text, marks = unmark(marked, _MARK, name=doc_id)
    return {"id": doc_id, "text": text, "quotes": [], "entities": [_place(mark) for mark in marks]}


def main() -> None:
    passages = tab_lines((HERE / "locations_source.txt").read_text(encoding="utf-8"))
    write_jsonl(HERE / "locations.jsonl", (convert(doc_id, marked) for doc_id, marked in passages))
    print(f"{len(passages)} passages -> {HERE / 'locations.jsonl'}")


if __name__ == "__main__":
    main()
