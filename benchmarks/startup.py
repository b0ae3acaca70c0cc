"""Start-up: the first record of `newscore analyze SEED` against spaCy's own model load, in one run.

Each round starts, one after the other, two fresh interpreters:

- spaCy alone: ``import spacy; spacy.load(MODEL)`` (the time a spaCy user waits for a model);
- newscore: ``newscore analyze seeds/putin-sco-wagner.txt --format jsonl``, timed until its
  first record arrives on standard output.

Both are timed on the wall clock and by CPU time (user + system of the child, which a busy
machine disturbs less). Rounds alternate so noise hits both alike; the median round and the
spread (lowest-highest) of each figure and of the ratio newscore / spaCy are printed. The
issue's target: a ratio of at most 1.6.

    .venv/bin/python benchmarks/startup.py [--rounds 5] [--model NAME] [--json-out FILE]

``make bench`` runs it (``benchmarks/run.py``) and shows its figures on the scaling page.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-sco-wagner.txt"
TARGET = 1.6


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], *, until_first_line: bool) -> tuple[float, float]:
    """(wall seconds until the first output line, or the end; CPU seconds of the whole child)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as child:
        assert child.stdout is not None
        if until_first_line:
            first = child.stdout.readline()
            wall = time.perf_counter() - started
            if not first:
                raise RuntimeError(f"{command} wrote nothing: {child.stderr.read().decode() if child.stderr else ''}")
            child.stdout.read()
        child.wait()
        if not until_first_line:
            wall = time.perf_counter() - started
        if child.returncode != 0:
            raise RuntimeError(f"{command} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return wall, _children_cpu() - cpu_before


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})"


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 2), "low": round(min(values), 2), "high": round(max(values), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", help="spaCy pipeline (default: the one newscore uses)")
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()

    from newscore.nlp import resolve_model_name

    model = args.model or resolve_model_name()
    spacy_command = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    newscore_command = [sys.executable, "-m", "newscore", "analyze", str(SEED), "--format", "jsonl", "--no-progress"]
    newscore_command += ["--model", model]
    environment = os.environ.copy()
    print(f"model {model}; {args.rounds} rounds; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    rows: dict[str, list[float]] = {key: [] for key in ("spacy_wall", "spacy_cpu", "first_wall", "first_cpu")}
    for round_number in range(1, args.rounds + 1):
        os.environ.update(environment)
        spacy_wall, spacy_cpu = _timed(spacy_command, until_first_line=False)
        first_wall, first_cpu = _timed(newscore_command, until_first_line=True)
        for key, value in zip(rows, (spacy_wall, spacy_cpu, first_wall, first_cpu)):
            rows[key].append(value)
        print(
            f"  round {round_number}: spaCy load {spacy_wall:.2f} s wall, {spacy_cpu:.2f} s CPU; "
            f"newscore first record {first_wall:.2f} s wall, {first_cpu:.2f} s CPU; "
            f"ratio {first_wall / spacy_wall:.2f} wall, {first_cpu / spacy_cpu:.2f} CPU"
        )
    wall_ratios = [f / s for f, s in zip(rows["first_wall"], rows["spacy_wall"])]
    cpu_ratios = [f / s for f, s in zip(rows["first_cpu"], rows["spacy_cpu"])]
    print(f"spaCy model load (s):            wall {_spread(rows['spacy_wall'])}; CPU {_spread(rows['spacy_cpu'])}")
    print(f"newscore to first record (s):    wall {_spread(rows['first_wall'])}; CPU {_spread(rows['first_cpu'])}")
    print(f"ratio newscore / spaCy:          wall {_spread(wall_ratios)}; CPU {_spread(cpu_ratios)}")
    verdict = "within" if statistics.median(wall_ratios) <= TARGET else "over"
    print(f"target: ratio at most {TARGET} -> median wall ratio is {verdict} it")
    if args.json_out:
        figures = {
            "model": model,
            "rounds": args.rounds,
            "load_average": round(os.getloadavg()[0], 1),
            "target_ratio": TARGET,
            **{key: _summary(values) for key, values in rows.items()},
            "ratio_wall": _summary(wall_ratios),
            "ratio_cpu": _summary(cpu_ratios),
        }
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
