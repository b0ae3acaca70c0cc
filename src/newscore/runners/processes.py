"""Analyzing in several processes, each running the whole pipeline: parse *and* extractors.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises only the parse: the extractors still
run one article at a time in the parent, and every Doc is serialised back to it, so on
two cores it was *slower* than one process (see ``docs/scaling.md``). Here each worker
process holds its own copy of the pipeline and turns chunks of articles into analyses;
the parent only reads input, hands out chunks and yields the analyses in input order.

Workers start with ``fork`` where it is safe (Linux): they inherit the parent's
pipeline, loaded model included, without pickling it. Elsewhere (or when asked) they
start with ``spawn`` and rebuild the pipeline from a :class:`PipelineRecipe`.

At most ``2 × n_process`` chunks are in flight, so memory stays bounded however long the
input is. A worker that dies (a crash in native code, the OOM killer) does not stop the
batch: its chunks are re-run article by article in fresh workers, and an article that
kills a worker again gets an analysis whose ``errors`` say so.
"""

from __future__ import annotations

import collections
import importlib
import multiprocessing
import os
import pickle
import signal
import sys
import types
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from newscore.model import Analysis, Article, ExtractorError, as_article
from newscore.plugins import Plugins

if TYPE_CHECKING:
    from newscore.pipeline import Pipeline

__all__ = ["PipelineRecipe", "analyze_in_processes", "resolve_process_count"]

#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_CHUNKS_IN_FLIGHT_PER_WORKER = 2


def resolve_process_count(n_process: int) -> int:
    """``n_process`` itself, or every CPU for ``-1`` (as in spaCy); anything else below 1 is refused."""
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1 for every CPU), got {n_process}")
    return n_process


@attrs.frozen
class PipelineRecipe:
    """What it takes to build the same pipeline in another process: picklable, unlike the pipeline.

    Plugins that are modules (every entry-point plugin, the core's own) travel by module
    name and are imported again; plugin objects travel pickled. A loaded spaCy
    ``Language`` travels pickled too (spaCy supports it), a model name as the name.
    """

    pipeline_class: type[Pipeline]
    model: Any
    plugins: tuple[tuple[str, str, Any], ...]
    disabled: frozenset[str]
    time_budget: float | None
    chunk_chars: int
    max_chars: int
    options: dict[str, dict[str, Any]] = attrs.field(factory=dict, hash=False)

    @classmethod
    def of(cls, pipeline: Pipeline) -> PipelineRecipe:
        """The recipe of an existing pipeline (its plugins in registration order)."""
        plugins: list[tuple[str, str, Any]] = []
        for name, plugin in pipeline.plugins.manager.list_name_plugin():
            if plugin is None:  # blocked
                continue
            if isinstance(plugin, types.ModuleType):
                plugins.append((name, "module", plugin.__name__))
            else:
                plugins.append((name, "object", plugin))
        return cls(
            pipeline_class=type(pipeline),
            model=pipeline.model,
            plugins=tuple(plugins),
            disabled=pipeline.plugins.disabled,
            time_budget=pipeline.time_budget,
            chunk_chars=pipeline.chunk_chars,
            max_chars=pipeline.max_chars,
            options=pipeline.options,
        )

    def build(self) -> Pipeline:
        """A new pipeline made to this recipe (its model is loaded on first use)."""
        plugins = Plugins(load_entry_points=False, include_builtins=False, disabled=self.disabled)
        for name, how, what in self.plugins:
            plugins.register(importlib.import_module(what) if how == "module" else what, name=name)
        return self.pipeline_class(
            model=self.model,
            plugins=plugins,
            time_budget=self.time_budget,
            chunk_chars=self.chunk_chars,
            max_chars=self.max_chars,
            options=self.options,
        )


# --- in the worker process ------------------------------------------------------------------

_worker_pipeline: Pipeline | None = None


def _start_worker(pipeline: Pipeline | None, recipe: bytes | None) -> None:
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_pipeline = pipeline if pipeline is not None else pickle.loads(recipe or b"").build()
    _worker_pipeline.prepare()  # model and extractors' data loaded now, not inside the first chunk


