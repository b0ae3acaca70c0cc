"""A corpus end to end: analyse N real articles into SQLite and Parquet, compare the documented
queries on both, measure the writers' peak memory as the corpus grows, and draw the report.

Input: the dev-data texts (``../shared/dev-data/*.jsonl``, or ``$NEWSCORE_DEV_DATA``), PolNeAR's
first, repeated with distinct ids when N is larger than they are. PolNeAR ids carry the
publisher and the date (``polnear-train-breitbart_2015-11-11_…``): they become ``source`` and
``published_at``; the Wikinews sets get ``source`` "Wikinews" and no date. Nothing is copied
into the repository: inputs and outputs live in a scratch directory (or ``--keep DIR``).

    .venv/bin/python benchmarks/corpus.py [--articles 1000] [--writer-sizes 1000,5000]
                                          [--screenshot docs/img/report.png]

Steps, each in a subprocess whose peak RSS is read from os.wait4:
1. ``newscore analyze in.jsonl --format sqlite -o corpus.db`` (the end-to-end time; with
   ``--skip-end-to-end`` corpus.db is written from the analyses of step 2 instead, which saves
   one analysis of the corpus);
2. ``newscore analyze in.jsonl --format jsonl`` once, then the SQLite and the Parquet writers
   alone, fed those analyses repeated to each of ``--writer-sizes`` articles (distinct ids):
   flat memory means the peak does not grow with the corpus;
3. the example queries of docs/corpus.md on corpus.db and on the Parquet files (DuckDB when it is
   installed, else the Parquet tables loaded into SQLite through pyarrow), compared;
4. ``newscore report corpus.db -o report.html``, and a Chromium screenshot of it if asked.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import peak_rss

ROOT = Path(__file__).resolve().parent.parent
#: ``../shared/dev-data`` beside the repository (or beside the folder of a git worktree), or $NEWSCORE_DEV_DATA.
DEV_DATA = Path(
    os.environ.get("NEWSCORE_DEV_DATA")
    or next((p for p in (ROOT.parent / "shared" / "dev-data", ROOT.parent.parent / "shared" / "dev-data") if p.is_dir()),
            ROOT.parent / "shared" / "dev-data")
)
_DEV_SETS = ("polnear-train.jsonl", "gum-news.jsonl", "geovirus.jsonl")
_POLNEAR_ID = re.compile(r"polnear-train-([a-z-]+?)_(\d{4}-\d{2}-\d{2})_")
_OUTLETS = {
    "breitbart": "Breitbart", "huff-post": "Huffington Post", "nyt": "New York Times", "politico": "Politico",
    "usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism",
}

# The writer alone, in a child process: analyses from JSON Lines, repeated with distinct ids.
_WRITER = """
import itertools, json, sys
from newscore import Analysis
from newscore.exporters.{module} import {function} as write
source, count, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def analyses():
    for round_number in itertools.count():
        with open(source, encoding="utf-8") as stream:
            for line in stream:
                data = json.loads(line)
                data["article"]["id"] = f"{{data['article']['id']}}#{{round_number}}"
                yield Analysis.from_dict(data)

write(itertools.islice(analyses(), count), target)
"""


def _record(line: str, round_number: int) -> str:
    data = json.loads(line)
    record = {"id": f"{data['id']}#{round_number}", "text": data["text"], "source": "Wikinews"}
    match = _POLNEAR_ID.match(data["id"])
    if match:
        record |= {"source": _OUTLETS.get(match.group(1), match.group(1)), "published_at": f"{match.group(2)}T12:00:00+00:00"}
    return json.dumps(record, ensure_ascii=False) + "\n"


def build_input(path: Path, count: int) -> int:
    """``count`` articles from the dev sets, repeated with distinct ids; returns the characters written."""
    lines = [line for name in _DEV_SETS for line in (DEV_DATA / name).read_text(encoding="utf-8").splitlines() if line]
    characters = 0
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(count):
            record = _record(lines[number % len(lines)], number // len(lines))
            characters += len(json.loads(record)["text"])
            stream.write(record)
    return characters


def run(command: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of ``command``; exit code 1 (some inputs could not be read) is fine."""
    return peak_rss(command, accept=(0, 1))


def _queries() -> list[str]:
    page = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    return re.findall(r"^```sql\n(.*?)^```", page, re.M | re.S)


def _parquet_engine(directory: Path):
    """A connection that runs SQL on the Parquet tables: DuckDB's views if installed, else SQLite."""
    tables = [path.stem for path in directory.glob("*.parquet") if path.stem != "meta"]
    try:
        import duckdb
    except ImportError:
        import pyarrow.parquet as pq

        connection = sqlite3.connect(":memory:")
        for name in tables:
            data = pq.read_table(directory / f"{name}.parquet")
            connection.execute(f"CREATE TABLE {name} ({', '.join(data.column_names)})")
            rows = zip(*(data.column(column).to_pylist() for column in data.column_names))
            connection.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * data.num_columns)})", rows)
        return "sqlite (tables loaded through pyarrow)", connection
    connection = duckdb.connect()
    for name in tables:
        connection.execute(f"CREATE VIEW {name} AS SELECT * FROM '{directory / name}.parquet'")
    return f"duckdb {duckdb.__version__}", connection


