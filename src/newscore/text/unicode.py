"""Keeping text valid Unicode: lone surrogates become U+FFFD, one for one.

A Python ``str`` can hold a lone surrogate (``"\\udcff"`` from ``surrogateescape``
decoding, or a ``\\udcff`` escape in JSON), but UTF-8 cannot encode one, so an analysis
holding it could not be written out. newscore replaces each with U+FFFD REPLACEMENT
CHARACTER where text comes in. Both are one ``str`` index long, so every offset is
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from newscore.jsonvalues import valid_text
from newscore.model import Article, Span

__all__ = ["REPLACEMENT", "has_lone_surrogates", "valid_article", "valid_text", "valid_value"]

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogates(text: str) -> bool:
    """Whether ``text`` holds a surrogate code point (always lone in a Python ``str``)."""
    return _SURROGATE.search(text) is not None


def valid_value(value: Any) -> Any:
    """A JSON-like value with every string in it (keys too) made valid."""
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, Mapping):
        return {valid_value(key): valid_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [valid_value(item) for item in value]
    return value


def _needs_repair(article: Article) -> bool:
    texts = [article.text, *article.subheadings, *article.authors]
    texts += [value for value in (article.id, article.title, article.standfirst, article.source, article.url,
                                  article.language) if value is not None]
    return any(has_lone_surrogates(text) for text in texts) or _value_has_surrogates(article.extras)


def _value_has_surrogates(value: Any) -> bool:
    if isinstance(value, str):
        return has_lone_surrogates(value)
    if isinstance(value, Mapping):
        return any(_value_has_surrogates(key) or _value_has_surrogates(item) for key, item in value.items())
    if isinstance(value, (list, tuple)):
        return any(_value_has_surrogates(item) for item in value)
    return False


def valid_article(article: Article) -> Article:
    """``article`` with lone surrogates replaced in every field (itself if it has none)."""
    if not _needs_repair(article):
        return article
    text = valid_text(article.text)

    def optional(value: str | None) -> str | None:
        return None if value is None else valid_text(value)

    return attrs.evolve(
        article,
        text=text,
        id=optional(article.id),
        title=optional(article.title),
        standfirst=optional(article.standfirst),
        subheadings=[valid_text(item) for item in article.subheadings],
        paragraphs=[Span.from_text(text, span.start, span.end) for span in article.paragraphs],
        authors=[valid_text(item) for item in article.authors],
        source=optional(article.source),
        url=optional(article.url),
        language=optional(article.language),
        extras=valid_value(article.extras),
    )
