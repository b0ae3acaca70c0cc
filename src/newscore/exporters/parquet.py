"""The parquet format: the corpus tables as Parquet files, for DuckDB, Spark, Polars and friends.

``--format parquet -o corpus/`` writes one file per table of ``exporters/relational.py``
(``articles.parquet``, ``entities.parquet`` …) and ``meta.parquet`` into a directory,
with the same columns and keys as the sqlite format, so the same SQL runs on both.
Rows are written a row group at a time as analyses come, so memory stays flat. Each
file is written under a ``.partial`` name and renamed when complete: a killed run
leaves no half file that looks whole (and is not resumable: run it again).

Needs pyarrow (``pip install 'newscore[parquet]'``), imported only when used.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newscore._version import VERSION
from newscore.errors import CorpusError, ResumeError
from newscore.exporters.relational import CORPUS_SCHEMA_VERSION, TABLES, Keys, Table, analysis_rows
from newscore.hookspecs import hookimpl
from newscore.model import SCHEMA_VERSION, Analysis

__all__ = ["ParquetExporter", "write_parquet"]

#: Articles per row group: bounds memory (rows are held until their group is written).
ROW_GROUP_ARTICLES = 500
_ARROW_TYPES = {"TEXT": "string", "INTEGER": "int64", "REAL": "float64"}


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise CorpusError("--format parquet needs pyarrow; install it with `pip install 'newscore[parquet]'`") from None
    return pyarrow


def _schema(pa: Any, table: Table) -> Any:
    return pa.schema(
        [pa.field(column.name, getattr(pa, _ARROW_TYPES[column.type])(), nullable=column.nullable) for column in table.columns]
    )


class _TableFiles:
    """One Parquet writer per table, each under a ``.partial`` name until :meth:`finish`."""

    def __init__(self, pa: Any, directory: Path) -> None:
        self._pa = pa
        self._directory = directory
        self._schemas = {table.name: _schema(pa, table) for table in TABLES}
        self._writers = {
            name: pa.parquet.ParquetWriter(directory / f"{name}.parquet.partial", schema)
            for name, schema in self._schemas.items()
        }
        self._rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in self._schemas}

    def add(self, table: Table, row: tuple[Any, ...]) -> None:
        self._rows[table.name].append(row)

    def flush(self) -> None:
        """Write the rows held so far as one row group per table."""
        for name, rows in self._rows.items():
            if rows:
                schema = self._schemas[name]
                columns = [self._pa.array(values, type=field.type) for values, field in zip(zip(*rows), schema)]
                self._writers[name].write_table(self._pa.Table.from_arrays(columns, schema=schema))
                rows.clear()

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()

    def finish(self, meta: dict[str, str]) -> None:
        self.flush()
        self.close()
        pa = self._pa
        keys, values = sorted(meta), [meta[key] for key in sorted(meta)]
        pa.parquet.write_table(
            pa.table({"key": pa.array(keys, pa.string()), "value": pa.array(values, pa.string())}),
            self._directory / "meta.parquet.partial",
        )
        for name in (*self._schemas, "meta"):
            os.replace(self._directory / f"{name}.parquet.partial", self._directory / f"{name}.parquet")


def write_parquet(analyses: Iterable[Analysis], directory: str | Path, *, row_group_articles: int = ROW_GROUP_ARTICLES) -> int:
    """Write ``analyses`` as the corpus tables into ``directory`` (created; its table files replaced).

    Consumes ``analyses`` lazily, ``row_group_articles`` per row group; returns how many
    were written.
    """
    pa = _pyarrow()
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise CorpusError(f"{directory} is a file; --format parquet writes a directory of Parquet files")
    directory.mkdir(parents=True, exist_ok=True)
    files = _TableFiles(pa, directory)
    keys, written = Keys(), 0
    try:
        for analysis in analyses:
            for table, row in analysis_rows(analysis, keys):
                files.add(table, row)
            written += 1
            if written % row_group_articles == 0:
                files.flush()
    except BaseException:
        files.close()
        raise
    files.finish(
        {
            "corpus_schema_version": str(CORPUS_SCHEMA_VERSION),
            "analysis_schema_version": str(SCHEMA_VERSION),
            "newscore_version": VERSION,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    return written


class ParquetExporter:
    name = "parquet"
    description = "the corpus tables as Parquet files in the directory --output (for DuckDB, Spark)"
    writes_path = True

    def write_to_path(self, analyses: Iterable[Analysis], path: Path) -> None:
        write_parquet(analyses, path)

    def completed_ids(self, path: Path) -> collections.Counter[str]:
        raise ResumeError(f"{path}: Parquet output is written whole and cannot be resumed; use --format sqlite to resume")


@hookimpl
def register_exporters() -> list[ParquetExporter]:
    return [ParquetExporter()]
