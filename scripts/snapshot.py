"""Write every analysis of the seed, the dev sets and the written benchmark sets to one file.

Use it to prove that a refactor changed no output: snapshot before, snapshot after, compare.

    python scripts/snapshot.py before.jsonl            # every set
    python scripts/snapshot.py after.jsonl
    cmp before.jsonl after.jsonl && echo identical

    python scripts/snapshot.py quick.jsonl --limit 150  # at most 150 articles per set

Parses are cached as spaCy DocBin files under ``.cache/snapshot/`` or ``$NEWSCORE_SNAPSHOT_CACHE`` (keyed by the texts and the
model), so a second run costs only the extractors; the cache is the benchmarks' (``benchmarks/_common.py``,
``cached_parses``), so a set parsed by one is not parsed again by the other. Analyses come from ``Pipeline.analyze_doc``
with no time budget, so a loaded machine cannot change the output. The dev sets are read from
``../shared/dev-data`` (relative to the project root) or ``$NEWSCORE_DEV_DATA``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from newscore import Article, Pipeline
from newscore.evaluation import load_gold

ROOT = Path(__file__).resolve().parent.parent
# The parse cache and the dev-data folder are the benchmarks' (scripts may use benchmarks' helpers;
# the core never does).
sys.path.insert(0, str(ROOT / "benchmarks"))
from _common import DEV_DATA, cached_parses  # noqa: E402  (needs the sys.path entry above)


def gold_sets() -> list[Path]:
    """Every gold JSONL set the snapshot covers, in a fixed order."""
    written = sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))
    if not DEV_DATA.is_dir():
        print(f"snapshot: no dev sets at {DEV_DATA}; set NEWSCORE_DEV_DATA to include them", file=sys.stderr)
        return written
    dev = sorted(DEV_DATA.glob("*.jsonl"))
    return written + dev


def articles_of(path: Path, limit: int | None) -> list[Article]:
    """The articles of one gold set (at most ``limit``)."""
    documents = load_gold(path)[:limit] if limit else load_gold(path)
    return [Article(text=document.text, id=document.id) for document in documents]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="JSONL file to write, one analysis a line")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per set")
    args = parser.parse_args(argv)
    pipeline = Pipeline(time_budget=None)
    digest = hashlib.sha256()
    count = 0
    started = time.perf_counter()
    with args.output.open("w", encoding="utf-8") as out:
        for path in gold_sets():
            articles = articles_of(path, args.limit)
            docs, _ = cached_parses(pipeline.nlp, path.stem, [article.text for article in articles])
            for article, doc in zip(articles, docs, strict=True):
                analysis = pipeline.analyze_doc(article, doc)
                line = json.dumps({"set": path.stem, **analysis.to_dict()}, ensure_ascii=False, sort_keys=True)
                out.write(line + "\n")
                digest.update(line.encode("utf-8", "surrogatepass"))
                count += 1
    seconds = time.perf_counter() - started
    print(f"{count} analyses from {len(gold_sets())} sets in {seconds:.1f} s; sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
