"""Quote detection and attribution on gold JSONL: PolNeAR (real news) first, the written sets as
regression checks.

Usage (from the repository root, in the venv):

    python benchmarks/quotes.py --set polnear-train            # the main benchmark (840 real articles)
    python benchmarks/quotes.py --seed                         # the written passages and the seed (make bench)
    python benchmarks/quotes.py --set written,fresh,seed       # the passages written for this project
    python benchmarks/quotes.py --set heldback                 # measured before/after a change, never tuned on
    python benchmarks/quotes.py --set polnear-train --systems newscore,textacy,baseline --json
    python benchmarks/quotes.py --set polnear-train --dump quotes-errors.jsonl   # misses and false alarms

Sets: ``polnear-train`` is ``polnear-train.jsonl`` in ``../shared/dev-data`` (relative to the
repository root) or ``$NEWSCORE_DEV_DATA``; ``written``, ``fresh`` and ``heldback`` are
``benchmarks/data/quotes*.jsonl`` (their split attributions joined into one gold quote each, as
eval-format.md counts them: ``join_split_attributions``); ``seed`` is the seed article; a path to
any gold JSONL works too.
spaCy parses are cached as DocBin files under ``.cache/snapshot/`` (the cache of
``scripts/snapshot.py``, same keys), so a second run costs only the extractors.

Scoring is ``newscore.evaluation.score`` (the same as ``newscore eval``), which follows
``../shared/eval-format.md``:

* a gold quote is found when a predicted quote's content covers at least half of its characters;
  one to one (predicted and gold paired by the characters they share, most first): a second
  predicted quote inside the same gold quote is a false positive;
* per kind, the gold quotes of that kind against the predicted quotes labelled with it (a
  prediction paired with a gold quote of another kind is not a false positive);
* ``reported`` (reported speech): the gold quotes whose cue is a reporting expression (the
  verbs listed there in any inflection, ``according to``, ``put it``, a colon or a dash), against
  every prediction; a prediction paired with, or lying inside, a gold attribution outside that
  subset (beliefs, plans, acts) counts neither way;
* speaker right: of the found gold quotes with a speaker, the share whose predicted speaker names
  the same person (``newscore.evaluation.names_match`` on ``speaker_name``, else the speaker span's text), or whose speaker
  mention overlaps the gold speaker mention (PolNeAR's speaker is the mention, often a pronoun);
  ``e2e`` is found and rightly attributed / gold quotes.

Systems: ``newscore`` (every installed plugin, ``Pipeline.analyze_doc`` on the cached parse),
``textacy`` (``direct_quotations``), ``baseline`` (quotation marks paired in each paragraph, the
nearest spaCy PERSON as speaker).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from _common import cached_parses, write_json_out

from newscore import Analysis, Article, Pipeline, Quote, Span
from newscore.evaluation import GoldDocument, GoldQuote, is_reported_speech, load_gold, match_quotes, speaker_right
from newscore.evaluation import score as score_analyses

_HERE = Path(__file__).resolve().parent
_DATA = _HERE / "data"
_ROOT = _HERE.parent
_DEV_DATA = Path(os.environ.get("NEWSCORE_DEV_DATA", _ROOT.parent / "shared" / "dev-data"))
_SETS = {
    "polnear-train": _DEV_DATA / "polnear-train.jsonl",
    "written": _DATA / "quotes.jsonl",
    "fresh": _DATA / "quotes_fresh.jsonl",
    "heldback": _DATA / "quotes_heldback.jsonl",
}
_ROWS = ("all", "direct", "mixed", "indirect", "partial", "reported")

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


def _gold_set(name: str) -> tuple[str, list[GoldDocument]]:
    """A set's file name and its documents; the written sets' split attributions joined."""
    if name == "seed":
        return "seed.jsonl", _seed_gold()
    path = _SETS.get(name, Path(name))
    if not path.exists():
        raise SystemExit(f"gold set {name!r}: no file {path} (set NEWSCORE_DEV_DATA for the dev sets)")
    documents = load_gold(path)
    if path.resolve().parent == _DATA.resolve() and path.name.startswith("quotes"):
        documents = [join_split_attributions(document) for document in documents]
    return path.name, documents


_GAP_MARKS = re.compile(r"[\"'“”‘’«»„]")
_MAX_GAP = 150


def join_split_attributions(document: GoldDocument) -> GoldDocument:
    """The written sets give each part of ``"A," she said. "B."`` (and a quotation carried into
    the next paragraph) as a gold quote of its own; eval-format.md makes them one attribution,
    spanning the whole run. Joins consecutive direct gold quotes of the same speaker with no more
    than one attribution between them: a short gap, one pair of marks, at most one sentence end."""
    quotes = sorted(document.quotes, key=lambda q: q.start)
    joined: list[GoldQuote] = []
    for quote in quotes:
        last = joined[-1] if joined else None
        if last is not None and last.kind == quote.kind == "direct" and last.speaker and last.speaker == quote.speaker:
            gap = document.text[last.end : quote.start]
            marks = len(_GAP_MARKS.findall(gap))
            if len(gap) <= _MAX_GAP and 2 <= marks <= 4 and len(re.findall(r"[.!?](?=\s)", gap)) <= 1 and gap.count("\n\n") <= 1:
                joined[-1] = attrs.evolve(last, end=quote.end)
                continue
        joined.append(quote)
    return attrs.evolve(document, quotes=tuple(joined))


# --- systems ------------------------------------------------------------------------------


def run_newscore(pipeline: Pipeline, documents: Sequence[GoldDocument], docs: Sequence[Any]) -> tuple[list[Analysis], str]:
    """Every installed plugin, on the cached parses."""
    analyses = [pipeline.analyze_doc(Article(text=d.text, id=d.id), doc) for d, doc in zip(documents, docs, strict=True)]
    failed = [analysis for analysis in analyses if analysis.errors]
    note = f"extractors: {', '.join(e.name for e in pipeline.extractors)}"
    if failed:
        note += f"; {len(failed)} documents with extractor errors, first: {failed[0].errors[0]}"
    return analyses, note


def _token_range(text: str, tokens: Sequence[Any]) -> Span:
    start = min(token.idx for token in tokens)
    end = max(token.idx + len(token.text) for token in tokens)
    return Span.from_text(text, start, end)


def run_textacy(pipeline: Pipeline, documents: Sequence[GoldDocument], docs: Sequence[Any]) -> tuple[list[Analysis], str]:
    """textacy's direct_quotations, converted to newscore quotes (content without its marks)."""
    from textacy.extract.triples import direct_quotations

    analyses, raised = [], 0
    for document, doc in zip(documents, docs, strict=True):
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


