"""The ``newscore`` command line: ``analyze``, ``plugins``, ``eval``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newscore.model import Analysis, Article
from newscore.readers import ReadFailure

__all__ = ["main"]

_EXIT_OK, _EXIT_SOME_FAILED, _EXIT_USAGE = 0, 1, 2


class _UserError(Exception):
    """A problem the user can fix; printed as one line, without a traceback."""


def _version() -> str:
    from newscore import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscore", description="Turn news articles into structured facts: quotes, places, organisations."
    )
    parser.add_argument("--version", action="version", version=f"newscore {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyze articles and write what was found")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, glob patterns, or - for stdin")
    analyze.add_argument("--format", "-f", default="table", help="output format: table (default), json, jsonl, …")
    analyze.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    analyze.add_argument("--model", help="spaCy pipeline to parse with (default: $NEWSCORE_MODEL or en_core_web_sm)")
    analyze.add_argument("--processes", "-p", type=int, default=1, metavar="N", help="parse with N processes")
    analyze.add_argument("--batch-size", type=int, default=32, metavar="N", help="articles per spaCy batch")
    analyze.add_argument(
        "--resume", action="store_true", help="skip articles already in --output (JSON Lines) and append the rest"
    )
    progress = analyze.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")

    commands.add_parser("plugins", help="list installed plugins and what they provide")

    evaluate = commands.add_parser("eval", help="score newscore against gold annotations (JSONL)")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--kinds", help="comma-separated quote kinds to score, e.g. direct,mixed")
    evaluate.add_argument("--format", "-f", choices=("table", "json"), default="table")
    evaluate.add_argument("--model", help="spaCy pipeline to parse with")
    return parser


# --- analyze -------------------------------------------------------------------------------


def _done_ids(path: Path) -> set[str]:
    """Article ids already written to a JSON Lines output; a torn last line is cut off."""
    if not path.exists():
        return set()
    done: set[str] = set()
    good_length = 0
    with open(path, "rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            article_id = (record.get("article") or {}).get("id") if isinstance(record, dict) else None
            if article_id is not None:
                done.add(article_id)
            good_length += len(line)
    if good_length != path.stat().st_size:
        with open(path, "r+b") as stream:
            stream.truncate(good_length)
    return done


def _articles(
    items: Iterable[Article | ReadFailure], failures: list[ReadFailure], skip: set[str]
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, ReadFailure):
            failures.append(item)
            print(f"newscore: {item}", file=sys.stderr)
        elif item.id is None or item.id not in skip:
            yield item


def _with_errors_reported(analyses: Iterable[Analysis]) -> Iterator[Analysis]:
    for analysis in analyses:
        for error in analysis.errors:
            print(f"newscore: {analysis.article.id or 'article'}: {error.plugin} failed: {error.message}", file=sys.stderr)
        yield analysis


def _progress(analyses: Iterable[Analysis], enabled: bool) -> Iterable[Analysis]:
    if not enabled:
        return analyses
    from tqdm import tqdm

    return tqdm(analyses, desc="analyzing", unit=" articles", file=sys.stderr, dynamic_ncols=True)


def _run_analyze(args: argparse.Namespace) -> int:
    from newscore.pipeline import Pipeline
    from newscore.readers import read_all

    pipeline = Pipeline(model=args.model)
    exporters = {exporter.name: exporter for exporter in pipeline.plugins.exporters()}
    exporter = exporters.get(args.format)
    if exporter is None:
        raise _UserError(f"unknown format {args.format!r}; choose one of {', '.join(sorted(exporters))}")
    if args.processes < 1 or args.batch_size < 1:
        raise _UserError("--processes and --batch-size must be at least 1")
    skip: set[str] = set()
    if args.resume:
        if not args.output or args.format != "jsonl":
            raise _UserError("--resume needs --output FILE and --format jsonl")
        skip = _done_ids(Path(args.output))
    failures: list[ReadFailure] = []
    articles = _articles(read_all(args.paths, plugins=pipeline.plugins), failures, skip)
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    analyses = _with_errors_reported(
        pipeline.analyze_many(articles, n_process=args.processes, batch_size=args.batch_size)
    )
    stream: TextIO
    if args.output:
        mode = "a" if args.resume else "w"
        with open(args.output, mode, encoding="utf-8") as stream:
            exporter.write(_progress(analyses, show_progress), stream)
    else:
        exporter.write(_progress(analyses, show_progress), sys.stdout)
    if failures:
        print(f"newscore: {len(failures)} input(s) could not be read", file=sys.stderr)
    return _EXIT_SOME_FAILED if failures else _EXIT_OK


# --- plugins and eval ----------------------------------------------------------------------


def _run_plugins(args: argparse.Namespace) -> int:
    from newscore.pipeline import Pipeline

    pipeline = Pipeline()
    plugins = pipeline.plugins
    print("plugins:")
    for name in plugins.names():
        dist = plugins.distribution(name)
        origin = f"{dist[0]} {dist[1]}" if dist else f"newscore {_version()}" if name == "core" else "registered"
        print(f"  {name:16} {origin}")
    print("extractors (in run order):")
    for extractor in pipeline.extractors:
        needs = ", ".join(extractor.needs) or "-"
        provides = ", ".join(extractor.provides) or "-"
        print(f"  {extractor.name:16} v{getattr(extractor, 'version', '?'):8} needs {needs}; provides {provides}")
    print("readers: " + ", ".join(sorted({s for reader in plugins.readers() for s in reader.suffixes})))
    print("formats: " + ", ".join(exporter.name for exporter in plugins.exporters()))
    disabled = sorted(plugins.disabled)
    if disabled:
        print("disabled: " + ", ".join(disabled))
    for problem in pipeline.problems:
        print(f"problem: {problem}")
    return _EXIT_OK


def _run_eval(args: argparse.Namespace) -> int:
    from newscore.evaluation import evaluate, load_gold
    from newscore.pipeline import Pipeline

    try:
        gold = load_gold(args.gold)
    except OSError as error:
        raise _UserError(f"cannot read {args.gold}: {error.strerror or error}") from None
    except ValueError as error:
        raise _UserError(str(error)) from None
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()] if args.kinds else None
    report = evaluate(gold, pipeline=Pipeline(model=args.model), quote_kinds=kinds)
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.format_table())
    return _EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage error)."""
    from newscore.models import ModelNotFoundError

    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return _EXIT_USAGE
    runners = {"analyze": _run_analyze, "plugins": _run_plugins, "eval": _run_eval}
    try:
        return runners[args.command](args)
    except (_UserError, ModelNotFoundError) as error:
        print(f"newscore: error: {error}", file=sys.stderr)
        return _EXIT_USAGE
    except BrokenPipeError:  # e.g. `newscore analyze … | head`
        sys.stderr.close()
        return _EXIT_OK
    except KeyboardInterrupt:
        print("newscore: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
