"""Write benchmarks/data/organizations.jsonl (gold format) from organizations.markup.txt.

    .venv/bin/python plugins/newscore-organizations/scripts/make_benchmark_data.py

Markup: ``[[surface]]`` or ``[[surface|Canonical Name]]`` marks an organisation mention;
offsets are computed here, so they are exact. Edit the markup, not the JSONL.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKUP = HERE / "organizations.markup.txt"
OUTPUT = HERE.parents[2] / "benchmarks" / "data" / "organizations.jsonl"
_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")

# The markup helpers every written gold set is built with (offsets computed, never typed).
sys.path.insert(0, str(OUTPUT.parent))
from _markup import blocks, check_trimmed, unmark, write_jsonl  # noqa: E402  (needs the sys.path entry above)


def convert(doc_id: str, marked: str) -> dict[str, object]:
    """One passage's markup as a gold document."""
    text, marks = unmark(marked, _MARK, name=doc_id)
    check_trimmed(doc_id, text, marks)
    entities = [
        {"start": mark.start, "end": mark.end, "kind": "organization", "name": mark.groups[1] or mark.groups[0]}
        for mark in marks
    ]
    return {"id": doc_id, "text": text, "entities": entities}


def main() -> None:
    documents = [convert(doc_id, marked) for doc_id, marked in blocks(MARKUP.read_text(encoding="utf-8"))]
    write_jsonl(OUTPUT, documents)
    mentions = sum(len(d["entities"]) for d in documents)
    print(f"wrote {len(documents)} passages, {mentions} organisation mentions to {OUTPUT}")


if __name__ == "__main__":
    main()
