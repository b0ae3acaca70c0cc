"""The ``newscore`` command line: ``analyze``, ``plugins``, ``eval``."""

from __future__ import annotations

import argparse
import collections
import contextlib
import errno
import io
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from newscore.cli_settings import add_settings_arguments, pipeline_with_options
from newscore.errors import ExportError, OutputError
from newscore.exporters.json import completed_ids
from newscore.exporters.output import STDOUT_NAME, GuardedText, OutputStream, output_error
from newscore.exporters.writing import export, export_to_path
from newscore.model import Analysis, Article, ReadFailure
from newscore.protocols import Exporter

if TYPE_CHECKING:
    from newscore.pipeline import Pipeline
    from newscore.protocols import PathExporter
    from newscore.runners.dask import DaskRun

__all__ = ["main"]

_EXIT_OK, _EXIT_SOME_FAILED, _EXIT_USAGE, _EXIT_OUTPUT = 0, 1, 2, 3
_LOCAL_CLUSTER = "local"
#: Said without importing spaCy (the CLI starts fast); the order of ``newscore.nlp.DEFAULT_MODELS``.
#: OSErrors that mean "standard output cannot take more": a closed pipe, a full disk, a quota.
_WRITE_ERRNOS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
#: A Dask scheduler address: tcp://host:port, host:port, [::1]:port …
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?[\w.\-]*(?:\[[0-9a-fA-F:]+\])?[\w.\-]*:\d{1,5}/?")


class _UserError(Exception):
    """A problem the user can fix; printed as one line, without a traceback."""


def _version() -> str:
    from newscore import __version__

    return __version__


def _default_model() -> str:
    """The pipeline ``--model`` defaults to here, said as it is chosen."""
    from newscore.errors import ModelNotFoundError
    from newscore.nlp import DEFAULT_MODELS, resolve_model_name

    try:
        chosen = resolve_model_name()
    except ModelNotFoundError:
        chosen = "none installed"
    rule = ", else ".join([*(f"{name} if installed" for name in DEFAULT_MODELS[:-1]), DEFAULT_MODELS[-1]])
    return f"here {chosen}: $NEWSCORE_MODEL, else {rule}"


