"""Turning files into articles: plain-text news files, JSON and JSON Lines.

Offsets always index the text as read: nothing is normalised, so a span found in an
article can be looked up in the original file's characters. (The one exception: a lone
surrogate, which a ``\udcff`` escape in JSON can produce and UTF-8 cannot hold, becomes
U+FFFD, one character for one.)

Input is bounded (see ``docs/security.md``): a file read whole may hold at most
:data:`MAX_FILE_BYTES`; JSON Lines files are streamed line by line, each line at most
:data:`MAX_RECORD_BYTES`; JSON may nest at most :data:`MAX_JSON_DEPTH` deep. Anything
over a limit is a :class:`ReadFailure` naming the file (and line), never a crash.
"""

from __future__ import annotations

import datetime as _dt
import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from attrs import frozen

from newscore._unicode import valid_article
from newscore.model import Article, Span

if TYPE_CHECKING:
    from newscore.plugins import Plugins

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_RECORD_BYTES",
    "Reader",
    "ReadError",
    "ReadFailure",
    "PlainTextReader",
    "JsonReader",
    "JsonLinesReader",
    "article_from_plain_text",
    "article_from_record",
    "decode",
    "expand_source",
    "reader_table",
    "read",
    "read_all",
]


#: The most bytes newscore reads from one file (or standard input) read whole.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: The most bytes in one JSON Lines record (one line); JSON Lines files are streamed.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: How deeply JSON arrays and objects may nest (an article record needs 3 levels).
MAX_JSON_DEPTH = 32


class ReadError(ValueError):
    """A file or string that cannot be read as an article; the message names it."""


