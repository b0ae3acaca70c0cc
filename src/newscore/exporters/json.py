"""newscore JSON and JSON Lines: the analysis contract of ``docs/data-model.md``, written as it is."""

from __future__ import annotations

import collections
import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from newscore.errors import ResumeError
from newscore.exporters.output import output_error
from newscore.hookspecs import hookimpl
from newscore.model import Analysis

__all__ = ["JsonExporter", "JsonLinesExporter", "completed_ids", "to_json", "write_json_lines"]


def to_json(analysis: Analysis, *, indent: int | None = None) -> str:
    """The analysis as newscore JSON (the contract in ``docs/data-model.md``)."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent)


def write_json_lines(records: Iterable[Any], stream: TextIO) -> None:
    """Write each JSON-ready record on a line of its own, flushing as it goes (for exporters)."""
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()


class JsonLinesExporter:
    name = "jsonl"
    description = "newscore JSON, one analysis per line"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        write_json_lines((analysis.to_dict() for analysis in analyses), stream)


class JsonExporter:
    name = "json"
    description = "newscore JSON: one object for one article, a list for several"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        iterator = iter(analyses)
        first = next(iterator, None)
        if first is None:
            stream.write("[]\n")
            return
        second = next(iterator, None)
        if second is None:
            stream.write(to_json(first, indent=2) + "\n")
            return
        stream.write("[\n")
        stream.write(to_json(first, indent=2))
        for item in itertools.chain([second], iterator):
            stream.write(",\n" + to_json(item, indent=2))
        stream.write("\n]\n")


def completed_ids(path: Path) -> collections.Counter[str]:
    """How many times each article id is already in a JSON Lines output; a torn last line is cut off.

    A count, not a set: two articles may share an id (``a/x.txt`` and ``b/x.txt`` are both
    ``x``), and resuming must skip only as many of them as were written. Only a torn
    *last* line is cut: a file that is not newscore output, or is damaged before its end,
    is refused rather than truncated (:class:`~newscore.errors.ResumeError`).
    """
    done: collections.Counter[str] = collections.Counter()
    if not path.exists():
        return done
    if not path.is_file():  # a device or a pipe: nothing to resume, and /dev/zero-like files never end
        raise ResumeError(f"{path} is not a regular file; --resume needs the JSON Lines file of an earlier run")
    try:
        return _count_and_trim(path, done)
    except OSError as error:
        raise output_error(path, error) from None


def _count_and_trim(path: Path, done: collections.Counter[str]) -> collections.Counter[str]:
    good_length = 0
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            try:
                record = json.loads(line) if line.endswith(b"\n") else None
            except (ValueError, RecursionError):
                record = None
            article = record.get("article") if isinstance(record, dict) else None
            if not isinstance(article, dict) or not isinstance(record, dict) or "schema_version" not in record:
                torn = not line.endswith(b"\n") and _could_start_a_record(line)
                if not torn or stream.read(1):
                    raise ResumeError(f"{path}:{number} is not newscore JSON Lines output; not resuming into it")
                break  # the torn last line of an interrupted run
            if isinstance(article.get("id"), str):
                done[article["id"]] += 1
            good_length += len(line)
    if good_length != path.stat().st_size:
        with open(path, "r+b") as stream:
            stream.truncate(good_length)
    return done


def _could_start_a_record(line: bytes) -> bool:
    opening = b'{"schema_version"'  # how every line the jsonl exporter writes begins
    return line.startswith(opening) or opening.startswith(line)


@hookimpl
def register_exporters() -> list[JsonExporter | JsonLinesExporter]:
    return [JsonExporter(), JsonLinesExporter()]
