"""Write benchmarks/data/entities.jsonl and entities_heldback.jsonl (gold format) from their sources.

    .venv/bin/python benchmarks/data/build_entities.py

Markup: ``[[surface|P]]`` a person, ``[[surface|O]]`` an organisation, ``[[surface|L]]`` a
location; offsets are computed here, so they are exact. Edit the source, not the JSONL.
"""

from __future__ import annotations

import re
from pathlib import Path

from _markup import blocks, check_trimmed, unmark, write_jsonl

HERE = Path(__file__).resolve().parent
#: Each source and the gold file written from it (the held-back set is measured, never tuned on).
SETS = (
    (HERE / "entities_source.txt", HERE / "entities.jsonl"),
    (HERE / "entities_heldback_source.txt", HERE / "entities_heldback.jsonl"),
)
_MARK = re.compile(r"\[\[([^\]|]+)\|([POL])\]\]")
_KINDS = {"P": "person", "O": "organization", "L": "location"}


def convert(doc_id: str, marked: str) -> dict[str, object]:
    """One passage's markup as a gold document."""
    text, marks = unmark(marked, _MARK, name=doc_id)
    check_trimmed(doc_id, text, marks)
    entities = [{"start": mark.start, "end": mark.end, "kind": _KINDS[mark.groups[1]]} for mark in marks]
    return {"id": doc_id, "text": text, "entities": entities}


def build(source_path: Path, output_path: Path) -> None:
    """Write one source's passages as gold JSONL."""
    documents = [convert(doc_id, marked) for doc_id, marked in blocks(source_path.read_text(encoding="utf-8"))]
    write_jsonl(output_path, documents)
    counts = {kind: sum(e["kind"] == kind for d in documents for e in d["entities"]) for kind in _KINDS.values()}
    print(f"wrote {len(documents)} passages ({counts}) to {output_path.name}")


def main() -> None:
    for source_path, output_path in SETS:
        build(source_path, output_path)


if __name__ == "__main__":
    main()
