"""Analyzing a batch on a Dask cluster: the same records as a local run, from many machines.

The input (JSON Lines files, or any file newscore reads, given as paths, directories
or glob patterns) is cut into *partitions*: runs of ``lines_per_partition`` lines of
one JSON Lines file (found by one quick scan for line ends, so a partition knows its
line numbers), or one whole file of another kind. Each partition is one Dask task.
A worker builds the pipeline once, on its first task, and keeps it for every task
after that (see :func:`_pipeline_for`), so the model is loaded once per worker process.

Workers read the input themselves: on a cluster of several machines, every worker
must see the input at the same path (a shared file system), and needs newscore, the
plugins and the model installed, like the machine that submits the batch.

Output: a path ending in ``.jsonl`` or ``.ndjson`` is one file, assembled in input
order on the submitting machine (workers send their records back), so it is
byte-for-byte what ``newscore analyze --format jsonl`` writes locally. Any other path
is a directory of part files ``part-00000.jsonl``, ``part-00001.jsonl``, … written by
the workers themselves (so there too they need a shared file system); concatenated in
name order they equal the single file.

Dask is optional (``pip install 'newscore[dask]'``); it is imported only when used.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import logging
import os
import pickle
import platform
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from newscore.errors import DaskUnavailableError, OutputError
from newscore.exporters.json import completed_ids, to_json
from newscore.exporters.output import OutputStream, output_error
from newscore.exporters.writing import export_to_path
from newscore.model import Analysis, Article, ReadFailure
from newscore.nlp import resolve_model_name
from newscore.pipeline import DEFAULT_TIME_BUDGET, Pipeline
from newscore.protocols import PathExporter
from newscore.readers.json import JsonLinesReader
from newscore.readers.sources import expand_source, read_all, reader_table
from newscore.runners.processes import PipelineRecipe

__all__ = ["DEFAULT_LINES_PER_PARTITION", "DaskRun", "Partition", "analyze_jsonl", "analyze_to_path", "plan"]

#: Lines of a JSON Lines file per Dask task: big enough that scheduling costs nothing
#: next to the analysis (~0.1 s per article), small enough to spread over many workers.
DEFAULT_LINES_PER_PARTITION = 1000
_PART_SUFFIXES = (".jsonl", ".ndjson")
_MANIFEST = "_partitions.json"
#: Partitions in flight per worker when the client assembles one file: bounds its memory.
_IN_FLIGHT_PER_WORKER = 3


def _dask_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskUnavailableError(
            "running on Dask needs dask[distributed]; install it with `pip install 'newscore[dask]'`"
        ) from None
    return distributed


@attrs.frozen
class Partition:
    """One Dask task's share of the input.

    ``kind`` is ``"lines"`` (bytes ``start``–``end`` of a JSON Lines file, whose first
    line is number ``first_line``) or ``"file"`` (a whole file, read by its reader).
    ``source`` is the file's name as a local run spells it (it appears in default ids
    and in error messages).
    """

    index: int
    source: str
    kind: str
    start: int = 0
    end: int = 0
    first_line: int = 1


@attrs.frozen
class DaskRun:
    """What a Dask batch did: counts, what could not be read, and how the workers fared."""

    output: Path
    articles: int
    partitions: int
    skipped_partitions: int
    failures: tuple[ReadFailure, ...]
    #: worker process id -> how many pipelines it built (1 each when the cache works)
    pipelines_built: dict[str, int]


@attrs.frozen
class _PartResult:
    index: int
    articles: int
    lines: list[str] | None
    failures: list[tuple[str, int | None, str]]
    problems: list[str]
    worker: str
    pipelines_built: int


# --- planning (on the submitting machine) ------------------------------------------------------


def _line_ranges(path: Path, lines_per_partition: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first_line)`` byte ranges of ``lines_per_partition`` lines each."""
    start, first_line, lines, offset = 0, 1, 0, 0
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            position = 0
            while True:
                wanted = lines_per_partition - lines
                available = block.count(b"\n", position)
                if available < wanted:
                    lines += available
                    break
                for _ in range(wanted):
                    position = block.index(b"\n", position) + 1
                yield start, offset + position, first_line
                start, first_line, lines = offset + position, first_line + lines_per_partition, 0
            offset += len(block)
    if offset > start:
        yield start, offset, first_line


