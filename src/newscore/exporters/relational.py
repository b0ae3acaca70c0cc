"""The corpus as relational tables: one schema for the SQLite and the Parquet writers.

An analysis becomes rows of six tables (``articles``, ``entities``, ``mentions``,
``quotes``, ``quote_spans``, ``errors``) joined by integer keys that the writer hands
out (:class:`Keys`), so the same SQL runs on a SQLite file and on Parquet files. Lists
and free-form mappings (authors, aliases, extras, attributes) are JSON text; booleans
are 0/1 integers, as SQLite stores them. ``docs/corpus.md`` documents every column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

from attrs import frozen

from newscore.model import Analysis, Span

__all__ = ["CORPUS_SCHEMA_VERSION", "TABLES", "Column", "Keys", "Table", "analysis_rows"]

#: Version of the table layout below; bumped on any incompatible change.
CORPUS_SCHEMA_VERSION = 1

ColumnType = Literal["TEXT", "INTEGER", "REAL"]


@frozen
class Column:
    """A column: its SQL type, whether it may be NULL, and the ``table(column)`` it points to."""

    name: str
    type: ColumnType
    nullable: bool = True
    references: str | None = None


@frozen
class Table:
    """A table: its columns in order, its integer primary key, and the columns people filter by."""

    name: str
    columns: tuple[Column, ...]
    primary_key: str | None = None
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _text(name: str, nullable: bool = True) -> Column:
    return Column(name, "TEXT", nullable)


def _int(name: str, nullable: bool = True, references: str | None = None) -> Column:
    return Column(name, "INTEGER", nullable, references)


def _real(name: str) -> Column:
    return Column(name, "REAL")


ARTICLES = Table(
    "articles",
    (
        _int("article_key", nullable=False), _text("id"), _text("title"), _text("standfirst"), _text("source"),
        _text("url"), _text("language"), _text("published"), _text("authors"), _text("text", nullable=False),
        _text("extras"),
    ),
    primary_key="article_key",
    indexes=(("id",), ("source",), ("published",)),
)
ENTITIES = Table(
    "entities",
    (
        _int("entity_key", nullable=False), _int("article_key", False, "articles(article_key)"), _text("id"),
        _text("kind", nullable=False), _text("name", nullable=False), _text("aliases"), _real("confidence"),
        _text("extractor"), _text("country_code"), _real("latitude"), _real("longitude"), _int("geonames_id"),
        _text("feature"), _text("acronym"), _text("type"), _text("attributes"),
    ),
    primary_key="entity_key",
    indexes=(("article_key",), ("kind", "name"), ("country_code",), ("geonames_id",), ("type",)),
)
MENTIONS = Table(
    "mentions",
    (
        _int("entity_key", False, "entities(entity_key)"), _int("article_key", False, "articles(article_key)"),
        _int("char_start", nullable=False), _int("char_end", nullable=False), _text("text", nullable=False),
        _text("form"), _int("metonymic", nullable=False),
    ),
    indexes=(("entity_key",), ("article_key",), ("form",)),
)
QUOTES = Table(
    "quotes",
    (
        _int("quote_key", nullable=False), _int("article_key", False, "articles(article_key)"), _text("id"),
        _text("kind", nullable=False), _text("cue"), _int("cue_start"), _int("cue_end"), _text("speaker"),
        _int("speaker_start"), _int("speaker_end"), _int("speaker_entity_key", True, "entities(entity_key)"),
        _text("speaker_name"), _real("confidence"), _text("extractor"),
    ),
    primary_key="quote_key",
    indexes=(("article_key",), ("speaker_entity_key",), ("speaker_name",), ("kind",)),
)
QUOTE_SPANS = Table(
    "quote_spans",
    (
        _int("quote_key", False, "quotes(quote_key)"), _int("article_key", False, "articles(article_key)"),
        _int("span_index", nullable=False), _int("char_start", nullable=False), _int("char_end", nullable=False),
        _text("text", nullable=False),
    ),
    indexes=(("quote_key",), ("article_key",)),
)
ERRORS = Table(
    "errors",
    (_int("article_key", False, "articles(article_key)"), _text("plugin", nullable=False), _text("message", nullable=False)),
    indexes=(("article_key",), ("plugin",)),
)
#: Every table, parents before children (the order rows are inserted in).
TABLES = (ARTICLES, ENTITIES, MENTIONS, QUOTES, QUOTE_SPANS, ERRORS)


class Keys:
    """Hands out the integer keys of articles, entities and quotes, counting on from ``start``."""

    def __init__(self, start: Mapping[str, int] | None = None) -> None:
        self._next = {"article_key": 1, "entity_key": 1, "quote_key": 1, **(start or {})}

    def take(self, name: str) -> int:
        key = self._next[name]
        self._next[name] = key + 1
        return key


def _json(value: Sequence[Any] | Mapping[str, Any]) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, Mapping)) if value else None


def _span_columns(span: Span | None) -> tuple[str | None, int | None, int | None]:
    return (None, None, None) if span is None else (span.text, span.start, span.end)


def analysis_rows(analysis: Analysis, keys: Keys) -> Iterator[tuple[Table, tuple[Any, ...]]]:
    """The rows of one analysis, each with its table, parents before the rows that point to them."""
    article = analysis.article
    article_key = keys.take("article_key")
    published = None if article.published_at is None else article.published_at.isoformat()
    yield ARTICLES, (
        article_key, article.id, article.title, article.standfirst, article.source, article.url, article.language,
        published, _json(list(article.authors)), article.text, _json(dict(article.extras)),
    )
    entity_keys: dict[str, int] = {}
    for entity in analysis.entities:
        entity_key = keys.take("entity_key")
        if entity.id is not None:
            entity_keys[entity.id] = entity_key
        yield ENTITIES, (
            entity_key, article_key, entity.id, entity.kind, entity.name, _json(list(entity.aliases)),
            entity.confidence, entity.extractor, entity.country_code, entity.latitude, entity.longitude,
            entity.geonames_id, entity.feature, entity.acronym, entity.type, _json(dict(entity.attributes)),
        )
        for mention in entity.mentions:
            yield MENTIONS, (
                entity_key, article_key, mention.start, mention.end, mention.text, mention.form, int(mention.metonymic)
            )
    for quote in analysis.quotes:
        quote_key = keys.take("quote_key")
        speaker_key = None if quote.speaker_entity is None else entity_keys[quote.speaker_entity]
        yield QUOTES, (
            quote_key, article_key, quote.id, quote.kind, *_span_columns(quote.cue), *_span_columns(quote.speaker),
            speaker_key, quote.speaker_name, quote.confidence, quote.extractor,
        )
        for index, span in enumerate(quote.content):
            yield QUOTE_SPANS, (quote_key, article_key, index, span.start, span.end, span.text)
    for error in analysis.errors:
        yield ERRORS, (article_key, error.plugin, error.message)