def compare_queries(database: Path, parquet: Path) -> list[dict]:
    engine, other = _parquet_engine(parquet)
    sqlite = sqlite3.connect(database)
    results = []
    for number, query in enumerate(_queries(), start=1):
        started = time.perf_counter()
        from_sqlite = sqlite.execute(query).fetchall()
        sqlite_seconds = time.perf_counter() - started
        from_parquet = other.execute(query).fetchall()
        verdict = "same" if from_sqlite == from_parquet else "DIFFERENT"
        first = query.strip().splitlines()[0][:70]
        print(f"  query {number} ({first}…): {len(from_sqlite)} rows, {verdict} on Parquet via {engine};"
              f" {sqlite_seconds * 1000:.0f} ms in SQLite; first row {from_sqlite[:1]}")
        results.append({"query": number, "rows": len(from_sqlite), "same": from_sqlite == from_parquet,
                        "engine": engine, "sqlite_ms": round(sqlite_seconds * 1000, 1)})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--writer-sizes", default="1000,5000")
    parser.add_argument("--screenshot", type=Path, help="save a Chromium screenshot of the report here")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep its files")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    parser.add_argument("--skip-end-to-end", action="store_true",
                        help="analyse once (to JSON Lines) and build corpus.db from those analyses with the writer")
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    newscore = str(bin_dir / "newscore")
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="newscore-corpus-"))
    scratch.mkdir(parents=True, exist_ok=True)
    measured: dict = {"articles": args.articles, "writers": []}
    try:
        source = scratch / "in.jsonl"
        characters = build_input(source, args.articles)
        print(f"input: {args.articles:,} articles, {characters / 1e6:.1f} M characters, from {DEV_DATA.name}/")

        database, analyses = scratch / "corpus.db", scratch / "analyses.jsonl"
        if not args.skip_end_to_end:
            database.unlink(missing_ok=True)
            rss, seconds = run([newscore, "analyze", str(source), "-f", "sqlite", "-o", str(database), "--no-progress"])
            print(f"analyze -f sqlite: {seconds:.1f} s ({args.articles / seconds:.1f} articles/s), peak RSS {rss:.1f} MB,"
                  f" {database.stat().st_size / 1e6:.1f} MB database")
            measured["end_to_end"] = {"seconds": round(seconds, 1), "peak_rss_mb": round(rss, 1),
                                      "database_mb": round(database.stat().st_size / 1e6, 1)}
        rss, seconds = run([newscore, "analyze", str(source), "-f", "jsonl", "-o", str(analyses), "--no-progress"])
        print(f"analyze -f jsonl:  {seconds:.1f} s ({args.articles / seconds:.1f} articles/s), peak RSS {rss:.1f} MB"
              " (the analyses the writers below are fed)")
        measured["analysis"] = {"seconds": round(seconds, 1), "peak_rss_mb": round(rss, 1)}
        if args.skip_end_to_end:  # the corpus database from those analyses, by the writer alone
            database.unlink(missing_ok=True)
            script = _WRITER.format(module="sqlite", function="write_corpus").replace("#{round_number}", "")
            run([sys.executable, "-c", script, str(analyses), str(args.articles), str(database)])

        for size in (int(n) for n in args.writer_sizes.split(",")):
            for module, function, target in (("sqlite", "write_corpus", scratch / f"w{size}.db"),
                                             ("parquet", "write_parquet", scratch / f"w{size}")):
                if target.is_dir():
                    shutil.rmtree(target)
                target.unlink(missing_ok=True)
                script = _WRITER.format(module=module, function=function)
                rss, seconds = run([sys.executable, "-c", script, str(analyses), str(size), str(target)])
                print(f"writer {module:7} {size:6,} articles: peak RSS {rss:6.1f} MB, {seconds:6.1f} s")
                measured["writers"].append({"format": module, "articles": size, "peak_rss_mb": round(rss, 1),
                                            "seconds": round(seconds, 1)})

        parquet = scratch / "corpus-parquet"
        shutil.rmtree(parquet, ignore_errors=True)
        script = _WRITER.format(module="parquet", function="write_parquet").replace('#{round_number}', '')
        run([sys.executable, "-c", script, str(analyses), str(args.articles), str(parquet)])
        print("documented queries, SQLite against Parquet:")
        measured["queries"] = compare_queries(database, parquet)

        report = scratch / "report.html"
        rss, seconds = run([newscore, "report", str(database), "-o", str(report), "--title",
                            f"Corpus report: {args.articles:,} news articles"])
        print(f"report: {seconds:.1f} s, {report.stat().st_size / 1e3:.0f} kB, peak RSS {rss:.1f} MB")
        if args.screenshot:
            chromium = shutil.which("chromium") or shutil.which("chromium-browser")
            if chromium is None:
                sys.exit("chromium is not installed: no screenshot")
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={scratch / 'chromium'}", "--window-size=1000,3720", "--hide-scrollbars",
                 f"--screenshot={args.screenshot.resolve()}", report.as_uri()],
                check=True, capture_output=True, timeout=120,
            )
            print(f"screenshot: {args.screenshot}")
        if args.json_out:
            args.json_out.parent.mkdir(parents=True, exist_ok=True)
            args.json_out.write_text(json.dumps(measured, indent=1) + "\n", encoding="utf-8")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
