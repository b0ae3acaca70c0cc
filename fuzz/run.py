"""The long fuzz run: hypothesis with many examples over readers, pipeline and every plugin.

    .venv/bin/python fuzz/run.py                 # 2,000 examples per property (about 15-30 min)
    .venv/bin/python fuzz/run.py --examples 300  # a quicker pass
    .venv/bin/python fuzz/run.py --long          # also time a 5 MB article with the real model

It runs the property tests of ``tests/test_hostile.py`` with ``NEWSCORE_FUZZ_EXAMPLES`` set
and the extra targets in ``fuzz/test_fuzz.py`` (kept out of the default test run because
``fuzz/`` is not in pytest's test paths). Failures are shrunk by hypothesis and kept in
its example database (``.hypothesis/``), so a rerun replays them first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPERTIES = "never or validly or pieces or survives or tile"


def _long_article() -> None:
    """Analyze a ~5 MB article with every installed plugin and print time and peak memory."""
    import resource

    from newscore import Pipeline

    seed = (ROOT / "seeds" / "putin-sco-wagner.txt").read_text(encoding="utf-8")
    text = "\n\n".join([seed] * (5_000_000 // len(seed)))
    pipeline = Pipeline()
    pipeline.nlp  # noqa: B018 - load before timing
    started = time.perf_counter()
    analysis = pipeline.analyze(text)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"5 MB article: {len(text):,} characters in {seconds:.1f} s, peak RSS {peak:.0f} MB, "
          f"{len(analysis.entities)} entities, {len(analysis.quotes)} quotes, {len(analysis.errors)} errors")
    for error in analysis.errors[:5]:
        print(f"  error: {error.plugin}: {error.message}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property (default 2000)")
    parser.add_argument("--long", action="store_true", help="also analyze a 5 MB article with the real model")
    args = parser.parse_args()
    env = {**os.environ, "NEWSCORE_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
               "tests/test_hostile.py", "-k", PROPERTIES, "fuzz/test_fuzz.py"]
    started = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT, env=env)
    print(f"fuzz run: {args.examples} examples per property, {time.perf_counter() - started:.0f} s, exit {code}")
    if args.long:
        _long_article()
    return code


if __name__ == "__main__":
    sys.exit(main())