class _HelpFormatter(argparse.HelpFormatter):
    """Fills in ``{default_model}`` only when help is shown, so other commands never look for models."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return text.replace("{default_model}", _default_model()) if text and "{default_model}" in text else text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscore", description="Turn news articles into structured facts: quotes, places, organisations."
    )
    parser.add_argument("--version", action="version", version=f"newscore {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze", help="analyze articles and write what was found", formatter_class=_HelpFormatter
    )
    analyze.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, glob patterns, or - for stdin")
    analyze.add_argument("--format", "-f", default="table", help="output format: table (default), json, jsonl, …")
    analyze.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    analyze.add_argument("--model", help="spaCy pipeline to parse with (default {default_model})")
    add_settings_arguments(analyze)
    analyze.add_argument(
        "--processes", "-p", type=int, default=1, metavar="N", help="analyze in N worker processes (-1: one per CPU)"
    )
    analyze.add_argument(
        "--batch-size", type=int, default=32, metavar="N", help="articles per spaCy batch and per worker task"
    )
    analyze.add_argument(
        "--dask",
        nargs="?",
        const=_LOCAL_CLUSTER,
        metavar="ADDRESS",
        help="run on Dask: a local cluster, or the scheduler at ADDRESS (tcp://host:8786); needs --output",
    )
    analyze.add_argument(
        "--workers", type=int, metavar="N", help="with --dask and no ADDRESS: local Dask workers (default: one per CPU)"
    )
    analyze.add_argument(
        "--resume", action="store_true", help="skip articles already in --output (jsonl or sqlite) and add the rest"
    )
    progress = analyze.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")
    _add_limit_options(analyze)

    commands.add_parser("plugins", help="list installed plugins and what they provide")

    report = commands.add_parser("report", help="write a corpus database's figures as one self-contained HTML page")
    report.add_argument("corpus", metavar="CORPUS.db", help="a corpus written by `newscore analyze --format sqlite`")
    report.add_argument("--output", "-o", metavar="FILE", required=True, help="the HTML page to write")
    report.add_argument("--top", type=int, default=20, metavar="N", help="bars in each ranking (default 20)")
    report.add_argument("--title", help="the page's title (default: from the database's file name)")

    evaluate = commands.add_parser(
        "eval", help="score newscore against gold annotations (JSONL)", formatter_class=_HelpFormatter
    )
    evaluate.add_argument(
        "gold", metavar="GOLD.jsonl", help="gold documents, one JSON object per line (or a seed-style gold .json file)"
    )
    evaluate.add_argument("--kinds", help="comma-separated quote kinds to score, e.g. direct,mixed")
    evaluate.add_argument("--format", "-f", choices=("table", "json"), default="table")
    evaluate.add_argument("--model", help="spaCy pipeline to parse with (default {default_model})")
    add_settings_arguments(evaluate)
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 or more (0: no limit), got {value!r}")
    return seconds


def _add_limit_options(analyze: argparse.ArgumentParser) -> None:
    from newscore.pipeline import DEFAULT_TIME_BUDGET

    analyze.add_argument(
        "--time-budget",
        type=_seconds,
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help=f"seconds each extractor may spend on one article (default {DEFAULT_TIME_BUDGET:g}; 0: no limit)",
    )


# --- analyze -------------------------------------------------------------------------------


def _articles(
    items: Iterable[Article | ReadFailure],
    failures: list[ReadFailure],
    skip: collections.Counter[str],
    progress: _Progress,
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, ReadFailure):
            failures.append(item)
            progress.write(f"newscore: {item}")
            progress.advance()
        elif item.id is not None and skip[item.id] > 0:
            skip[item.id] -= 1  # as many articles with this id as were written, no more
            progress.advance()
        else:
            yield item


def _with_errors_reported(analyses: Iterable[Analysis], progress: _Progress) -> Iterator[Analysis]:
    for analysis in analyses:
        for error in analysis.errors:
            progress.write(f"newscore: {analysis.article.id or 'article'}: {error.plugin} failed: {error.message}")
        yield analysis
        progress.advance()


def _count_records(sources: Sequence[str], plugins: object) -> int:
    """How many records the inputs hold (JSON Lines: non-blank lines; other files: one each)."""
    from newscore.readers.json import JsonLinesReader
    from newscore.readers.sources import expand_source, reader_table

    table = reader_table(plugins)  # type: ignore[arg-type]
    total = 0
    for source in sources:
        for item in expand_source(source, table):
            if isinstance(item, Path) and isinstance(table.get(item.suffix.lower()), JsonLinesReader):
                try:
                    with open(item, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    pass
            else:
                total += 1
    return total


class _Progress:
    """A progress bar on standard error with rate and ETA; the total is counted in the background.

    Counting a big JSON Lines file takes a moment, so the bar starts at once with a
    rate, and shows an ETA as soon as the count is known. Messages go through
    :meth:`write` so they do not tear the bar.
    """

    def __init__(self, enabled: bool, sources: Sequence[str], plugins: object) -> None:
        self._bar = None
        self._total: int | None = None
        self._counter: threading.Thread | None = None
        if not enabled:
            return
        from tqdm import tqdm

        self._bar = tqdm(desc="analyzing", unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        if "-" not in sources:
            self._counter = threading.Thread(target=self._count, args=(sources, plugins), daemon=True)
            self._counter.start()

    def _count(self, sources: Sequence[str], plugins: object) -> None:
        try:
            self._total = _count_records(sources, plugins)
        except Exception:  # only the ETA is lost
            pass

    def _take_total(self) -> None:
        if self._bar is not None and self._total is not None and self._bar.total != self._total:
            self._bar.total = self._total  # taken over here, in the thread that draws the bar

    def advance(self) -> None:
        if self._bar is not None:
            self._take_total()
            self._bar.update(1)

    def write(self, message: str) -> None:
        if self._bar is None:
            print(message, file=sys.stderr)
        else:
            self._bar.write(message, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            if self._counter is not None:
                self._counter.join(timeout=1.0)  # a short batch: show its total; a huge count is not awaited
            self._take_total()
            self._bar.close()


def _split_dask_address(args: argparse.Namespace) -> None:
    """``--dask PATH`` takes the path as the address: give it back to the paths."""
    if args.dask not in (None, _LOCAL_CLUSTER) and not _ADDRESS.fullmatch(args.dask):
        args.paths.insert(0, args.dask)
        args.dask = _LOCAL_CLUSTER


def _run_analyze(args: argparse.Namespace) -> int:
    from newscore.readers.sources import read_all

    _split_dask_address(args)
    if not args.paths:
        raise _UserError("analyze needs at least one PATH (a file, directory, glob pattern, or - for stdin)")
    pipeline = pipeline_with_options(args, model=args.model, time_budget=args.time_budget or None)
    exporters = {exporter.name: exporter for exporter in pipeline.plugins.exporters()}
    exporter = exporters.get(args.format)
    if exporter is None:
        raise _UserError(f"unknown format {args.format!r}; choose one of {', '.join(sorted(exporters))}")
    if args.processes == 0 or args.processes < -1 or args.batch_size < 1:
        raise _UserError("--processes and --batch-size must be at least 1 (--processes -1: one per CPU)")
    if getattr(exporter, "writes_path", False):
        return _analyze_to_path(args, pipeline, exporter)
    if args.resume and (not args.output or args.format != "jsonl"):
        raise _UserError("--resume needs --output FILE and --format jsonl")
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    if args.dask is not None:  # the Dask runner reports plugin faults, its workers' too
        return _run_on_dask(args, pipeline, show_progress)
    _report_problems(pipeline)
    skip = completed_ids(Path(args.output)) if args.resume else collections.Counter()
    failures: list[ReadFailure] = []
    progress = _Progress(show_progress, args.paths, pipeline.plugins)
    try:
        articles = _articles(read_all(args.paths, plugins=pipeline.plugins), failures, skip, progress)
        analyses = _with_errors_reported(
            pipeline.analyze_many(articles, n_process=args.processes, batch_size=args.batch_size), progress
        )
        _write_output(exporter, analyses, args.output, append=args.resume)
    finally:
        progress.close()
        if failures:
            print(f"newscore: {len(failures)} input(s) could not be read", file=sys.stderr)
    return _EXIT_SOME_FAILED if failures else _EXIT_OK


def _report_problems(pipeline: Pipeline) -> None:
    """Warn about every plugin fault before the batch starts: failed loads, raising hooks, bad extractors.

    Readers and the spaCy pipeline are made here (``configure_nlp`` runs when the model
    loads), so a hook that raises is reported even though the run goes on without it.
    """
    pipeline.plugins.readers()
    pipeline.nlp  # noqa: B018 - loaded now: configure_nlp's failures are known before the batch
    for problem in pipeline.problems:  # a plugin fault must not go unnoticed
        print(f"newscore: warning: {problem}", file=sys.stderr)


# --- output --------------------------------------------------------------------------------


def _write_output(exporter: Exporter, analyses: Iterable[Analysis], output: str | None, *, append: bool) -> None:
    """Write ``analyses`` to ``output`` (a path) or standard output; any failure is an :class:`OutputError`."""
    if output:
        _write_and_close(exporter, analyses, OutputStream.open(output, append=append))
    else:
        with _stdout_for_records() as stream:
            _write_and_close(exporter, analyses, stream)


def _write_and_close(exporter: Exporter, analyses: Iterable[Analysis], stream: OutputStream | GuardedText) -> None:
    try:
        export(exporter, analyses, cast(TextIO, stream))
        stream.flush()
    except OutputError:
        pass  # kept in stream.error, raised below (an exporter may also have swallowed it)
    finally:
        with contextlib.suppress(OutputError):
            stream.close()
    if stream.error is not None:
        raise stream.error


def _file_descriptor(stream: object) -> int | None:
    try:
        return int(stream.fileno())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


@contextlib.contextmanager
def _stdout_for_records() -> Iterator[OutputStream | GuardedText]:
    """Standard output for the records alone: whatever else writes to it goes to standard error.

    A plugin's ``print()``, a C library's ``printf`` and a worker process's output all
    write to file descriptor 1, so the descriptor itself is pointed at standard error
    for the run and the records go to a duplicate of the real standard output. Where
    ``sys.stdout`` is no file (an embedding program, a test's capture) only Python's
    ``sys.stdout`` can be redirected.
    """
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    out_fd, err_fd = _file_descriptor(sys.stdout), _file_descriptor(sys.stderr)
    if out_fd is None or err_fd is None:
        records = sys.stdout
        with contextlib.redirect_stdout(sys.stderr):
            yield GuardedText(records, STDOUT_NAME)
        return
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    real_stdout = os.dup(out_fd)
    saved = {fd: os.dup(fd) for fd in {out_fd, 1} if fd != err_fd and _is_open(fd)}  # fd 1 too, if not sys.stdout's
    for fd in saved:
        os.dup2(err_fd, fd)
    try:
        yield OutputStream(real_stdout, STDOUT_NAME)
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()  # chatter still buffered goes to standard error, not after the records
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _quiet_stdout() -> None:
    """After standard output failed: point it at the null device so Python's exit does not fail on it again."""
    fd = _file_descriptor(sys.stdout)
    if fd is None:
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def _run_on_dask(args: argparse.Namespace, pipeline: Pipeline, show_progress: bool) -> int:
    from newscore.runners.dask import analyze_jsonl

    if not args.output or args.format != "jsonl":
        raise _UserError("--dask needs --format jsonl and --output (a .jsonl file, or a directory for part files)")
    return _dask_outcome(
        lambda: analyze_jsonl(args.paths, args.output, **_dask_settings(args, pipeline, show_progress))
    )


def _dask_settings(args: argparse.Namespace, pipeline: Pipeline, show_progress: bool) -> dict[str, Any]:
    """The settings both Dask runners take from the command line."""
    return {
        "n_workers": args.workers,
        "scheduler_address": None if args.dask == _LOCAL_CLUSTER else args.dask,
        "model": args.model,
        "batch_size": args.batch_size,
        "resume": args.resume,
        "progress": show_progress,
        "options": pipeline.options,
        "time_budget": args.time_budget or None,
    }


def _dask_outcome(start: Callable[[], DaskRun]) -> int:
    """Run a Dask batch: Dask missing is a usage error; inputs that could not be read, exit code 1."""
    from newscore.errors import DaskUnavailableError

    try:
        run = start()
    except DaskUnavailableError as error:
        raise _UserError(str(error)) from None
    if run.failures:
        print(f"newscore: {len(run.failures)} input(s) could not be read", file=sys.stderr)
    return _EXIT_SOME_FAILED if run.failures else _EXIT_OK


# --- analyze into a file or database at a path (sqlite, parquet) --------------------------


def _analyze_to_path(args: argparse.Namespace, pipeline: Pipeline, exporter: PathExporter) -> int:
    """``analyze`` for an exporter that writes at a path (``writes_path``): it needs ``--output``."""
    from newscore.errors import CorpusError
    from newscore.readers.sources import read_all

    if not args.output:
        raise _UserError(f"--format {exporter.name} writes a file, not a stream: give its path with --output/-o")
    output = Path(args.output)
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        if args.dask is not None:
            return _analyze_to_path_on_dask(args, pipeline, exporter, show_progress)
        skip = exporter.completed_ids(output) if args.resume else collections.Counter()
        failures: list[ReadFailure] = []
        progress = _Progress(show_progress, args.paths, pipeline.plugins)
        try:
            articles = _articles(read_all(args.paths, plugins=pipeline.plugins), failures, skip, progress)
            analyses = pipeline.analyze_many(articles, n_process=args.processes, batch_size=args.batch_size)
            export_to_path(exporter, _with_errors_reported(analyses, progress), output)
        finally:
            progress.close()
    except CorpusError as error:
        raise _UserError(str(error)) from None
    except OSError as error:
        raise _UserError(f"cannot write {output}: {error.strerror or error}") from None
    if failures:
        print(f"newscore: {len(failures)} input(s) could not be read", file=sys.stderr)
    return _EXIT_SOME_FAILED if failures else _EXIT_OK


def _analyze_to_path_on_dask(
    args: argparse.Namespace, pipeline: Pipeline, exporter: PathExporter, show_progress: bool
) -> int:
    from newscore.runners.dask import analyze_to_path

    return _dask_outcome(
        lambda: analyze_to_path(args.paths, args.output, exporter=exporter, **_dask_settings(args, pipeline, show_progress))
    )


# --- report ------------------------------------------------------------------------------------


def _run_report(args: argparse.Namespace) -> int:
    from newscore.errors import CorpusError
    from newscore.report import write_report

    if args.top < 1:
        raise _UserError("--top must be at least 1")
    try:
        figures = write_report(args.corpus, args.output, top=args.top, title=args.title)
    except CorpusError as error:
        raise _UserError(str(error)) from None
    except OSError as error:
        raise _UserError(f"cannot write {args.output}: {error.strerror or error}") from None
    print(f"newscore: wrote {args.output}: {figures.articles:,} articles, {figures.quotes:,} quotes", file=sys.stderr)
    return _EXIT_OK


# --- plugins and eval ----------------------------------------------------------------------


def _option_lines(extractor: object) -> list[str]:
    """One line per option an extractor declares: ``EXTRACTOR.NAME = DEFAULT (TYPE)  help``."""
    from newscore.options import options_of

    lines = []
    for option in options_of(extractor):
        default = str(option.default).lower() if isinstance(option.default, bool) else repr(option.default)
        setting = f"{extractor.name}.{option.name} = {default}"  # type: ignore[attr-defined]
        kind = option.type.__name__ if option.choices is None else option.expects
        lines.append(f"    option {setting:40} ({kind}) {option.help}".rstrip())
    return lines


def _run_plugins(args: argparse.Namespace) -> int:
    from newscore.pipeline import Pipeline
    from newscore.plugins import DEFAULT_PLUGINS
    from newscore.readers.sources import reader_table

    pipeline = Pipeline()
    plugins = pipeline.plugins
    model_problem = _try_configure_nlp(pipeline)
    print("plugins:")
    for name in plugins.names():
        dist = plugins.distribution(name)
        origin = f"{dist[0]} {dist[1]}" if dist else f"newscore {_version()}" if name in DEFAULT_PLUGINS else "registered"
        print(f"  {name:28} {origin}")
    print("extractors (in run order):")
    for extractor in pipeline.extractors:
        needs = ", ".join(extractor.needs) or "-"
        provides = ", ".join(extractor.provides) or "-"
        print(f"  {extractor.name:16} v{getattr(extractor, 'version', '?'):8} needs {needs}; provides {provides}")
        for line in _option_lines(extractor):
            print(line)
    print("readers: " + ", ".join(sorted(reader_table(plugins))))  # the built-in readers, as plugins override them
    print("formats: " + ", ".join(exporter.name for exporter in plugins.exporters()))
    disabled = sorted(plugins.disabled)
    if disabled:
        print("disabled: " + ", ".join(disabled))
    for problem in pipeline.problems + ([model_problem] if model_problem else []):
        print(f"problem: {problem}")
    return _EXIT_OK


def _try_configure_nlp(pipeline: Pipeline) -> str | None:
    """Load the model if a plugin's ``configure_nlp`` is to run on it, so a hook that raises is listed.

    Without such a hook nothing is loaded (listing plugins stays quick); a missing model is
    returned as a problem, not raised.
    """
    from newscore.errors import ModelNotFoundError

    if not pipeline.plugins.manager.hook.configure_nlp.get_hookimpls():
        return None
    try:
        pipeline.nlp  # noqa: B018 - runs every configure_nlp hook; their failures land in pipeline.problems
    except ModelNotFoundError as error:
        return f"configure_nlp() not run: {error}"
    return None


def _run_eval(args: argparse.Namespace) -> int:
    from newscore.evaluation import evaluate, load_gold

    try:
        gold = load_gold(args.gold)
    except OSError as error:
        raise _UserError(f"cannot read {args.gold}: {error.strerror or error}") from None
    except ValueError as error:
        raise _UserError(str(error)) from None
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()] if args.kinds else None
    report = evaluate(gold, pipeline=pipeline_with_options(args, model=args.model), quote_kinds=kinds)
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.format_table())
    return _EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage error)."""
    from newscore.errors import ModelNotFoundError, OptionError, ResumeError

    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return _EXIT_USAGE
    runners = {"analyze": _run_analyze, "plugins": _run_plugins, "eval": _run_eval, "report": _run_report}
    try:
        code = runners[args.command](args)
        _flush_stdout()
        return code
    except (_UserError, ModelNotFoundError, ResumeError, OptionError) as error:
        print(f"newscore: error: {error}", file=sys.stderr)
        return _EXIT_USAGE
    except OutputError as error:
        return _output_failed(error)
    except ExportError as error:  # a bug in an exporter: one line naming it and the article, no traceback
        print(f"newscore: error: {error}", file=sys.stderr)
        return _EXIT_OUTPUT
    except OSError as error:  # print() in `newscore plugins | head` or `… > /dev/full`, say
        if error.filename is not None or error.errno not in _WRITE_ERRNOS:
            raise
        return _output_failed(output_error(STDOUT_NAME, error))
    except KeyboardInterrupt:
        print("newscore: interrupted", file=sys.stderr)
        return 130


def _flush_stdout() -> None:
    """Flush what ``plugins`` and ``eval`` printed: a full disk must be reported, not lost at exit."""
    try:
        sys.stdout.flush()
    except OSError as error:
        raise output_error(STDOUT_NAME, error) from None


def _output_failed(error: OutputError) -> int:
    """One line for an output that could not be written (records already written are whole lines)."""
    if error.target == STDOUT_NAME:
        _quiet_stdout()
    with contextlib.suppress(OSError, ValueError):
        print(f"newscore: {error}", file=sys.stderr)
    return _EXIT_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
