"""What a plugin can provide: an extractor, a reader or an exporter (typing protocols, nothing else).

A leaf module: it imports only the data model, so the hook specs, the pipeline and every
plugin can name these types without importing anything that does work.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, runtime_checkable

from newscore.model import Analysis, Article, Entity, Quote, ReadFailure

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Exporter", "Extractor", "PathExporter", "Reader"]


@runtime_checkable
class Extractor(Protocol):
    """An object that finds entities or quotes in a parsed article.

    ``needs`` and ``provides`` name kinds (``"person"``, ``"organization"``,
    ``"location"``, ``"quote"``, or a plugin's own): the pipeline runs every provider of a
    kind before anything that needs it. ``extract`` receives the article, its spaCy
    ``Doc`` (parsed once and shared, so it must not be changed) and what earlier
    extractors found, and returns new :class:`Entity` and :class:`Quote` objects of the
    kinds it provides, or of kinds it needs (a speaker the NER missed). Ids on
    returned entities are local: a returned quote may name one as ``speaker_entity`` and
    the pipeline renumbers both. A returned quote may also name an entity it was given.

    Two optional members, looked for and done without: ``options``, a tuple of
    :class:`newscore.Option` naming keyword arguments of the extractor's class that users
    may set (see :mod:`newscore.options`); and ``prepare()``, called once before the first
    article, outside the time budget, to load the extractor's data.
    """

    name: str
    version: str
    needs: tuple[str, ...]
    provides: tuple[str, ...]

    def extract(
        self,
        *,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...],
        quotes: tuple[Quote, ...],
    ) -> Iterable[Entity | Quote]:
        """Find what this extractor finds in one article."""
        ...


@runtime_checkable
class Reader(Protocol):
    """Reads one decoded file into articles.

    ``suffixes`` are the file suffixes it claims (``(".txt",)``). ``read`` gets the
    decoded text and the source's name (a path, or ``<stdin>``) and yields articles, or
    :class:`ReadFailure` for records it cannot read, so one bad line never loses the rest.
    """

    name: str
    suffixes: tuple[str, ...]

    def read(self, *, text: str, source: str) -> Iterable[Article | ReadFailure]: ...


@runtime_checkable
class Exporter(Protocol):
    """Writes analyses to a text stream in one format; ``name`` is the ``--format`` value.

    ``write`` must consume ``analyses`` lazily and write each as it comes, so batches
    stream in bounded memory.
    """

    name: str
    description: str

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None: ...


@runtime_checkable
class PathExporter(Protocol):
    """Writes analyses to a file, directory or database at a path, not to a stream.

    For formats a stream cannot carry (a SQLite database, Parquet files): it sets
    ``writes_path = True`` and has ``write_to_path`` where a stream exporter has
    ``write``; the command line refuses such a format without ``--output``.
    ``write_to_path`` must consume ``analyses`` lazily, like ``write``.
    ``completed_ids`` says how many articles of each id ``path`` already holds
    complete (none when nothing is there), so ``--resume`` can skip them; a format
    that cannot be resumed raises :class:`~newscore.errors.ResumeError`.
    """

    name: str
    description: str
    writes_path: bool

    def write_to_path(self, analyses: Iterable[Analysis], path: Path) -> None: ...

    def completed_ids(self, path: Path) -> collections.Counter[str]: ...
