"""The JSON and JSON Lines readers: one article object per record, common field names understood."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newscore.errors import ReadError
from newscore.hookspecs import hookimpl
from newscore.model import Article, ReadFailure
from newscore.readers import common  # limits read at call time, so they can be changed
from newscore.readers.common import source_stem
from newscore.readers.text import paragraph_spans
from newscore.text.unicode import valid_article

__all__ = ["JsonLinesReader", "JsonReader", "article_from_record", "parse_json"]

_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "headline"),
    "standfirst": ("standfirst", "dek", "description", "summary", "subtitle"),
    "subheadings": ("subheadings",),
    "url": ("url", "link"),
    "authors": ("authors", "author", "byline"),
    "source": ("source", "publisher", "outlet"),
    "language": ("language", "lang"),
    "published_at": ("published_at", "published", "date", "datetime", "pubdate"),
}
_KNOWN_FIELDS = {alias for aliases in _FIELD_ALIASES.values() for alias in aliases} | {"text", "paragraphs"}


def _field(record: Mapping[str, Any], name: str) -> Any:
    for alias in _FIELD_ALIASES[name]:
        if record.get(alias) is not None:
            return record[alias]
    return None


def _optional_text(record: Mapping[str, Any], name: str) -> str | None:
    value = _field(record, name)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise ReadError(f"field {name!r} must be a string, got {type(value).__name__}")
    return value


def _text_list(record: Mapping[str, Any], name: str) -> list[str]:
    value = _field(record, name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ReadError(f"field {name!r} must be a string or a list of strings")


def _published(record: Mapping[str, Any]) -> _dt.datetime | None:
    value = _field(record, "published_at")
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError(f"field 'published_at' must be an ISO 8601 string, got {type(value).__name__}")
    try:
        moment = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReadError(f"field 'published_at' is not an ISO 8601 date: {value!r}") from None
    # A date without a zone is taken as UTC: newscore never keeps naive datetimes.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.UTC)


def article_from_record(record: Any, *, default_id: str | None = None) -> Article:
    """An article from a JSON object with at least ``text``.

    Recognised fields (and common aliases): ``id``, ``title``/``headline``,
    ``standfirst``/``dek``/``description``, ``subheadings``, ``url``, ``authors``,
    ``source``/``publisher``, ``language``, ``published_at``/``date`` (ISO 8601; a date
    without a zone is taken as UTC). Other scalar fields are kept in
    ``extras["record"]``. Raises :class:`ReadError` saying what is wrong.
    """
    if not isinstance(record, Mapping):
        raise ReadError(f"a record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError("a record needs a 'text' field holding a string")
    others = {
        key: value
        for key, value in record.items()
        if key not in _KNOWN_FIELDS and isinstance(value, (str, int, float, bool))
    }
    paragraphs = paragraph_spans(text)
    article = Article(
        text=text,
        id=_optional_text(record, "id") or default_id,
        title=_optional_text(record, "title"),
        standfirst=_optional_text(record, "standfirst"),
        subheadings=_text_list(record, "subheadings"),
        paragraphs=paragraphs,
        authors=_text_list(record, "authors"),
        source=_optional_text(record, "source"),
        url=_optional_text(record, "url"),
        language=_optional_text(record, "language"),
        published_at=_published(record),
        extras={"record": others} if others else {},
    )
    return valid_article(article)


def _json_depth_over(value: Any, limit: int) -> bool:
    """Whether ``value`` nests arrays and objects more than ``limit`` deep (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (list, dict)))
    return False


def parse_json(text: str) -> Any:
    """Parsed JSON, or a :class:`ReadError` saying what is wrong (bad syntax, too deep, huge numbers)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON: {error}") from None
    except RecursionError:
        raise ReadError(f"invalid JSON: nested more than {common.MAX_JSON_DEPTH} levels deep") from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise ReadError(f"invalid JSON: {error}") from None
    if _json_depth_over(data, common.MAX_JSON_DEPTH):
        raise ReadError(f"invalid JSON: nested more than {common.MAX_JSON_DEPTH} levels deep")
    return data


class JsonReader:
    """A ``.json`` file holding one article object or a list of them."""

    name = "json"
    suffixes: tuple[str, ...] = (".json",)

    def read(self, *, text: str, source: str) -> Iterator[Article | ReadFailure]:
        try:
            data = parse_json(text)
        except ReadError as error:
            yield ReadFailure(source, None, str(error))
            return
        records = data if isinstance(data, list) else [data]
        for index, record in enumerate(records):
            default_id = source_stem(source) if len(records) == 1 else f"{source_stem(source)}-{index + 1}"
            try:
                yield article_from_record(record, default_id=default_id)
            except ReadError as error:
                yield ReadFailure(source, None, f"record {index + 1}: {error}")


class JsonLinesReader:
    """A JSON Lines file (``.jsonl``): one article object per line; blank lines skipped."""

    name = "jsonl"
    suffixes: tuple[str, ...] = (".jsonl", ".ndjson")

    def read(self, *, text: str, source: str) -> Iterator[Article | ReadFailure]:
        # Only "\n" ends a record: JSON strings may hold U+2028, U+0085 and the like raw.
        for number, line in enumerate(text.split("\n"), start=1):
            yield from self.read_line(line, number=number, source=source)

    def read_line(self, line: str, *, number: int, source: str) -> Iterator[Article | ReadFailure]:
        """The article on one line (nothing for a blank line), or a failure naming the line."""
        if not line.strip():
            return
        try:
            yield article_from_record(parse_json(line), default_id=f"{source_stem(source)}-{number}")
        except ReadError as error:
            yield ReadFailure(source, number, str(error))

    def read_file(
        self, path: Path, *, source: str, start: int = 0, end: int | None = None, first_line: int = 1
    ) -> Iterator[Article | ReadFailure]:
        """Stream a JSON Lines file: memory stays bounded by one record, not the file.

        ``start`` and ``end`` (byte offsets at line starts) read only the lines between
        them, numbered from ``first_line``: a partition of a larger file.
        """
        with open(path, "rb") as stream:
            stream.seek(start)
            position, number = start, first_line - 1
            while end is None or position < end:
                raw = stream.readline(common.MAX_RECORD_BYTES + 1)
                if not raw:
                    return
                position += len(raw)
                number += 1
                if len(raw) > common.MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                        position += len(rest)  # skip the rest of the over-long line
                    position += len(rest)
                    yield ReadFailure(source, number, f"the record is longer than {common.MAX_RECORD_BYTES:,} bytes")
                    continue
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as error:
                    message = f"not UTF-8 text (byte 0x{raw[error.start]:02x} at column {error.start + 1})"
                    yield ReadFailure(source, number, message)
                    continue
                yield from self.read_line(line.removesuffix("\n").removesuffix("\r"), number=number, source=source)



@hookimpl
def register_readers() -> list[JsonReader | JsonLinesReader]:
    return [JsonReader(), JsonLinesReader()]
