"""Check newscore's bulk attribute ruler against spaCy's on real articles, and time both.

Run it after upgrading spaCy or changing the model: it parses the dev sets (and the seed) up
to the attribute ruler, applies spaCy's ``AttributeRuler`` to one copy and
``newscore.attribute_rules.BulkAttributeRuler`` to another, and counts the Docs whose
annotations differ (there should be none).

    python scripts/check_attribute_rules.py            # every dev set
    python scripts/check_attribute_rules.py --limit 200

The dev sets are read from ``../shared/dev-data`` (relative to the project root) or
``$NEWSCORE_DEV_DATA``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy
import spacy
from spacy.tokens import DocBin

from newscore.attribute_rules import BulkAttributeRuler
from newscore.nlp import resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = Path(os.environ.get("NEWSCORE_DEV_DATA", ROOT.parent / "shared" / "dev-data"))
ATTRIBUTES = ["ORTH", "LOWER", "TAG", "POS", "DEP", "HEAD", "LEMMA", "MORPH", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def texts(limit: int | None) -> list[str]:
    found = [(ROOT / "seeds" / "putin-sco-wagner.txt").read_text(encoding="utf-8")]
    for path in sorted(DEV_DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            found.extend(json.loads(line)["text"] for line in lines if line.strip())
    if len(found) == 1:
        print(f"no dev sets at {DEV_DATA}: set NEWSCORE_DEV_DATA; checking the seed only", file=sys.stderr)
    return found[:limit] if limit else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: newscore's)")
    args = parser.parse_args(argv)
    nlp = spacy.load(resolve_model_name(args.model))  # spaCy's own loader: its own ruler
    ruler = nlp.get_pipe("attribute_ruler")
    bulk = BulkAttributeRuler(nlp, "attribute_ruler")
    bulk.wrap(ruler)
    articles = texts(args.limit)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        data = DocBin(docs=nlp.pipe(articles)).to_bytes()
    timings = {}
    results = {}
    for name, component in (("spaCy's AttributeRuler", ruler), ("BulkAttributeRuler", bulk)):
        docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
        started = time.process_time()
        results[name] = [component(doc) for doc in docs]
        timings[name] = time.process_time() - started
    theirs, ours = results.values()
    differing = [
        i
        for i, (a, b) in enumerate(zip(theirs, ours, strict=True))
        if not numpy.array_equal(a.to_array(ATTRIBUTES), b.to_array(ATTRIBUTES))
        or [str(t.morph) for t in a] != [str(t.morph) for t in b]
    ]
    print(f"{len(articles)} articles, {sum(len(doc) for doc in ours):,} tokens")
    for name, seconds in timings.items():
        print(f"  {name:24} {seconds:7.2f} s CPU")
    print(f"  Docs whose annotations differ: {len(differing)}" + (f" (first: article {differing[0]})" if differing else ""))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