def plan(
    sources: Sequence[str | Path], *, lines_per_partition: int = DEFAULT_LINES_PER_PARTITION, plugins: Any = None
) -> tuple[list[Partition], list[ReadFailure]]:
    """The partitions of ``sources`` in input order, and the sources that name nothing readable.

    Sources are expanded as ``newscore analyze`` expands them (directories recursively,
    glob patterns sorted), so the concatenated output is in the same order.
    """
    if lines_per_partition < 1:
        raise ValueError(f"lines_per_partition must be at least 1, got {lines_per_partition}")
    table = reader_table(plugins)
    partitions: list[Partition] = []
    failures: list[ReadFailure] = []
    for source in sources:
        if str(source) == "-":
            failures.append(ReadFailure("<stdin>", None, "standard input cannot be shared with Dask workers"))
            continue
        for item in expand_source(source, table):
            if isinstance(item, ReadFailure):
                failures.append(item)
                continue
            name = str(item)
            reader = table.get(item.suffix.lower())
            if isinstance(reader, JsonLinesReader):
                try:
                    ranges = list(_line_ranges(item, lines_per_partition))
                except OSError as error:
                    failures.append(ReadFailure(name, None, error.strerror or str(error)))
                    continue
                for start, end, first_line in ranges:
                    partitions.append(Partition(len(partitions), name, "lines", start, end, first_line))
            else:  # the worker's read_all reports a file without a reader, like a local run
                partitions.append(Partition(len(partitions), name, "file"))
    return partitions, failures


# --- on the worker -----------------------------------------------------------------------------

_pipelines: dict[str, Pipeline] = {}
_pipelines_built = 0
_pipelines_lock = threading.Lock()


def _pipeline_for(recipe: bytes) -> Pipeline:
    """This worker process's pipeline for ``recipe``: built (model loaded) on first use, then kept."""
    global _pipelines_built
    key = hashlib.sha256(recipe).hexdigest()
    with _pipelines_lock:
        pipeline = _pipelines.get(key)
        if pipeline is None:
            pipeline = pickle.loads(recipe).build()
            pipeline.prepare()  # model and extractors' data loaded while holding the lock: once per process
            _pipelines[key] = pipeline
            _pipelines_built += 1
        return pipeline


def _read_lines(partition: Partition) -> Iterator[Article | ReadFailure]:
    """The records of a line range, read exactly as a local run reads them."""
    return JsonLinesReader().read_file(
        Path(partition.source),
        source=partition.source,
        start=partition.start,
        end=partition.end,
        first_line=partition.first_line,
    )


def _records(partition: Partition, pipeline: Pipeline) -> Iterator[Article | ReadFailure]:
    if partition.kind == "lines":
        try:
            yield from _read_lines(partition)
        except OSError as error:
            yield ReadFailure(partition.source, None, error.strerror or str(error))
    else:
        yield from read_all([partition.source], plugins=pipeline.plugins)


def _partition_ids(partition: Partition, recipe: bytes, wanted: frozenset[str]) -> dict[str, int]:
    """How many articles of each id in ``wanted`` the partition holds (read, not analyzed): for resuming."""
    counts: dict[str, int] = {}
    for item in _records(partition, _pipeline_for(recipe)):
        if isinstance(item, Article) and item.id is not None and item.id in wanted:
            counts[item.id] = counts.get(item.id, 0) + 1
    return counts


