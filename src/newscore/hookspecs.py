"""The hooks a newscore plugin can implement.

Plugins are found through the entry-point group ``newscore.plugins``; the entry-point
name is the plugin's name. Implement any of these with ``@newscore.hookimpl``. Hooks are
always called with keyword arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from spacy.language import Language

    from newscore.protocols import Exporter, Extractor, PathExporter, Reader

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("newscore")
hookimpl = pluggy.HookimplMarker("newscore")


@hookspec
def register_extractors() -> Iterable[Extractor]:
    """Return the extractors this plugin provides.

    An extractor is any object with ``name``, ``version``, ``needs``, ``provides`` and
    an ``extract(*, article, doc, entities, quotes)`` method (see
    :class:`newscore.Extractor`). The pipeline orders extractors so that every kind an
    extractor ``needs`` has been provided before it runs.
    """


@hookspec
def register_readers() -> Iterable[Reader]:
    """Return readers that turn files into articles (see :class:`newscore.Reader`).

    A reader claims files by suffix; a plugin's reader for a suffix replaces the
    built-in one.
    """


@hookspec
def register_exporters() -> Iterable[Exporter | PathExporter]:
    """Return exporters that write analyses in a format (see :class:`newscore.Exporter`).

    The exporter's ``name`` is what users pass to ``--format``. One that writes a file or
    database at a path rather than a stream is a :class:`newscore.PathExporter`.
    """


@hookspec
def configure_nlp(nlp: Language) -> None:
    """Adjust a freshly loaded spaCy pipeline before any article is parsed.

    Called once per loaded pipeline, in every process that loads one. Components a
    plugin adds must be named ``newscore_<something>``, and the factories behind them
    registered at import time of the plugin module (spaCy factory names are global).
    """
