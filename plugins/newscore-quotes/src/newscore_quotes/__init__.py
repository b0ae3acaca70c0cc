"""newscore-quotes: who is reported to have said what, in news articles."""

from __future__ import annotations

__all__ = ["QuoteExtractor"]


def __getattr__(name: str):  # keep `import newscore_quotes.marks` free of spaCy-side imports
    if name == "QuoteExtractor":
        from newscore_quotes.extractor import QuoteExtractor

        return QuoteExtractor
    raise AttributeError(name)