def _run_partition(
    partition: Partition, recipe: bytes, batch_size: int, part_path: str | None, skip: dict[str, int] | None
) -> _PartResult:
    """Analyze one partition: its JSON Lines records returned, or written to ``part_path``.

    ``skip`` says how many of the partition's first articles with each id were already
    written (resuming): those are left out, later ones with the same id are analyzed.
    """
    pipeline = _pipeline_for(recipe)
    failures: list[tuple[str, int | None, str]] = []
    problems = [f"warning: {problem}" for problem in pipeline.problems]  # a hook that failed on this worker
    left = dict(skip or {})

    def articles() -> Iterator[Article]:
        for item in _records(partition, pipeline):
            if isinstance(item, ReadFailure):
                failures.append((item.source, item.line, item.message))
            elif item.id is not None and left.get(item.id, 0) > 0:
                left[item.id] -= 1  # as many articles with this id as were written, no more
            else:
                yield item

    lines = []
    for analysis in pipeline.analyze_many(articles(), batch_size=batch_size):
        lines.append(to_json(analysis) + "\n")
        problems.extend(
            f"{analysis.article.id or 'article'}: {error.plugin} failed: {error.message}" for error in analysis.errors
        )
    if part_path is not None:
        partial = f"{part_path}.partial"
        try:
            with open(partial, "w", encoding="utf-8") as stream:
                stream.writelines(lines)
            os.replace(partial, part_path)  # a part file exists only once complete: resume trusts it
        except OSError as error:
            raise output_error(part_path, error) from None
    return _PartResult(
        partition.index,
        len(lines),
        None if part_path is not None else lines,
        failures,
        problems,
        f"{platform.node()}:{os.getpid()}",
        _pipelines_built,
    )


# --- running (on the submitting machine) -------------------------------------------------------


def _single_file(output: Path) -> bool:
    return not output.is_dir() and output.suffix.lower() in _PART_SUFFIXES


def _shut_down(run: _Run, client: Any, cluster: Any) -> None:
    """Close the progress bar, the client and the local cluster (if newscore started one)."""
    run.close()
    client.close()
    if cluster is not None:
        cluster.close()


def _cluster_client(n_workers: int | None, scheduler_address: str | None) -> tuple[Any, Any]:
    distributed = _dask_distributed()
    if scheduler_address:
        return distributed.Client(scheduler_address), None
    with warnings.catch_warnings():  # "port 8787 is in use": its health endpoint moves, harmlessly
        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
        cluster = distributed.LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            processes=True,
            threads_per_worker=1,  # spaCy and the extractors are CPU-bound Python: one task per process
            dashboard_address=None,  # no dashboard
            host="127.0.0.1",  # scheduler, workers and health endpoint on loopback only
            silence_logs=logging.ERROR,
        )
    return distributed.Client(cluster), cluster


@attrs.frozen
class _Batch:
    """What both entry points prepare on the submitting machine before a cluster is asked for:
    the pickled pipeline recipe, the partitions, the sources that name nothing readable (already
    reported), and the plugin warnings already given (workers repeat them)."""

    recipe: bytes
    partitions: list[Partition]
    failures: list[ReadFailure]
    report_failure: Callable[[ReadFailure], None]
    report_problem: Callable[[str], None]
    warned: tuple[str, ...]

    @classmethod
    def prepare(
        cls,
        input_path_or_glob: str | Path | Sequence[str | Path],
        *,
        model: str | None,
        options: Mapping[str, Any] | None,
        time_budget: float | None,
        batch_size: int,
        lines_per_partition: int,
        on_failure: Callable[[ReadFailure], None] | None,
        on_problem: Callable[[str], None] | None,
    ) -> _Batch:
        _dask_distributed()  # fail early, before any planning, when Dask is missing
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        sources = [input_path_or_glob] if isinstance(input_path_or_glob, (str, Path)) else list(input_path_or_glob)
        # the model is resolved here, so every worker loads the same pipeline whatever its environment says
        recipe_of = PipelineRecipe.of(Pipeline(model=resolve_model_name(model), options=options, time_budget=time_budget))
        local = recipe_of.build()
        local.plugins.exporters()  # asked here only so that a failing register_exporters is reported too
        partitions, failures = plan(sources, lines_per_partition=lines_per_partition, plugins=local.plugins)
        report_failure = on_failure or (lambda failure: print(f"newscore: {failure}", file=sys.stderr))
        report_problem = on_problem or (lambda problem: print(f"newscore: {problem}", file=sys.stderr))
        warned = tuple(f"warning: {problem}" for problem in local.problems)  # plugin faults, before the batch
        for warning in warned:
            report_problem(warning)
        for failure in failures:
            report_failure(failure)
        return cls(pickle.dumps(recipe_of), partitions, failures, report_failure, report_problem, warned)


