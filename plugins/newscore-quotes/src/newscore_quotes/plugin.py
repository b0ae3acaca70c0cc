"""newscore hook implementations: registers the ``quotes`` extractor."""

from __future__ import annotations

from newscore import hookimpl
from newscore_quotes.extractor import QuoteExtractor


@hookimpl
def register_extractors() -> list[QuoteExtractor]:
    """The quotes extractor (direct, partial, indirect and mixed quotes with speakers)."""
    return [QuoteExtractor()]
