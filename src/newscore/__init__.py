"""newscore: turn news articles into structured facts — quotes, places, organisations."""

from __future__ import annotations

from newscore._version import VERSION
from newscore.config import read_config
from newscore.errors import ModelNotFoundError, OptionError, ReadError
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
    ReadFailure,
    Span,
)
from newscore.options import Option
from newscore.pipeline import Pipeline, analyze, analyze_many
from newscore.plugins import Plugins
from newscore.protocols import Exporter, Extractor, PathExporter, Reader
from newscore.readers.sources import read, read_all
from newscore.text.spans import trim_span
from newscore.text.tokens import TokenTable, token_table

__version__ = VERSION

__all__ = [
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
    "Option",
    "OptionError",
    "PathExporter",
    "Pipeline",
    "Plugins",
    "Quote",
    "ReadError",
    "ReadFailure",
    "Reader",
    "Span",
    "TokenTable",
    "__version__",
    "analyze",
    "analyze_many",
    "hookimpl",
    "read",
    "read_all",
    "read_config",
    "token_table",
    "trim_span",
]