@contextlib.contextmanager
def _on_cluster(
    batch: _Batch, todo: list[Partition], *, n_workers: int | None, scheduler_address: str | None, progress: bool
) -> Iterator[tuple[Any, _Run, int]]:
    """A client (on a new local cluster unless ``scheduler_address``), the run collecting ``todo``'s
    results, and how many workers there are; all shut down on the way out."""
    client, cluster = _cluster_client(n_workers, scheduler_address)
    run = _Run(batch.report_failure, batch.report_problem, len(todo), progress, warned=batch.warned)
    try:
        yield client, run, max(1, len(client.scheduler_info().get("workers", {})) or (n_workers or 1))
    finally:
        _shut_down(run, client, cluster)


def analyze_jsonl(
    input_path_or_glob: str | Path | Sequence[str | Path],
    output_path: str | Path,
    *,
    n_workers: int | None = None,
    scheduler_address: str | None = None,
    model: str | None = None,
    batch_size: int = 32,
    lines_per_partition: int = DEFAULT_LINES_PER_PARTITION,
    resume: bool = False,
    progress: bool = False,
    on_failure: Callable[[ReadFailure], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
    options: Mapping[str, Any] | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> DaskRun:
    """Analyze JSON Lines (or any readable) input on Dask and write newscore JSON Lines.

    Runs on a new ``LocalCluster`` of ``n_workers`` processes (default: one per CPU; one
    thread each, no dashboard, loopback only) unless ``scheduler_address`` names an
    existing scheduler (``tcp://host:8786``). ``model`` is resolved here, so every worker
    loads the same pipeline whatever its environment says. Unreadable records and files
    never stop the batch: each is passed to ``on_failure`` (default: printed on standard
    error with file and line) and listed in the result; a partition whose task fails
    (a worker lost three times, say) is reported the same way, naming its first line.
    Extractor errors inside analyses go to ``on_problem``. With ``resume``, a single
    output file keeps its complete records and the articles whose ids it holds are
    skipped; an output directory keeps its complete part files and their partitions are
    skipped (the input must be unchanged). ``options`` sets extractors' options (see
    :class:`~newscore.Pipeline`); they travel to every worker with the pipeline.
    ``time_budget`` is each extractor's budget per article (see
    :class:`~newscore.pipeline.Pipeline`). An output that cannot be written raises
    :class:`~newscore.errors.OutputError`; a single file then holds only complete records,
    so the run can be resumed.
    """

    batch = _Batch.prepare(
        input_path_or_glob, model=model, options=options, time_budget=time_budget, batch_size=batch_size,
        lines_per_partition=lines_per_partition, on_failure=on_failure, on_problem=on_problem,
    )
    output = Path(output_path)
    single = _single_file(output)
    done: collections.Counter[str] = collections.Counter()
    todo = batch.partitions
    try:
        if single:
            output.parent.mkdir(parents=True, exist_ok=True)
            if resume:
                done = completed_ids(output)
        else:
            output.mkdir(parents=True, exist_ok=True)
            todo = _partitions_to_do(output, batch.partitions, resume)
    except OSError as error:
        raise output_error(output, error) from None

    with _on_cluster(batch, todo, n_workers=n_workers, scheduler_address=scheduler_address, progress=progress) as (client, run, workers):
        if single:
            skips = _skips(client, todo, batch.recipe, done) if done else {}
            stream = OutputStream.open(output, append=resume)
            try:
                for result in run.in_order(client, todo, batch.recipe, batch_size, skips, workers):
                    stream.writelines(result.lines or ())
                    stream.flush()
            finally:
                stream.close()
        else:
            run.unordered(client, todo, batch.recipe, batch_size, output)
    return run.outcome(output, batch.partitions, skipped=len(batch.partitions) - len(todo), failures=batch.failures)


def _skips(
    client: Any, todo: list[Partition], recipe: bytes, done: collections.Counter[str]
) -> dict[int, dict[str, int]]:
    """For each partition, how many of its articles of each id are already written (resuming a single file).

    As in a local run, the first articles of an id in input order are the ones skipped, as
    many as the output holds, so two inputs sharing an id are both kept. The workers count
    the ids of their partitions (reading only); the counts are shared out here, in order.
    """
    wanted = client.scatter([frozenset(done)], broadcast=True)[0]  # once to each worker (a set alone is scattered item by item)
    futures = [client.submit(_partition_ids, partition, recipe, wanted, pure=False) for partition in todo]
    left = collections.Counter(done)
    skips: dict[int, dict[str, int]] = {}
    for partition, future in zip(todo, futures):
        try:
            counts: dict[str, int] = future.result()
        except Exception:  # a lost task: skip nothing here, so an article is analyzed twice rather than lost
            counts = {}
        skip = {}
        for article_id, count in counts.items():
            taken = min(count, left[article_id])
            if taken:
                skip[article_id] = taken
                left[article_id] -= taken
        if skip:
            skips[partition.index] = skip
    return skips


def analyze_to_path(
    input_path_or_glob: str | Path | Sequence[str | Path],
    output_path: str | Path,
    *,
    exporter: PathExporter,
    n_workers: int | None = None,
    scheduler_address: str | None = None,
    model: str | None = None,
    options: Mapping[str, Any] | None = None,
    batch_size: int = 32,
    lines_per_partition: int = DEFAULT_LINES_PER_PARTITION,
    resume: bool = False,
    progress: bool = False,
    on_failure: Callable[[ReadFailure], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> DaskRun:
    """Analyze on Dask and write with a path exporter (``--format sqlite`` or ``parquet``).

    Like :func:`analyze_jsonl` with a single output file: the workers send their records
    back, and one writer on this machine, ``exporter.write_to_path``, takes them in
    partition order (a bounded number of partitions in flight), so the output is what a
    local run writes. With ``resume``, the articles whose ids the output already holds
    (``exporter.completed_ids``) are skipped. ``options`` and ``time_budget`` are as for
    :func:`analyze_jsonl`, and so are plugin warnings and unreadable inputs (reported once,
    before the batch). An exporter that raises is an :class:`~newscore.errors.ExportError`.
    """
    _dask_distributed()  # fail early, before reading the output to resume, when Dask is missing
    output = Path(output_path)
    done = collections.Counter(exporter.completed_ids(output)) if resume else collections.Counter()
    batch = _Batch.prepare(
        input_path_or_glob, model=model, options=options, time_budget=time_budget, batch_size=batch_size,
        lines_per_partition=lines_per_partition, on_failure=on_failure, on_problem=on_problem,
    )
    partitions = batch.partitions
    with _on_cluster(batch, partitions, n_workers=n_workers, scheduler_address=scheduler_address, progress=progress) as (client, run, workers):
        skips = _skips(client, partitions, batch.recipe, done) if done else {}  # counted as in a local run
        results = run.in_order(client, partitions, batch.recipe, batch_size, skips, workers)
        export_to_path(
            exporter, (Analysis.from_dict(json.loads(line)) for result in results for line in result.lines or ()), output
        )
    return run.outcome(output, partitions, skipped=0, failures=batch.failures)


def _part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _partitions_to_do(directory: Path, partitions: list[Partition], resume: bool) -> list[Partition]:
    """All partitions, or with ``resume`` those without a complete part file (after checking the plan)."""
    manifest = directory / _MANIFEST
    planned = [attrs.asdict(partition) for partition in partitions]
    if resume and manifest.exists():
        if json.loads(manifest.read_text(encoding="utf-8")) != planned:
            raise ValueError(f"{directory} was written for other input or partition sizes; it cannot be resumed")
        return [p for p in partitions if not (directory / _part_name(p.index)).exists()]
    for stale in directory.glob("part-*.jsonl"):
        stale.unlink()
    manifest.write_text(json.dumps(planned), encoding="utf-8")
    return partitions


class _Run:
    """Collects results as they come: counts, failures, and the progress bar."""

    def __init__(
        self,
        report_failure: Callable[[ReadFailure], None],
        report_problem: Callable[[str], None],
        total: int,
        progress: bool,
        warned: Iterable[str] = (),
    ) -> None:
        self._report_failure = report_failure
        self._report_problem = report_problem
        self.articles = 0
        self.failures: list[ReadFailure] = []
        self.built: dict[str, int] = {}
        self._warned: set[str] = set(warned)  # plugin warnings already given (workers repeat them)
        self._bar = None
        if progress:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="analyzing", unit=" partitions", file=sys.stderr, dynamic_ncols=True)

    def _fail(self, failure: ReadFailure) -> None:
        self.failures.append(failure)
        self._report_failure(failure)

    def take(self, future: Any, partition: Partition) -> _PartResult | None:
        result: _PartResult | None = None
        try:
            result = future.result()
        except OutputError:
            raise  # a part file that cannot be written: the others cannot be either
        except Exception as error:  # a lost task must not lose the batch: report it and go on
            self._fail(ReadFailure(partition.source, partition.first_line if partition.kind == "lines" else None,
                                   f"this partition failed on Dask: {type(error).__name__}: {error}"))
        if result is not None:
            self.articles += result.articles
            self.built[result.worker] = max(self.built.get(result.worker, 0), result.pipelines_built)
            for source, line, message in result.failures:
                self._fail(ReadFailure(source, line, message))
            for problem in result.problems:
                if problem.startswith("warning: "):  # the same plugin fault on every worker: said once
                    if problem in self._warned:
                        continue
                    self._warned.add(problem)
                self._report_problem(problem)
        if self._bar is not None:
            self._bar.set_postfix(articles=self.articles, refresh=False)
            self._bar.update(1)
        return result

    def in_order(
        self,
        client: Any,
        todo: list[Partition],
        recipe: bytes,
        batch_size: int,
        skips: dict[int, dict[str, int]],
        workers: int,
    ) -> Iterator[_PartResult]:
        """Results in partition order, with a bounded number of partitions in flight."""
        distributed = _dask_distributed()
        remaining = iter(todo)
        waiting: dict[int, tuple[Any, Partition]] = {}
        done: dict[int, _PartResult | None] = {}
        order = [partition.index for partition in todo]
        next_position = 0
        running = distributed.as_completed()

        def submit_one() -> None:
            partition = next(remaining, None)
            if partition is not None:
                skip = skips.get(partition.index)
                future = client.submit(_run_partition, partition, recipe, batch_size, None, skip, pure=False)
                waiting[partition.index] = (future, partition)
                running.add(future)

        for _ in range(workers * _IN_FLIGHT_PER_WORKER):
            submit_one()
        for future in running:
            index = next(i for i, (f, _) in waiting.items() if f is future)
            _, partition = waiting.pop(index)
            done[index] = self.take(future, partition)
            while next_position < len(order) and order[next_position] in done:
                result = done.pop(order[next_position])
                next_position += 1
                if result is not None:
                    yield result
                submit_one()

    def unordered(self, client: Any, todo: list[Partition], recipe: bytes, batch_size: int, directory: Path) -> None:
        distributed = _dask_distributed()
        futures = {
            client.submit(_run_partition, p, recipe, batch_size, str(directory / _part_name(p.index)), None, pure=False): p
            for p in todo
        }
        for future in distributed.as_completed(futures):
            self.take(future, futures[future])

    def outcome(self, output: Path, partitions: list[Partition], *, skipped: int, failures: list[ReadFailure]) -> DaskRun:
        """What the batch did, once every partition is in."""
        return DaskRun(
            output=output,
            articles=self.articles,
            partitions=len(partitions),
            skipped_partitions=skipped,
            failures=tuple(failures + self.failures),
            pipelines_built=dict(self.built),
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