def run_baseline(pipeline: Pipeline, documents: Sequence[GoldDocument], docs: Sequence[Any]) -> tuple[list[Analysis], str]:
    """Naive floor: each opening mark paired with the next matching closing mark in its paragraph;
    speaker = the spaCy PERSON nearest to the quote in the same paragraph."""
    analyses = []
    for document, doc in zip(documents, docs, strict=True):
        text, quotes = document.text, []
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        offset = 0
        for paragraph in text.split("\n"):
            position = 0
            while match := _OPENING.search(paragraph, position):
                close = paragraph.find(_PAIRS[match.group(1)], match.end())
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


_SYSTEMS: dict[str, Callable[[Pipeline, Sequence[GoldDocument], Sequence[Any]], tuple[list[Analysis], str]]] = {
    "newscore": run_newscore,
    "textacy": run_textacy,
    "baseline": run_baseline,
}

# --- scoring ------------------------------------------------------------------------------


def score(documents: Sequence[GoldDocument], analyses: Sequence[Analysis], dump: list[dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Scores per row of ``_ROWS`` by ``newscore.evaluation.score`` (the rules in the module
    docstring; a row the gold has no quote for is left out), and the errors into ``dump``."""
    scores = score_analyses(documents, analyses).quotes
    if dump is not None:
        for document, analysis in zip(documents, analyses, strict=True):
            _dump(document, analysis.quotes, dump)
    return {row: dict(scores[row]) for row in _ROWS if row in scores}


def _dump(document: GoldDocument, predicted: Sequence[Quote], out: list[dict[str, Any]]) -> None:
    """Misses, false alarms and wrong speakers of one document, for reading (never committed)."""
    text, gold = document.text, document.quotes
    paired = match_quotes(gold, predicted)
    found = {g: p for p, g in paired.items()}
    for g, target in enumerate(gold):
        quote = predicted[found[g]] if g in found else None
        error = "missed" if quote is None else None
        if quote is not None and target.speaker is not None and not speaker_right(quote, target):
            error = "speaker"
        if error:
            out.append({
                "doc": document.id, "error": error, "kind": target.kind, "reported": is_reported_speech(target), "cue": target.cue,
                "gold": text[target.start : target.end][:300], "gold_speaker": target.speaker,
                "predicted_speaker": None if quote is None else quote.speaker_name,
                "predicted_speaker_text": None if quote is None or quote.speaker is None else quote.speaker.text,
                "predicted_cue": None if quote is None or quote.cue is None else quote.cue.text,
                "gold_speaker_text": None if target.speaker_start is None or target.speaker_end is None
                else text[target.speaker_start : target.speaker_end],
                "context": text[max(0, target.start - 150) : target.end + 100],
            })
    for p, quote in enumerate(predicted):
        if p not in paired:
            start, end = quote.content[0].start, quote.content[-1].end
            overlapping = [target for target in gold if target.start < end and start < target.end]
            out.append({
                "doc": document.id, "error": "false", "kind": quote.kind,
                "predicted": " | ".join(span.text for span in quote.content)[:300], "speaker": quote.speaker_name,
                "cue": None if quote.cue is None else quote.cue.text,
                "overlapping_gold": [text[t.start : t.end][:120] for t in overlapping],
                "context": text[max(0, start - 150) : end + 100],
            })


# --- output -------------------------------------------------------------------------------


def _format(name: str, scores: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for row in _ROWS:
        row_scores = scores.get(row)
        if not row_scores or not row_scores["gold"]:
            continue
        attribution, end_to_end = row_scores["attribution_accuracy"], row_scores["found_and_attributed"]
        lines.append(
            f"{name:10}{row:10}{row_scores['precision']:>7.3f}{row_scores['recall']:>7.3f}{row_scores['f1']:>7.3f}"
            f"{'-' if attribution is None else format(attribution, '.3f'):>8}"
            f"{'-' if end_to_end is None else format(end_to_end, '.3f'):>8}"
            f"{row_scores['predicted']:>7}{row_scores['gold']:>7}"
        )
    return lines


def benchmark(set_names: Sequence[str], systems: Sequence[str], dump_path: Path | None = None) -> dict[str, Any]:
    """Run each system on each gold set and score it; prints a table, returns the scores."""
    pipeline = Pipeline(time_budget=None)
    results: dict[str, Any] = {}
    sizes: dict[str, dict[str, int]] = {"documents": {}, "gold_quotes": {}}
    dump: list[dict[str, Any]] | None = [] if dump_path else None
    for set_name in set_names:
        name, documents = _gold_set(set_name)
        counts: dict[str, int] = {}
        for document in documents:
            for quote in document.quotes:
                counts[quote.kind or "?"] = counts.get(quote.kind or "?", 0) + 1
        reported = sum(is_reported_speech(q) for d in documents for q in d.quotes)
        print(f"\n== {name}: {len(documents)} documents, {sum(counts.values())} gold quotes {counts}, {reported} reported speech")
        print(f"{'system':10}{'row':10}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>8}{'e2e':>8}{'pred':>7}{'gold':>7}")
        docs, _ = cached_parses(pipeline.nlp, name.removesuffix(".jsonl"), [d.text for d in documents])
        results[name] = {}
        sizes["documents"][name], sizes["gold_quotes"][name] = len(documents), sum(counts.values())
        for system in systems:
            started = time.perf_counter()
            analyses, note = _SYSTEMS[system](pipeline, documents, docs)
            seconds = time.perf_counter() - started
            scores = score(documents, analyses, dump if system == "newscore" else None)
            for line in _format(system, scores):
                print(line)
            print(f"{'':10}({note}; {seconds:.1f} s)")
            results[name][system] = {"quotes": scores, "note": note, "seconds": round(seconds, 2)}
    print(
        "\nP/R/F1: quote detection (found = a predicted quote covers >= half the gold characters, one to one); "
        "speaker: right speaker among found quotes with a gold speaker; e2e: found and rightly attributed / "
        "gold quotes; reported: gold quotes with a reporting cue (eval-format.md)."
    )
    if dump_path is not None and dump is not None:
        dump_path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in dump), encoding="utf-8")
        print(f"{len(dump)} errors written to {dump_path}")
    return {"sets": results, **sizes}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", help="comma-separated: polnear-train, written, fresh, heldback, seed, or gold JSONL paths")
    parser.add_argument("--gold", type=Path, help="one gold JSONL file (what --set does, kept for benchmarks/run.py)")
    parser.add_argument("--seed", action="store_true", help="also score the seed article")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the scores as JSON to FILE (for benchmarks/run.py)")
    parser.add_argument("--systems", default="newscore", help="comma-separated: newscore, textacy, baseline (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON at the end")
    parser.add_argument("--dump", type=Path, help="write newscore's misses, false alarms and wrong speakers to this JSONL file")
    args = parser.parse_args(argv)
    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    unknown = [name for name in systems if name not in _SYSTEMS]
    if unknown:
        parser.error(f"unknown systems {unknown}; choose from {sorted(_SYSTEMS)}")
    if args.set:
        sets = [name.strip() for name in args.set.split(",") if name.strip()]
    else:  # benchmarks/run.py's calls: --gold FILE, or the written passages, with --seed
        sets = [str(args.gold) if args.gold else "written"]
    if args.seed and "seed" not in sets:
        sets.append("seed")
    results = benchmark(sets, systems, args.dump)
    if args.json:
        print(json.dumps(results, indent=1))
    write_json_out(args.json_out, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
