"""Peak memory of a streaming `newscore analyze` batch: does it stay flat as the batch grows?

Writes synthetic JSON Lines batches (variations of seeds/putin-sco-wagner.txt: random
runs of its paragraphs, seeded so runs are repeatable), runs the CLI on each in a
subprocess and reads that subprocess's peak resident set size from os.wait4's rusage.

    .venv/bin/python benchmarks/memory.py [--sizes 1000,10000] [--paragraphs 1] [--processes 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from _common import peak_rss

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-sco-wagner.txt"


def write_batch(path: Path, count: int, paragraphs: int, seed: int = 6) -> int:
    """``count`` articles of ``paragraphs`` consecutive seed paragraphs each; returns the characters written."""
    blocks = [block.strip() for block in SEED.read_text(encoding="utf-8").split("\n\n") if len(block.strip()) > 80]
    chooser = random.Random(seed)
    characters = 0
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(count):
            start = chooser.randrange(len(blocks))
            text = "\n\n".join(blocks[(start + k) % len(blocks)] for k in range(paragraphs))
            characters += len(text)
            stream.write(json.dumps({"id": f"synthetic-{number}", "text": text}, ensure_ascii=False) + "\n")
    return characters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--paragraphs", type=int, default=1, help="seed paragraphs per synthetic article")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json-out", type=Path, metavar="FILE", help="write the figures as JSON to FILE")
    args = parser.parse_args()
    rows = []
    newscore = str(Path(sys.executable).parent / "newscore")
    with tempfile.TemporaryDirectory() as scratch:
        for size in (int(n) for n in args.sizes.split(",")):
            batch, out = Path(scratch) / f"in-{size}.jsonl", Path(scratch) / f"out-{size}.jsonl"
            characters = write_batch(batch, size, args.paragraphs)
            command = [newscore, "analyze", str(batch), "-f", "jsonl", "-o", str(out), "--no-progress",
                       "--processes", str(args.processes), "--batch-size", str(args.batch_size)]
            megabytes, seconds = peak_rss(command)
            with open(out, encoding="utf-8") as records:
                lines = sum(1 for _ in records)
            print(f"{size:7,} articles ({characters / 1e6:.1f} M characters in, {out.stat().st_size / 1e6:.1f} MB out,"
                  f" {lines:,} records): peak RSS {megabytes:7.1f} MB, {seconds:6.1f} s,"
                  f" {size / seconds:.1f} articles/s (processes={args.processes})")
            rows.append({"articles": size, "peak_rss_mb": round(megabytes, 1), "seconds": round(seconds, 1),
                         "processes": args.processes})
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps({"runs": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