@frozen
class ReadFailure:
    """An input record that could not be read, and where it was: kept so a batch goes on."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


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


# --- plain text -------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)")
_LINE = re.compile(r"[^\r\n\u2028\u2029]+")
_SOURCE_LINE = re.compile(r"^(?:source|sources|via|credit|credits)\s*:\s*(?P<name>\S.{0,80})$", re.I)
_TERMINAL = tuple(".!?:;,\"”’)…")


def _blocks(text: str) -> list[Span]:
    """Paragraph spans: blocks between blank lines if there are any, else single lines."""
    if _BLANK_LINE.search(text):
        pieces, start = [], 0
        for match in _BLANK_LINE.finditer(text):
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, len(text)))
    else:
        pieces = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    spans = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span.from_text(text, start, end))
    return spans


def _is_heading(block: Span) -> bool:
    line = block.text
    return (
        len(line) <= 80
        and len(line.split()) <= 12
        and "\n" not in line
        and not line.endswith(_TERMINAL)
        and not line.startswith(tuple("\"“‘'«„-—–•*"))
    )


def article_from_plain_text(text: str, *, id: str | None = None, source: str | None = None) -> Article:
    """An article from a plain-text news file laid out like ``seeds/``.

    The first line is the title when it is short; a short second paragraph without
    quotation marks is the standfirst; short lines without end punctuation are
    subheadings; a last line ``Source: X`` names the publisher. The other blocks are the
    body paragraphs. ``text`` is kept exactly, so offsets match the file.
    """
    blocks = _blocks(text)
    title = standfirst = publisher = None
    subheadings: list[str] = []
    body = list(blocks)
    if len(body) > 1 and len(body[0].text) <= 200 and "\n" not in body[0].text:
        title = body.pop(0).text
    if body and (match := _SOURCE_LINE.match(body[-1].text)):
        publisher = match.group("name").strip()
        body.pop()
    if (
        title is not None
        and len(body) >= 3
        and len(body[0].text) <= 250
        and not any(mark in body[0].text for mark in "\"“”«»„")
    ):
        standfirst = body.pop(0).text
    paragraphs = []
    for block in body:
        if paragraphs and _is_heading(block):
            subheadings.append(block.text)
        else:
            paragraphs.append(block)
    return Article(
        text=text,
        id=id,
        title=title,
        standfirst=standfirst,
        subheadings=subheadings,
        paragraphs=paragraphs,
        source=publisher if publisher is not None else source,
    )


class PlainTextReader:
    """Plain-text news files (``.txt``): one article per file."""

    name = "text"
    suffixes = (".txt", ".text")

    def read(self, *, text: str, source: str) -> Iterator[Article]:
        yield article_from_plain_text(text, id=_stem(source))


# --- JSON records -------------------------------------------------------------------------

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
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.timezone.utc)


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
    paragraphs = _blocks(text)
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


def _parse_json(text: str) -> Any:
    """Parsed JSON, or a :class:`ReadError` saying what is wrong (bad syntax, too deep, huge numbers)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON: {error}") from None
    except RecursionError:
        raise ReadError(f"invalid JSON: nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise ReadError(f"invalid JSON: {error}") from None
    if _json_depth_over(data, MAX_JSON_DEPTH):
        raise ReadError(f"invalid JSON: nested more than {MAX_JSON_DEPTH} levels deep")
    return data


class JsonReader:
    """A ``.json`` file holding one article object or a list of them."""

    name = "json"
    suffixes = (".json",)

    def read(self, *, text: str, source: str) -> Iterator[Article | ReadFailure]:
        try:
            data = _parse_json(text)
        except ReadError as error:
            yield ReadFailure(source, None, str(error))
            return
        records = data if isinstance(data, list) else [data]
        for index, record in enumerate(records):
            default_id = _stem(source) if len(records) == 1 else f"{_stem(source)}-{index + 1}"
            try:
                yield article_from_record(record, default_id=default_id)
            except ReadError as error:
                yield ReadFailure(source, None, f"record {index + 1}: {error}")


class JsonLinesReader:
    """A JSON Lines file (``.jsonl``): one article object per line; blank lines skipped."""

    name = "jsonl"
    suffixes = (".jsonl", ".ndjson")

    def read(self, *, text: str, source: str) -> Iterator[Article | ReadFailure]:
        # Only "\n" ends a record: JSON strings may hold U+2028, U+0085 and the like raw.
        for number, line in enumerate(text.split("\n"), start=1):
            yield from self.read_line(line, number=number, source=source)

    def read_line(self, line: str, *, number: int, source: str) -> Iterator[Article | ReadFailure]:
        """The article on one line (nothing for a blank line), or a failure naming the line."""
        if not line.strip():
            return
        try:
            yield article_from_record(_parse_json(line), default_id=f"{_stem(source)}-{number}")
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
                raw = stream.readline(MAX_RECORD_BYTES + 1)
                if not raw:
                    return
                position += len(raw)
                number += 1
                if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                        position += len(rest)  # skip the rest of the over-long line
                    position += len(rest)
                    yield ReadFailure(source, number, f"the record is longer than {MAX_RECORD_BYTES:,} bytes")
                    continue
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as error:
                    message = f"not UTF-8 text (byte 0x{raw[error.start]:02x} at column {error.start + 1})"
                    yield ReadFailure(source, number, message)
                    continue
                yield from self.read_line(line.removesuffix("\n").removesuffix("\r"), number=number, source=source)


BUILTIN_READERS: tuple[Reader, ...] = (PlainTextReader(), JsonReader(), JsonLinesReader())


# --- files and batches ------------------------------------------------------------------


def _stem(source: str) -> str:
    return "stdin" if source == "<stdin>" else Path(source).stem


def decode(data: bytes, *, source: str) -> str:
    """UTF-8 text of a file (a BOM dropped), or a :class:`ReadError` naming ``source``."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"{source}: {_too_big(len(data))}")
    if b"\x00" in data[:8192]:
        raise ReadError(f"{source}: looks like a binary file (it holds NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(
            f"{source}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 first"
        ) from None


def _too_big(size: int) -> str:
    return (
        f"the file has {size:,} bytes, more than the limit of {MAX_FILE_BYTES:,} for a file read whole; "
        "split it, or use JSON Lines (streamed record by record)"
    )


def _read_stdin() -> str:
    """Standard input as text, decoded like a file so bad bytes give a clear error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text stream (tests, embedding)
        return sys.stdin.read(MAX_FILE_BYTES + 1)
    return decode(stream.read(MAX_FILE_BYTES + 1), source="<stdin>")


def reader_table(plugins: Plugins | None = None) -> dict[str, Reader]:
    """The reader for each file suffix: the built-in ones, overridden by ``plugins``' readers."""
    table = {suffix: reader for reader in BUILTIN_READERS for suffix in reader.suffixes}
    if plugins is not None:
        for reader in plugins.readers():
            table.update({suffix.lower(): reader for suffix in reader.suffixes})
    return table


def _sniff(text: str) -> Reader:
    """The reader for text with no file name: JSON Lines or JSON if it looks like it."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        try:
            _parse_json(first_line)
            return JsonLinesReader()
        except ReadError:
            return JsonReader()
    if stripped.startswith("["):
        return JsonReader()
    return PlainTextReader()


def expand_source(source: str | Path, table: Mapping[str, Reader]) -> Iterator[Path | ReadFailure]:
    """The files one source names, in the order a batch reads them.

    A directory gives its files (recursively, sorted) whose suffix ``table`` knows; a glob
    pattern gives its matches, sorted; a source naming nothing gives a :class:`ReadFailure`.
    """
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in table:
                yield child
    elif path.exists():
        yield path
    elif isinstance(source, str) and glob.has_magic(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield ReadFailure(str(source), None, "no file matches this pattern")
        for match in matches:
            if Path(match).is_file():
                yield Path(match)
    else:
        yield ReadFailure(str(source), None, "no such file or directory")


def read_all(sources: Iterable[str | Path], *, plugins: Plugins | None = None) -> Iterator[Article | ReadFailure]:
    """Every article in ``sources`` (files, directories, glob patterns, ``-`` for stdin).

    Yields a :class:`ReadFailure` for each file or record that cannot be read and goes on,
    so one bad input never loses the others.
    """
    table = reader_table(plugins)
    for source in sources:
        if str(source) == "-":
            try:
                text = _read_stdin()
            except ReadError as error:
                yield ReadFailure("<stdin>", None, str(error).removeprefix("<stdin>: "))
                continue
            if len(text) > MAX_FILE_BYTES:
                yield ReadFailure("<stdin>", None, _too_big(len(text)))
                continue
            yield from _sniff(text).read(text=text, source="<stdin>")
            continue
        for item in expand_source(source, table):
            if isinstance(item, ReadFailure):
                yield item
                continue
            name = str(item)
            reader = table.get(item.suffix.lower())
            if reader is None:
                known = ", ".join(sorted(table))
                yield ReadFailure(name, None, f"no reader for {item.suffix or 'files without a suffix'} (known: {known})")
                continue
            try:
                if isinstance(reader, JsonLinesReader):
                    yield from reader.read_file(item, source=name)
                    continue
                size = item.stat().st_size
                if size > MAX_FILE_BYTES:
                    raise ReadError(f"{name}: {_too_big(size)}")
                text = decode(item.read_bytes(), source=name)
            except ReadError as error:
                yield ReadFailure(name, None, str(error).removeprefix(f"{name}: "))
                continue
            except OSError as error:
                yield ReadFailure(name, None, error.strerror or str(error))
                continue
            yield from reader.read(text=text, source=name)


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and bool(re.fullmatch(r"\S+\.[A-Za-z0-9]{1,8}", value))


def read(source: str | Path, *, plugins: Plugins | None = None) -> Article:
    """One article from a file path, or from a string holding a plain-text article.

    A :class:`~pathlib.Path`, or a string naming an existing file (or looking like a
    file name), is read as a file; any other string is parsed as plain-text news.
    Raises :class:`ReadError` (naming the input) when the file holds no readable article,
    and ``FileNotFoundError`` when it does not exist.
    """
    if isinstance(source, str) and not Path(source).exists() and not _looks_like_path(source):
        return article_from_plain_text(source)
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    for item in read_all([path], plugins=plugins):
        if isinstance(item, ReadFailure):
            raise ReadError(str(item))
        return item
    raise ReadError(f"{path}: holds no article")
