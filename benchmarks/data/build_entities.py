"""Write benchmarks/data/entities.jsonl and entities_heldback.jsonl (gold format) from their sources.

    .venv/bin/python benchmarks/data/build_entities.py

Markup: ``[[surface|P]]`` a person, ``[[surface|O]]`` an organisation, ``[[surface|L]]`` a
location; offsets are computed here, so they are exact. Edit the source, not the JSONL.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Each source and the gold file written from it (the held-back set is measured, never tuned on).
SETS = (
    (HERE / "entities_source.txt", HERE / "entities.jsonl"),
    (HERE / "entities_heldback_source.txt", HERE / "entities_heldback.jsonl"),
)
_MARK = re.compile(r"\[\[([^\]|]+)\|([POL])\]\]")
_KINDS = {"P": "person", "O": "organization", "L": "location"}


def convert(block: str) -> dict[str, object]:
    """One passage's markup as a gold document."""
    lines = block.strip().splitlines()
    doc_id, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    pieces: list[str] = []
    entities = []
    position = 0
    for match in _MARK.finditer(body):
        pieces.append(body[position : match.start()])
        start = sum(map(len, pieces))
        surface = match.group(1)
        pieces.append(surface)
        entities.append({"start": start, "end": start + len(surface), "kind": _KINDS[match.group(2)]})
        position = match.end()
    pieces.append(body[position:])
    plain = "".join(pieces)
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"{doc_id}: unbalanced or unknown markup")
    for entity in entities:
        surface = plain[entity["start"] : entity["end"]]
        if surface != surface.strip():
            raise ValueError(f"{doc_id}: {surface!r} has spaces at its edges")
    return {"id": doc_id, "text": plain, "entities": entities}


def build(source_path: Path, output_path: Path) -> None:
    """Write one source's passages as gold JSONL."""
    lines = source_path.read_text(encoding="utf-8").splitlines()
    source = "\n".join(line for line in lines if not line.startswith("#"))
    documents = [convert(block) for block in source.split("\n---\n") if block.strip()]
    with output_path.open("w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")
    counts = {kind: sum(e["kind"] == kind for d in documents for e in d["entities"]) for kind in _KINDS.values()}
    print(f"wrote {len(documents)} passages ({counts}) to {output_path.name}")


def main() -> None:
    for source_path, output_path in SETS:
        build(source_path, output_path)


if __name__ == "__main__":
    main()
