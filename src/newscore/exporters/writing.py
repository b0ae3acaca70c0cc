"""Handing analyses to an exporter, so that its failure is one error naming it and the article.

An exporter is plugin code: a bug in it (a ``KeyError`` three calls deep) would otherwise reach
the user as a bare traceback. :func:`export` counts the analyses as the exporter takes them and
(:func:`export_to_path` for a path exporter) turns whatever it raises into :class:`~newscore.errors.ExportError` naming the exporter, its
module and the article it had just been given. Errors that already say what is wrong with the
output pass through unchanged (:class:`~newscore.errors.OutputError`, ``CorpusError``,
``ResumeError``, ``OSError``), and so does an error raised while *producing* the analyses (a
reader or the pipeline), which is no fault of the exporter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from newscore.errors import CorpusError, ExportError, OutputError, ResumeError
from newscore.model import Analysis
from newscore.protocols import Exporter, PathExporter

__all__ = ["export", "export_to_path"]

#: What an exporter may raise on purpose: each already names the output and what is wrong with it.
_ABOUT_THE_OUTPUT = (OutputError, CorpusError, ResumeError, OSError)


class _Handed:
    """The analyses as the exporter takes them: how many, the last one, and whether the source raised."""

    def __init__(self, analyses: Iterable[Analysis]) -> None:
        self._source = iter(analyses)
        self.count = 0
        self.last: Analysis | None = None
        self.finished = False
        self.source_failed = False

    def __iter__(self) -> Iterator[Analysis]:
        while True:
            try:
                analysis = next(self._source)
            except StopIteration:
                self.finished = True
                return
            except BaseException:
                self.source_failed = True
                raise
            self.count += 1
            self.last = analysis
            yield analysis

    def where(self) -> str:
        """Where the exporter was, in words, for the error message."""
        if self.last is None:
            return "with no article to write" if self.finished else "before its first article"
        named = f"article {self.last.article.id!r}" if self.last.article.id is not None else "an article without id"
        if self.finished:
            return f"after its last article ({named}, {self.count} in all)"
        return f"at {named} (the {_ordinal(self.count)} it was given)"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def export(exporter: Exporter, analyses: Iterable[Analysis], stream: TextIO) -> None:
    """``exporter.write(analyses, stream)``; what the exporter raises beyond an output error
    becomes an :class:`~newscore.errors.ExportError` naming it and the article."""
    _guarded(exporter, analyses, lambda handed: exporter.write(handed, stream))


def export_to_path(exporter: PathExporter, analyses: Iterable[Analysis], path: Path) -> None:
    """``exporter.write_to_path(analyses, path)``, its failures named as :func:`export` names them."""
    _guarded(exporter, analyses, lambda handed: exporter.write_to_path(handed, path))


def _guarded(exporter: Exporter | PathExporter, analyses: Iterable[Analysis], write: Callable[[Iterable[Analysis]], None]) -> None:
    handed = _Handed(analyses)
    try:
        write(handed)
    except _ABOUT_THE_OUTPUT:
        raise
    except Exception as error:
        if handed.source_failed:
            raise  # a reader or the pipeline failed, not the exporter
        raise ExportError(exporter.name, type(exporter).__module__, handed.where(), error) from error