def _analyze_chunk(articles: list[Article], batch_size: int) -> list[Analysis]:
    assert _worker_pipeline is not None, "worker not started"
    return list(_worker_pipeline.analyze_many(articles, n_process=1, batch_size=batch_size))


# --- in the parent ----------------------------------------------------------------------------


def _default_start_method() -> str:
    # fork shares the loaded model and starts in milliseconds; it is only safe on Linux.
    return "fork" if sys.platform.startswith("linux") else "spawn"


class _Workers:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, pipeline: Pipeline, n_process: int, start_method: str) -> None:
        self._n_process = n_process
        self._context = multiprocessing.get_context(start_method)
        if start_method == "fork":
            pipeline.prepare()  # model and data loaded once here, shared with every worker
            self._initargs: tuple[Any, ...] = (pipeline, None)
        else:
            self._initargs = (None, pickle.dumps(PipelineRecipe.of(pipeline)))
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._n_process, mp_context=self._context, initializer=_start_worker, initargs=self._initargs
        )

    def submit(self, articles: list[Article], batch_size: int) -> Future[list[Analysis]]:
        return self.pool.submit(_analyze_chunk, articles, batch_size)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _died(article: Article, error: BaseException) -> Analysis:
    message = f"the worker process analyzing this article died ({type(error).__name__}: {error})"
    return Analysis(article=article, errors=[ExtractorError("newscore", message)])


def _one_by_one(workers: _Workers, articles: list[Article], batch_size: int) -> Iterator[Analysis]:
    """A chunk that broke the pool, article by article, each in a live pool."""
    for article in articles:
        try:
            yield from workers.submit([article], batch_size).result()
        except BrokenProcessPool as error:
            workers.restart()
            yield _died(article, error)


def analyze_in_processes(
    pipeline: Pipeline,
    items: Iterable[Any],
    *,
    n_process: int,
    batch_size: int = 32,
    start_method: str | None = None,
) -> Iterator[Analysis]:
    """Analyses of ``items`` (str or Article), in input order, made by ``n_process`` worker processes.

    Each worker runs the whole of ``pipeline``; chunks of ``batch_size`` articles are the
    unit of work, so ``batch_size`` is both spaCy's batch and the hand-out size.
    ``start_method`` is ``"fork"`` (default on Linux) or ``"spawn"``/``"forkserver"``.
    Raises ``TypeError`` for an item that is neither a str nor an Article, like the
    single-process path, after yielding the analyses of the items before it.
    """
    n_process = resolve_process_count(n_process)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    source = _chunked(items, batch_size)
    workers = _Workers(pipeline, n_process, start_method or _default_start_method())
    pending: collections.deque[tuple[list[Article], Future[list[Analysis]]]] = collections.deque()
    bad_item: TypeError | None = None
    try:
        while True:
            while bad_item is None and len(pending) < n_process * _CHUNKS_IN_FLIGHT_PER_WORKER:
                chunk = next(source, None)
                if chunk is None:
                    break
                if isinstance(chunk, TypeError):  # finish what came before the bad item, then raise
                    bad_item = chunk
                    break
                pending.append((chunk, workers.submit(chunk, batch_size)))
            if not pending:
                if bad_item is not None:
                    raise bad_item
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                # Every chunk in flight is lost with the pool: re-run them, the culprit alone.
                workers.restart()
                lost = [waiting for waiting, _ in pending]
                pending.clear()
                yield from _one_by_one(workers, chunk, batch_size)
                for waiting in lost:
                    pending.append((waiting, workers.submit(waiting, batch_size)))
    finally:
        workers.close()


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Article] | TypeError]:
    """Articles in lists of ``size``; a bad item ends the stream with its ``TypeError``."""
    chunk: list[Article] = []
    for position, item in enumerate(items):
        try:
            article = as_article(item, position)
        except TypeError as error:
            if chunk:
                yield chunk
            yield error
            return
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
