"""Pathological single inputs: does newscore's cost stay in line with spaCy's own on the same text?

Cases (built here, nothing read from the data sets):

* ``prose-3mb``: the seed article (seeds/putin-sco-wagner.txt) repeated to 3,000,000 characters;
* ``quotes-50k``: 50,000 ASCII quotation marks in one run;
* ``spaced-quotes-50k``: 50,000 quotation marks separated by spaces.

Each system runs in a fresh subprocess; its peak resident set size comes from
``os.wait4``'s rusage, and the seconds are measured inside it around the analysis only
(model and plugin data are loaded, and a short warm-up text analyzed, before the clock
starts): CPU seconds of the process (the ratio, steady on a shared machine) and wall-clock
seconds. Systems:

* ``raw``: spaCy alone, parsing exactly what newscore parses (the same pieces of at most
  ``CHUNK_CHARS`` characters, long runs tokenized in pieces) with ``nlp.pipe``: raw spaCy
  refuses a text over 1,000,000 characters and is quadratic on long runs, so the text
  whole is no baseline;
* ``newscore``: ``Pipeline().analyze(text)`` with every installed plugin.

    .venv/bin/python benchmarks/pathological.py [--cases prose-3mb,quotes-50k] [--profile CASE]

``--profile CASE`` runs newscore on one case under cProfile in this process and prints
the 25 most expensive functions (cumulative), to find what grows faster than the text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-sco-wagner.txt"
CASES = ("prose-3mb", "quotes-50k", "spaced-quotes-50k")
WARM_UP = "“We will win,” Volodymyr Zelensky said in Kyiv on Tuesday, according to Reuters."


def case_text(case: str) -> str:
    if case == "prose-3mb":
        seed = SEED.read_text(encoding="utf-8")
        return (seed + "\n\n") * (3_000_000 // (len(seed) + 2)) + seed[: 3_000_000 % (len(seed) + 2)]
    if case == "quotes-50k":
        return '"' * 50_000
    if case == "spaced-quotes-50k":
        return '" ' * 50_000
    raise SystemExit(f"unknown case {case!r}; choose from {', '.join(CASES)}")


def _raw(text: str) -> float:
    from newscore.pipeline import CHUNK_CHARS, CHUNK_TOKENS, Pipeline, _tokenizable
    from newscore.text.chunks import cut_points

    nlp = Pipeline().nlp
    list(nlp.pipe([WARM_UP]))
    started = time.process_time()
    pieces = [text[start:end] for start, end in cut_points(text, CHUNK_CHARS, CHUNK_TOKENS)]
    for _ in nlp.pipe((_tokenizable(nlp, piece) for piece in pieces), batch_size=1):
        pass
    return time.process_time() - started


def _newscore(text: str) -> float:
    from newscore.pipeline import Pipeline

    pipeline = Pipeline(time_budget=None)
    pipeline.analyze(WARM_UP)  # the model and every plugin's data loaded before timing
    started = time.process_time()
    analysis = pipeline.analyze(text)
    seconds = time.process_time() - started
    if analysis.errors:
        print(f"errors: {[str(error) for error in analysis.errors][:3]}", file=sys.stderr)
    return seconds


def _child(case: str, system: str) -> None:
    text = case_text(case)
    wall = time.perf_counter()
    seconds = (_raw if system == "raw" else _newscore)(text)
    print(json.dumps({"seconds": seconds, "wall": time.perf_counter() - wall}))


def _measure(case: str, system: str) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of one system on one case, in a fresh process."""
    command = [sys.executable, __file__, "--child", case, system]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{system} on {case} failed:\n{err[-3000:]}")
    if err.strip():
        print(err.strip(), file=sys.stderr)
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
    return json.loads(out.strip().splitlines()[-1])["seconds"], usage.ru_maxrss * scale / 1e6


def _profile(case: str) -> None:
    import cProfile
    import pstats

    from newscore.pipeline import Pipeline

    text = case_text(case)
    pipeline = Pipeline(time_budget=None)
    pipeline.analyze(WARM_UP)
    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.analyze(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--profile", metavar="CASE")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "SYSTEM"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    if args.profile:
        _profile(args.profile)
        return
    for case in args.cases.split(","):
        text = case_text(case)
        raw_seconds, raw_mb = _measure(case, "raw")
        seconds, mb = _measure(case, "newscore")
        print(
            f"{case:18} {len(text):>9,} chars: raw spaCy {raw_seconds:7.1f} CPU s {raw_mb:6.0f} MB peak;"
            f" newscore {seconds:7.1f} CPU s {mb:6.0f} MB peak; time ratio {seconds / raw_seconds:.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
