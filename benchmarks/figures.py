"""The figures the README and the docs show, rendered from what the benchmarks measured.

``docs/generated/figures.json`` holds each benchmark's last ``--json-out`` (with the command and
the date); this module turns it into Markdown: one snippet per docs page under
``docs/generated/`` (included with ``--8<--``) and the README's block between
``<!-- figures:start -->`` and ``<!-- figures:end -->``. Nothing here measures: ``make bench``
(``benchmarks/run.py``) runs the benchmarks and then this. A figure not measured yet says so.

    python benchmarks/figures.py          # re-render from figures.json
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "docs" / "generated"
FIGURES = GENERATED / "figures.json"
README = ROOT / "README.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
NOT_YET = "not measured yet — run `make bench`"
_NO_TEXTACY = "textacy: not measured yet (`pip install textacy`, then `make bench`)"

Figures = Mapping[str, Any]


def _n(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _get(figures: Figures, *path: str) -> Any:
    value: Any = figures
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def _provenance(figures: Figures, *names: str) -> str:
    parts = []
    for name in names:
        entry = figures.get(name)
        if entry:
            parts.append(f"`{entry['command']}` on {entry['measured']}")
    return ("Measured by `make bench`: " + "; ".join(parts) + ".") if parts else f"Figures {NOT_YET}."


# --- the summary (README and the docs' home) ---------------------------------------------------


def summary(figures: Figures) -> str:
    rows = ["| what | set | newscore | baseline |", "|---|---|---|---|"]
    polnear = _get(figures, "quotes_polnear", "figures", "sets", "polnear-train.jsonl", "newscore", "quotes")
    if polnear:
        documents = _get(figures, "quotes_polnear", "figures", "documents", "polnear-train.jsonl")
        for kind, what in (("direct", "direct quotes"), ("reported", "reported speech")):
            scores = polnear[kind]
            rows.append(
                f"| {what}, F1 / speaker right / found and attributed | PolNeAR train ({documents} real articles) "
                f"| {_n(scores['f1'])} / {_n(scores['attribution_accuracy'])} / {_n(scores['found_and_attributed'])} | |"
            )
    else:
        rows.append(f"| quotes, F1 | PolNeAR train (real articles) | {NOT_YET} | |")
    held = _get(figures, "quotes_heldback", "figures", "sets", "quotes_heldback.jsonl")
    if held:
        ours, textacy = _get(held, "newscore", "quotes", "all"), _get(held, "textacy", "quotes", "all")
        documents = _get(figures, "quotes_heldback", "figures", "documents", "quotes_heldback.jsonl")
        baseline = f"textacy {_n(textacy['f1'])} / {_n(textacy['found_and_attributed'])}" if textacy else _NO_TEXTACY
        rows.append(
            f"| quotes, all kinds, F1 / found and attributed | {documents} held-back written passages "
            f"| {_n(ours['f1'])} / {_n(ours['found_and_attributed'])} | {baseline} |"
        )
    else:
        rows.append(f"| quotes, all kinds, F1 / found and attributed | held-back written passages | {NOT_YET} | |")
    for name, label in (("geovirus", "GeoVirus"), ("gum-news", "GUM news")):
        loc = _get(figures, "locations", "figures", "sets", name)
        if loc:
            ours, raw = loc["newscore"], loc["raw_spacy"]
            accuracy = f" / {_n(ours['accuracy_161km'])}" if "accuracy_161km" in ours else ""
            by_id = loc.get("newscore_by_id", {}).get("accuracy_161km") if accuracy else None
            accuracy += f" / {_n(by_id)}" if by_id is not None else ""
            what = "places, overlap F1" + (" / within 161 km" if accuracy else "") + (" / areas by GeoNames id" if by_id is not None else "")
            rows.append(
                f"| {what} | {label} ({loc['documents']} articles) | {_n(ours['relaxed']['f1'])}{accuracy} "
                f"| raw spaCy {_n(raw['relaxed']['f1'])} |"
            )
        else:
            rows.append(f"| places, overlap F1 | {label} | {NOT_YET} | |")
    org = _get(figures, "organizations", "figures", "sets", "gum-news")
    if org:
        rows.append(
            f"| organisations, exact F1 | GUM news ({org['documents']} articles) "
            f"| {_n(org['newscore_with_organizations']['organization']['exact']['f1'])} "
            f"| raw spaCy {_n(org['raw_spaCy']['organization']['exact']['f1'])} |"
        )
        rows.append(
            f"| people, exact F1 / overlap F1 | GUM news ({org['documents']} articles; spans are whole phrases with titles) "
            f"| {_n(org['newscore_with_organizations']['person']['exact']['f1'])} "
            f"/ {_n(org['newscore_with_organizations']['person']['relaxed']['f1'])} "
            f"| raw spaCy {_n(org['raw_spaCy']['person']['exact']['f1'])} / {_n(org['raw_spaCy']['person']['relaxed']['f1'])} |"
        )
    else:
        rows.append(f"| organisations, exact F1 | GUM news | {NOT_YET} | |")
    names_only = _get(figures, "people", "figures", "sets", "gum-news-names")
    if names_only:
        rows.append(
            f"| people, exact F1 / overlap F1 | GUM news, spans cut to the name as CoNLL marks it "
            f"({names_only['documents']} articles) | {_n(names_only['person_exact']['f1'])} "
            f"/ {_n(names_only['person_relaxed']['f1'])} | |"
        )
    speed = _get(figures, "throughput", "figures", "throughput")
    if speed:
        rows.append(
            f"| throughput, all plugins vs raw `nlp.pipe` | {speed['articles']} dev-data articles "
            f"| {_n(speed['ratio'], 2)}× ({_n(speed['newscore_articles_per_second'], 1)} articles/s) "
            f"| raw {_n(speed['raw_articles_per_second'], 1)} articles/s |"
        )
    else:
        rows.append(f"| throughput, all plugins vs raw `nlp.pipe` | dev-data articles | {NOT_YET} | |")
    start = _get(figures, "throughput", "figures", "startup")
    first = f"{_n(start['first_record_seconds'], 1)} s" if start else NOT_YET
    rows.append(f"| start-up: `newscore analyze` to its first record | the seed article | {first} | |")
    names = ("quotes_polnear", "quotes_heldback", "locations", "organizations", "people", "throughput")
    return "\n".join(rows) + "\n\n" + _provenance(figures, *names) + "\n"


# --- per page ----------------------------------------------------------------------------------


def quotes(figures: Figures) -> str:
    rows = [
        "| set | system | kind | P | R | F1 | attribution | found + attributed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = {"polnear-train.jsonl": "PolNeAR train (real news)", "quotes.jsonl": "written passages",
             "seed.jsonl": "the seed article", "quotes_fresh.jsonl": "fresh passages", "quotes_heldback.jsonl": "held-back passages"}
    systems = {"newscore": "newscore", "textacy": "textacy `direct_quotations`", "baseline": "quote-mark pairing"}
    for entry in ("quotes_polnear", "quotes", "quotes_fresh", "quotes_heldback"):
        measured = _get(figures, entry, "figures")
        if not measured:
            rows.append(f"| {entry.replace('_', ' ')} | | | {NOT_YET} | | | | |")
            continue
        for set_name, results in measured["sets"].items():
            count = measured["documents"][set_name]
            label = (f"{'' if set_name == 'seed.jsonl' else f'{count} '}{names.get(set_name, set_name)}, "
                     f"{measured['gold_quotes'][set_name]} quotes")
            for system, result in sorted(results.items(), key=lambda item: item[0] != "newscore"):
                if "quotes" not in result:
                    rows.append(f"| {label} | {systems.get(system, system)} | | skipped | | | | |")
                    label = ""
                    continue
                kinds = ("all", "direct", "indirect", "mixed", "partial", "reported") if system == "newscore" else ("all", "direct")
                for kind in kinds:
                    scores = result["quotes"].get(kind)
                    if not scores or not scores["gold"]:
                        continue
                    rows.append(
                        f"| {label} | {systems.get(system, system)} | {'reported speech' if kind == 'reported' else kind} "
                        f"| {_n(scores['precision'])} | {_n(scores['recall'])} "
                        f"| {_n(scores['f1'])} | {_n(scores['attribution_accuracy'])} | {_n(scores['found_and_attributed'])} |"
                    )
                    label = ""
    if "textacy" not in json.dumps(_get(figures, "quotes", "figures") or {}):
        rows.append(f"| | textacy `direct_quotations` | | {_NO_TEXTACY} | | | | |")
    return "\n".join(rows) + "\n\n" + _provenance(figures, "quotes_polnear", "quotes", "quotes_fresh", "quotes_heldback") + "\n"


def locations(figures: Figures) -> str:
    measured = _get(figures, "locations", "figures")
    rows = ["| set | system | exact F1 | found P / R / F1 | resolved@161km | country |", "|---|---|---|---|---|---|"]
    # raw spaCy resolves nothing: its resolution columns are "–", not a score of zero
    labels = {"own": "written passages", "newswire": "newswire passages", "geovirus": "GeoVirus", "gum-news": "GUM news"}
    systems = (("raw spaCy GPE+LOC+FAC", "raw_spacy"), ("newscore, NER-style", "newscore"),
               ("newscore, GeoWebNews-style", "newscore_geowebnews"),
               ("newscore, GeoWebNews-style, areas by GeoNames id", "newscore_by_id"))
    if not measured:
        rows.append(f"| | | {NOT_YET} | | | |")
    else:
        order = sorted(measured["sets"], key=lambda name: (list(labels).index(name) if name in labels else len(labels), name))
        for name in order:
            result = measured["sets"][name]
            label = f"{labels.get(name, name)}, {result['documents']} articles"
            for system, key in systems:
                scores = result.get(key)
                if not scores:
                    continue
                relaxed = scores["relaxed"]
                resolves = key != "raw_spacy"
                rows.append(
                    f"| {label} | {system} | {_n(scores['exact']['f1'])} "
                    f"| {_n(relaxed['precision'])} / {_n(relaxed['recall'])} / {_n(relaxed['f1'])} ({relaxed['gold']:,} places) "
                    f"| {_n(scores.get('accuracy_161km') if resolves else None)} "
                    f"| {_n(scores.get('country_accuracy') if resolves else None)} |"
                )
                label = ""
    table = "\n".join(rows) + "\n"
    if measured:
        table += (
            "\nNER-style leaves the `demonym` and `embedded` mentions out (of the gold too, where it marks"
            " them); GeoWebNews-style counts every mention. \"Areas by GeoNames id\" judges a gold country,"
            " continent or region given only by a point (GeoVirus: Wikipedia's) by the id of the same-named"
            " gazetteer area nearest that point, as GeoWebNews judges by GeoNames id, rather than by how far"
            " apart two conventions put one area's representative point."
            f" The gazetteer loaded in {_n(measured['gazetteer_seconds'], 2)} s in that run (once per process).\n"
        )
    return table + "\n" + _provenance(figures, "locations") + "\n"


def organizations(figures: Figures) -> str:
    measured = _get(figures, "organizations", "figures")
    rows = ["| set | kind | system | exact P / R / F1 | relaxed F1 |", "|---|---|---|---|---|"]
    labels = {"own": "written passages", "passages": "passages in five news styles", "gum-news": "GUM news"}
    systems = (("raw spaCy", "raw_spaCy"), ("newscore without the plugin", "newscore_without_organizations"),
               ("newscore with the plugin", "newscore_with_organizations"))
    if not measured:
        rows.append(f"| | | {NOT_YET} | | |")
    else:
        for name, result in measured["sets"].items():
            label = f"{labels.get(name, name)}, {result['documents']} articles"
            for kind in ("organization", "person", "location"):
                for system, key in systems:
                    scores = _get(result, key, kind)
                    if not scores or not scores["exact"]["gold"] or (kind == "organization" and "without" in key):
                        continue  # without the plugin nothing finds organisations: no row of zeros
                    exact = scores["exact"]
                    rows.append(
                        f"| {label} | {kind} | {system} | {_n(exact['precision'])} / {_n(exact['recall'])} / {_n(exact['f1'])} "
                        f"| {_n(scores['relaxed']['f1'])} |"
                    )
                    label = ""
    return "\n".join(rows) + "\n\n" + _provenance(figures, "organizations") + "\n"


def speed(figures: Figures) -> str:
    parts = []
    measured = _get(figures, "throughput", "figures", "throughput")
    if measured:
        parts.append(
            "| | articles/s | tokens/s |\n|---|---|---|\n"
            f"| raw `nlp.pipe` | {_n(measured['raw_articles_per_second'], 2)} | {measured['raw_tokens_per_second']:,} |\n"
            f"| `newscore.analyze_many` (all plugins) | {_n(measured['newscore_articles_per_second'], 2)} "
            f"| {measured['newscore_tokens_per_second']:,} |\n"
            f"| ratio by wall time / by CPU time | **{_n(measured['ratio'])}** / {_n(measured['ratio_cpu'])} | |\n"
            + (
                f"| against newscore's own parse alone (what the extractors add: "
                f"{measured['extractor_ms_per_article']} ms CPU per article) | {_n(measured['ratio_to_own_parse'])} "
                f"/ {_n(measured['ratio_to_own_parse_cpu'])} | |\n"
                if "ratio_to_own_parse" in measured
                else ""
            )
            + "\n"
            f"{measured['articles']} articles, {measured['tokens']:,} tokens; "
            + (
                f"the fastest of {measured['rounds']} interleaved rounds of each (median rounds: ratio "
                f"{_n(measured['ratio_median_rounds'])}; load average {measured['load_average']} when measured)."
                if "ratio_median_rounds" in measured
                else f"median of {measured['rounds']} interleaved rounds."
            )
        )
    else:
        parts.append(f"Throughput: {NOT_YET}.")
    start = _get(figures, "throughput", "figures", "startup")
    if start:
        parts.append(
            f"Start-up: `newscore --version` {_n(start['version_seconds'], 2)} s; `newscore analyze` on the seed "
            f"article writes its first record after {_n(start['first_record_seconds'], 2)} s."
        )
    else:
        parts.append(f"Start-up: {NOT_YET}.")
    parts.append(_startup_against_spacy(figures))
    scaling = _get(figures, "throughput", "figures", "scaling")
    if scaling:
        parts.append(
            "| processes | articles/s | speed-up |\n|---|---|---|\n"
            + "\n".join(f"| {row['processes']} | {_n(row['articles_per_second'], 2)} | {_n(row['speed_up'], 2)}× |" for row in scaling)
        )
    memory = _get(figures, "memory", "figures", "runs")
    if memory:
        parts.append(
            "| articles | peak RSS | time |\n|---|---|---|\n"
            + "\n".join(f"| {row['articles']:,} | {_n(row['peak_rss_mb'], 1)} MB | {_n(row['seconds'], 0)} s |" for row in memory)
        )
    else:
        parts.append(f"Peak memory over growing batches: {NOT_YET}.")
    return "\n\n".join(parts) + "\n\n" + _provenance(figures, "throughput", "startup", "memory") + "\n"


def _startup_against_spacy(figures: Figures) -> str:
    start = _get(figures, "startup", "figures")
    if not start:
        return f"Start-up against spaCy's own model load: {NOT_YET}."

    def spread(row: dict[str, float], digits: int) -> str:
        return f"{_n(row['median'], digits)} ({_n(row['low'], digits)}–{_n(row['high'], digits)})"

    return (
        "| median (lowest–highest) | spaCy model load | `newscore analyze` to first record | ratio |\n|---|---|---|---|\n"
        f"| CPU time, s | {spread(start['spacy_cpu'], 2)} | {spread(start['first_cpu'], 2)} | **{spread(start['ratio_cpu'], 2)}** |\n"
        f"| wall clock, s | {spread(start['spacy_wall'], 2)} | {spread(start['first_wall'], 2)} | **{spread(start['ratio_wall'], 2)}** |\n\n"
        f"{start['rounds']} interleaved rounds of fresh processes, `{start['model']}`, load average "
        f"{start['load_average']} when measured; the target is a ratio of at most {start['target_ratio']}."
    )


def corpus(figures: Figures) -> str:
    measured = _get(figures, "corpus", "figures")
    if not measured:
        return f"Corpus runs: {NOT_YET}.\n"
    rows = ["| run | articles | time | peak RSS |", "|---|---|---|---|"]
    whole = measured.get("end_to_end")
    if whole:
        rows.append(f"| `newscore analyze -f sqlite` ({_n(whole['database_mb'], 1)} MB database) | {measured['articles']:,} "
                    f"| {_n(whole['seconds'], 1)} s | {_n(whole['peak_rss_mb'], 1)} MB |")
    analysis = measured["analysis"]
    rows.append(f"| `newscore analyze -f jsonl` (the writers' input) | {measured['articles']:,} "
                f"| {_n(analysis['seconds'], 1)} s | {_n(analysis['peak_rss_mb'], 1)} MB |")
    for row in measured["writers"]:
        rows.append(f"| the {row['format']} writer alone | {row['articles']:,} | {_n(row['seconds'], 1)} s "
                    f"| {_n(row['peak_rss_mb'], 1)} MB |")
    queries = measured.get("queries", [])
    agree = sum(1 for query in queries if query["same"])
    engine = queries[0]["engine"] if queries else "–"
    text = "\n".join(rows) + (
        f"\n\nThe documented queries on SQLite and on Parquet (via {engine}): {agree} of {len(queries)} gave the same rows."
    )
    return text + "\n\n" + _provenance(figures, "corpus") + "\n"


SNIPPETS: dict[str, Callable[[Figures], str]] = {
    "summary.md": summary,
    "quotes.md": quotes,
    "locations.md": locations,
    "organizations.md": organizations,
    "speed.md": speed,
    "corpus.md": corpus,
}


def rendered(figures: Figures) -> dict[str, str]:
    """Each generated snippet's name and text."""
    header = "<!-- generated by benchmarks/figures.py from docs/generated/figures.json: do not edit -->\n"
    return {name: header + render(figures) for name, render in SNIPPETS.items()}


def readme_with(readme: str, figures: Figures) -> str:
    """The README with its block between the markers replaced by the summary."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README.md has no {START} … {END} block")
    return pattern.sub(lambda _: f"{START}\n{summary(figures)}{END}", readme)


def load() -> dict[str, Any]:
    return json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.exists() else {}


def write(figures: Figures) -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(figures, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    figures = load()  # render what the file holds (its keys sorted), as the tests do, not the order they were measured in
    for name, text in rendered(figures).items():
        (GENERATED / name).write_text(text, encoding="utf-8")
    README.write_text(readme_with(README.read_text(encoding="utf-8"), figures), encoding="utf-8")


if __name__ == "__main__":
    write(load())
    sys.exit(0)
