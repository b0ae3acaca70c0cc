"""The sqlite format: a corpus database researchers can query (tables in ``exporters/relational.py``).

Plain SQLite through the standard library: no extension, so the file opens as it is in
the ``sqlite3`` shell, datasette or DuckDB. Analyses are written in batches, each batch
one transaction: a run killed halfway leaves every article either complete or absent,
and ``--resume`` skips the articles already there. An existing corpus is added to; an
article whose id is already in it is replaced, rows and all.
"""

from __future__ import annotations

import collections
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newscore._version import VERSION
from newscore.errors import CorpusError
from newscore.exporters.relational import CORPUS_SCHEMA_VERSION, TABLES, Keys, Table, analysis_rows
from newscore.hookspecs import hookimpl
from newscore.model import SCHEMA_VERSION, Analysis

__all__ = ["SqliteExporter", "completed_ids", "connect", "connect_read_only", "schema_sql", "write_corpus"]

#: Articles per transaction: small enough that a kill loses little, big enough that commits cost nothing.
BATCH_ARTICLES = 64


def _table_sql(table: Table) -> list[str]:
    columns = []
    for column in table.columns:
        text = f"{column.name} {column.type}"
        if column.name == table.primary_key:
            text += " PRIMARY KEY"
        elif not column.nullable:
            text += " NOT NULL"
        if column.references:
            text += f" REFERENCES {column.references} ON DELETE CASCADE"
        columns.append(text)
    statements = [f"CREATE TABLE {table.name} (\n    " + ",\n    ".join(columns) + "\n)"]
    for index in table.indexes:
        unique = "UNIQUE " if index == ("id",) and table.name == "articles" else ""
        statements.append(f"CREATE {unique}INDEX {table.name}_{'_'.join(index)} ON {table.name} ({', '.join(index)})")
    return statements


def schema_sql() -> str:
    """The ``CREATE`` statements of a corpus database, as stored in its ``meta`` table."""
    statements = ["CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]
    for table in TABLES:
        statements.extend(_table_sql(table))
    return ";\n".join(statements) + ";\n"


def _check_corpus(connection: sqlite3.Connection, path: Path) -> bool:
    """Whether ``path`` already holds a corpus (False: an empty database); CorpusError if it holds something else."""
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise CorpusError(f"{path} is not a SQLite database ({error}); not writing into it") from None
    if not tables:
        return False
    if "meta" not in tables:
        raise CorpusError(f"{path} is a SQLite database but not a newscore corpus (no meta table); not writing into it")
    found = dict(connection.execute("SELECT key, value FROM meta").fetchall()).get("corpus_schema_version")
    if found != str(CORPUS_SCHEMA_VERSION):
        raise CorpusError(
            f"{path} is a newscore corpus of schema version {found}; this newscore writes version {CORPUS_SCHEMA_VERSION}"
        )
    return True


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection to the corpus at ``path``, created with its schema if it does not exist yet.

    Foreign keys are enforced on it (so replacing an article removes its rows), and it
    is in autocommit mode: callers open their own transactions.
    """
    path = Path(path)
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:  # a missing directory, no permission
        raise CorpusError(f"cannot open {path} as a database: {error}") from None
    try:
        exists = _check_corpus(connection, path)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        meta = {"newscore_version": VERSION, "updated_at": now}
        if not exists:  # the schema and its meta rows in one transaction: a kill leaves no half schema
            connection.executescript("BEGIN;\n" + schema_sql())
            meta |= {
                "corpus_schema_version": str(CORPUS_SCHEMA_VERSION),
                "analysis_schema_version": str(SCHEMA_VERSION),
                "schema": schema_sql(),
                "created_with_newscore": VERSION,
                "created_at": now,
            }
        else:
            connection.execute("BEGIN")
        connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
        connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection


def _batches(analyses: Iterable[Analysis], size: int) -> Iterator[list[Analysis]]:
    batch: list[Analysis] = []
    for analysis in analyses:
        batch.append(analysis)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _next_keys(connection: sqlite3.Connection) -> Keys:
    start = {}
    for table, key in (("articles", "article_key"), ("entities", "entity_key"), ("quotes", "quote_key")):
        start[key] = (connection.execute(f"SELECT max({key}) FROM {table}").fetchone()[0] or 0) + 1
    return Keys(start)


def _last_of_each_id(batch: list[Analysis]) -> list[Analysis]:
    """The batch with only the last article of each id: a later article replaces an earlier one."""
    last = {analysis.article.id: position for position, analysis in enumerate(batch) if analysis.article.id is not None}
    return [a for position, a in enumerate(batch) if a.article.id is None or last[a.article.id] == position]


def _write_batch(connection: sqlite3.Connection, batch: list[Analysis], keys: Keys) -> None:
    rows: dict[str, list[tuple[Any, ...]]] = {table.name: [] for table in TABLES}
    for analysis in _last_of_each_id(batch):
        for table, row in analysis_rows(analysis, keys):
            rows[table.name].append(row)
    ids = [(analysis.article.id,) for analysis in batch if analysis.article.id is not None]
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.executemany("DELETE FROM articles WHERE id = ?", ids)  # their rows go with them (cascade)
        for table in TABLES:
            placeholders = ", ".join("?" * len(table.columns))
            connection.executemany(
                f"INSERT INTO {table.name} ({', '.join(table.column_names)}) VALUES ({placeholders})", rows[table.name]
            )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def write_corpus(analyses: Iterable[Analysis], path: str | Path, *, batch_size: int = BATCH_ARTICLES) -> int:
    """Add ``analyses`` to the corpus database at ``path``, ``batch_size`` articles per transaction.

    Consumes ``analyses`` lazily, so memory stays flat however many there are; returns
    how many were written.
    """
    connection = connect(path)
    written = 0
    try:
        keys = _next_keys(connection)
        for batch in _batches(analyses, batch_size):
            _write_batch(connection, batch, keys)
            written += len(batch)
    finally:
        connection.close()
    return written


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the corpus at ``path``; CorpusError if it is missing or not a corpus."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path} does not exist or is not a file; expected a corpus from `--format sqlite`")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not _check_corpus(connection, path):
            raise CorpusError(f"{path} is an empty SQLite database, not a newscore corpus")
    except BaseException:
        connection.close()
        raise
    return connection


def completed_ids(path: str | Path) -> collections.Counter[str]:
    """The article ids the corpus at ``path`` holds (none if there is no file yet), for ``--resume``."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return collections.Counter()
    connection = connect_read_only(path)
    try:
        return collections.Counter(row[0] for row in connection.execute("SELECT id FROM articles WHERE id IS NOT NULL"))
    finally:
        connection.close()


class SqliteExporter:
    name = "sqlite"
    description = "a SQLite corpus database at --output: articles, entities, mentions, quotes (added to, by id)"
    writes_path = True

    def write_to_path(self, analyses: Iterable[Analysis], path: Path) -> None:
        write_corpus(analyses, path)

    def completed_ids(self, path: Path) -> collections.Counter[str]:
        return completed_ids(path)


@hookimpl
def register_exporters() -> list[SqliteExporter]:
    return [SqliteExporter()]
