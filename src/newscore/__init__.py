"""newscore: turn news articles into structured facts — quotes, places, organisations."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newscore.exporters import Exporter
from newscore.extractors import Extractor
from newscore.hookspecs import hookimpl
from newscore.model import (
    ENTITY_KINDS,
    QUOTE_KINDS,
    SCHEMA_VERSION,
    Analysis,
    Article,
    Entity,
    ExtractorError,
    Mention,
    Quote,
    Span,
)
from newscore.models import ModelNotFoundError
from newscore.pipeline import Pipeline, analyze, analyze_many
from newscore.plugins import Plugins
from newscore.readers import Reader, ReadError, ReadFailure, read, read_all
from newscore.spans import trim_span
from newscore.tokens import TokenTable, token_table

try:
    __version__ = version("newscore")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "__version__",
    "ENTITY_KINDS",
    "QUOTE_KINDS",
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "Entity",
    "Exporter",
    "Extractor",
    "ExtractorError",
    "Mention",
    "ModelNotFoundError",
    "Pipeline",
    "Plugins",
    "Quote",
    "ReadError",
    "ReadFailure",
    "Reader",
    "Span",
    "TokenTable",
    "analyze",
    "analyze_many",
    "hookimpl",
    "read",
    "read_all",
    "token_table",
    "trim_span",
]
