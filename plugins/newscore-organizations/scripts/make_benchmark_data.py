"""Write benchmarks/data/organizations.jsonl (gold format) from organizations.markup.txt.

    .venv/bin/python plugins/newscore-organizations/scripts/make_benchmark_data.py

Markup: ``[[surface]]`` or ``[[surface|Canonical Name]]`` marks an organisation mention;
offsets are computed here, so they are exact. Edit the markup, not the JSONL.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKUP = HERE / "organizations.markup.txt"
OUTPUT = HERE.parents[2] / "benchmarks" / "data" / "organizations.jsonl"
_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def convert(block: str) -> dict:
    """One passage's markup as a gold document."""
    lines = block.strip().splitlines()
    doc_id, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    text, entities, position = [], [], 0
    for match in _MARK.finditer(body):
        text.append(body[position : match.start()])
        start = sum(map(len, text))
        surface = match.group(1)
        text.append(surface)
        entities.append({"start": start, "end": start + len(surface), "kind": "organization", "name": match.group(2) or surface})
        position = match.end()
    text.append(body[position:])
    plain = "".join(text)
    assert "[[" not in plain and "]]" not in plain, f"{doc_id}: unbalanced markup"
    for entity in entities:
        assert plain[entity["start"] : entity["end"]] == plain[entity["start"] : entity["end"]].strip(), doc_id
    return {"id": doc_id, "text": plain, "entities": entities}


def main() -> None:
    source = "\n".join(line for line in MARKUP.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    documents = [convert(block) for block in source.split("\n---\n") if block.strip()]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False) + "\n")
    mentions = sum(len(d["entities"]) for d in documents)
    print(f"wrote {len(documents)} passages, {mentions} organisation mentions to {OUTPUT}")


if __name__ == "__main__":
    main()
