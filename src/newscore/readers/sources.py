"""Finding the inputs of a batch: files, directories, glob patterns and standard input, each read by
the reader its suffix names (or whose format the text shows)."""

from __future__ import annotations

import errno
import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from newscore.errors import ReadError
from newscore.model import Article, ReadFailure
from newscore.protocols import Reader
from newscore.readers import common  # limits read at call time, so they can be changed
from newscore.readers.json import JsonLinesReader, JsonReader, parse_json
from newscore.readers.text import PlainTextReader, article_from_plain_text

if TYPE_CHECKING:
    from newscore.plugins import Plugins

__all__ = ["BUILTIN_READERS", "decode", "expand_source", "read", "read_all", "reader_table"]

#: The readers newscore has without any plugin (each module also registers its own through a hook).
BUILTIN_READERS: tuple[Reader, ...] = (PlainTextReader(), JsonReader(), JsonLinesReader())


def decode(data: bytes, *, source: str) -> str:
    """UTF-8 text of a file (a BOM dropped), or a :class:`ReadError` naming ``source``."""
    if len(data) > common.MAX_FILE_BYTES:
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
        f"the file has {size:,} bytes, more than the limit of {common.MAX_FILE_BYTES:,} for a file read whole; "
        "split it, or use JSON Lines (streamed record by record)"
    )


def _read_stdin() -> str:
    """Standard input as text, decoded like a file so bad bytes give a clear error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text stream (tests, embedding)
        return sys.stdin.read(common.MAX_FILE_BYTES + 1)
    return decode(stream.read(common.MAX_FILE_BYTES + 1), source="<stdin>")


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
            parse_json(first_line)
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
            if child.is_file():
                if child.suffix.lower() in table:
                    yield child
            elif child.is_symlink():
                problem = _link_problem(child)
                if problem is not None and (child.is_dir() or child.suffix.lower() in table):
                    yield ReadFailure(str(child), None, problem)
    elif path.exists():
        yield path
    elif path.is_symlink():
        yield ReadFailure(str(source), None, _link_problem(path) or "no such file or directory")
    elif isinstance(source, str) and glob.has_magic(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield ReadFailure(str(source), None, "no file matches this pattern")
        for match in matches:
            if Path(match).is_file():
                yield Path(match)
    else:
        yield ReadFailure(str(source), None, "no such file or directory")


def _link_problem(link: Path) -> str | None:
    """Why the symbolic link ``link`` is not read: it loops, leads nowhere, or points to a directory above it.

    Links to directories inside a directory are never followed (so no loop can make a
    batch endless); only one that leads back up is worth a word, as the loop it is.
    """
    try:
        os.stat(link)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link that loops (it leads back to itself)"
        return "a broken symbolic link (what it points to does not exist)"
    if link.is_dir() and link.parent.resolve().is_relative_to(link.resolve()):
        return "a symbolic link to a directory above it (a loop); not followed"
    return None


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
            if len(text) > common.MAX_FILE_BYTES:
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
                if size > common.MAX_FILE_BYTES:
                    raise ReadError(f"{name}: {_too_big(size)}")
                text = decode(item.read_bytes(), source=name)
            except ReadError as error:
                yield ReadFailure(name, None, str(error).removeprefix(f"{name}: "))
                continue
            except OSError as error:
                yield ReadFailure(name, None, error.strerror or str(error))
                continue
            yield from _read_with(reader, text, name)


def _read_with(reader: Reader, text: str, source: str) -> Iterator[Article | ReadFailure]:
    """What ``reader`` reads from ``text``; a plugin reader that raises gives a read failure naming it and the file.

    What it yielded before it raised is kept; so are the files before and after it.
    """
    try:
        for item in reader.read(text=text, source=source):
            if isinstance(item, (Article, ReadFailure)):
                yield item
            else:
                yield ReadFailure(source, None, f"reader {_name(reader)} gave a {type(item).__name__}, not an article")
    except (Exception, SystemExit) as error:  # one plugin's fault is this file's failure, not the batch's
        yield ReadFailure(source, None, f"reader {_name(reader)} failed: {type(error).__name__}: {error}")


def _name(reader: Reader) -> str:
    name = getattr(reader, "name", None)
    return repr(name) if isinstance(name, str) else type(reader).__name__


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
