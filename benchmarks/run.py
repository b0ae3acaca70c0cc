"""Run the benchmarks and write the figures the README and the docs show (``make bench``).

Each benchmark runs in its own process with ``--json-out``; what it measured goes into
``docs/generated/figures.json`` with the command and the date, and ``benchmarks/figures.py``
renders the snippets under ``docs/generated/`` and the README's figures block from it.
A benchmark that fails keeps its previous figures and the run says so.

    python benchmarks/run.py                       # everything (about 15–30 minutes on 2 cores; --list shows each one)
    python benchmarks/run.py --only quotes,organizations
    python benchmarks/run.py --list

The quotes benchmark compares with textacy when it is installed (``pip install textacy``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import figures

ROOT = Path(__file__).resolve().parent.parent
_SYSTEMS = "newscore,textacy,baseline" if importlib.util.find_spec("textacy") else "newscore,baseline"

#: name -> (arguments after `python`, about how long it takes on the 2-core development machine)
BENCHMARKS: dict[str, tuple[list[str], str]] = {
    # the main quotes benchmark: 840 real articles from ../shared/dev-data (first run parses them: ~6 min)
    "quotes_polnear": (["benchmarks/quotes.py", "--set", "polnear-train", "--systems", "newscore"], "1–6 min"),
    "quotes": (["benchmarks/quotes.py", "--seed", "--systems", _SYSTEMS], "1–2 min"),
    "quotes_fresh": (["benchmarks/quotes.py", "--gold", "benchmarks/data/quotes_fresh.jsonl", "--systems", "newscore"], "1 min"),
    "quotes_heldback": (["benchmarks/quotes.py", "--gold", "benchmarks/data/quotes_heldback.jsonl", "--systems", _SYSTEMS], "1 min"),
    "organizations": (["benchmarks/organizations.py"], "1–2 min"),
    "locations": (["benchmarks/locations.py"], "3–5 min"),
    # GUM's person gold cut to CoNLL-style names (names_only.py), and the written CoNLL-style passages
    "people": (["benchmarks/people.py", "--set", "gum-news-names", "--set", "passages"], "1 min"),
    "startup": (["benchmarks/startup.py", "--rounds", "5"], "1–3 min"),
    # the first 254 articles (the seed, GeoVirus, GUM): the same set as every earlier throughput figure
    "throughput": (["benchmarks/throughput.py", "--rounds", "3", "--limit", "254", "--processes", "1,2"], "6–9 min"),
    "memory": (["benchmarks/memory.py", "--sizes", "1000,10000"], "7–10 min"),
    "corpus": (["benchmarks/corpus.py", "--articles", "1000", "--writer-sizes", "1000,5000"], "25–40 min"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated, from: {', '.join(BENCHMARKS)}")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and how long each takes")
    args = parser.parse_args()
    if args.list:
        for name, (command, duration) in BENCHMARKS.items():
            print(f"{name:16} {duration:>10}  python {' '.join(command)}")
        return 0
    chosen = [name.strip() for name in args.only.split(",")] if args.only else list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmarks {unknown}; choose from {', '.join(BENCHMARKS)}")
    measured = figures.load()
    failed = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in chosen:
            command, _ = BENCHMARKS[name]
            out = Path(scratch) / f"{name}.json"
            print(f"\n=== {name}: python {' '.join(command)}", flush=True)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, *command, "--json-out", str(out)], cwd=ROOT)
            print(f"=== {name}: {time.perf_counter() - started:.0f} s", flush=True)
            if result.returncode != 0 or not out.exists():
                failed.append(name)
                continue
            measured[name] = {
                "command": "python " + " ".join(command),
                "measured": dt.date.today().isoformat(),
                "figures": json.loads(out.read_text(encoding="utf-8")),
            }
            figures.write(measured)  # after each benchmark: a long run interrupted keeps what it measured
    figures.write(measured)
    if failed:
        print(f"failed (previous figures kept): {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
