"""The corpus formats: the SQLite database and the Parquet files hold every analysis, agree, and survive a kill."""

from __future__ import annotations

import collections
import importlib.metadata
import importlib.util
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscore import Analysis
from newscore.cli import main
from newscore.errors import CorpusError
from newscore.exporters.relational import TABLES
from newscore.exporters.sqlite import completed_ids, connect_read_only, write_corpus
from newscore.testing import analyses

ROOT = Path(__file__).resolve().parents[1]
needs_pyarrow = pytest.mark.skipif(
    importlib.util.find_spec("pyarrow") is None, reason="pyarrow is not installed (pip install -e '.[parquet]')"
)


def _documented_queries() -> list[str]:
    """The ```sql blocks of docs/corpus.md that run on both formats (not those titled otherwise)."""
    page = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    return re.findall(r"^```sql\n(.*?)^```", page, re.M | re.S)


@pytest.fixture(scope="module")
def corpus_db(corpus_analyses, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    write_corpus(corpus_analyses, path, batch_size=7)  # several batches, the last one short
    return path


def _rows(path: Path, sql: str, *parameters) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def test_every_analysis_is_in_the_database_with_all_its_rows(corpus_analyses, corpus_db):
    assert corpus_analyses and any(a.quotes for a in corpus_analyses)
    for analysis in corpus_analyses:
        [(key, text, source, published)] = _rows(
            corpus_db, "SELECT article_key, text, source, published FROM articles WHERE id = ?", analysis.article.id
        )
        assert text == analysis.article.text and source == analysis.article.source
        assert published == analysis.article.published_at.isoformat()
        names = _rows(corpus_db, "SELECT kind, name FROM entities WHERE article_key = ? ORDER BY entity_key", key)
        assert names == [(entity.kind, entity.name) for entity in analysis.entities]
        mentions = _rows(corpus_db, "SELECT count(*) FROM mentions WHERE article_key = ?", key)[0][0]
        assert mentions == sum(len(entity.mentions) for entity in analysis.entities)
        quotes = _rows(corpus_db, "SELECT kind, speaker_name FROM quotes WHERE article_key = ? ORDER BY quote_key", key)
        assert quotes == [(quote.kind, quote.speaker_name) for quote in analysis.quotes]
        spans = _rows(corpus_db, "SELECT text FROM quote_spans WHERE article_key = ? ORDER BY quote_key, span_index", key)
        assert [row[0] for row in spans] == [span.text for quote in analysis.quotes for span in quote.content]


def test_offsets_point_into_the_article_text(corpus_db):
    """SQLite's substr counts characters as Python does: every stored span is its slice of the text."""
    for table in ("mentions", "quote_spans"):
        wrong = _rows(
            corpus_db,
            f"""SELECT count(*), (SELECT count(*) FROM {table}) FROM {table} AS s JOIN articles AS a USING (article_key)
                WHERE substr(a.text, s.char_start + 1, s.char_end - s.char_start) != s.text""",
        )
        assert wrong[0][0] == 0 and wrong[0][1] > 0


def test_speakers_point_at_entities_of_their_own_article(corpus_analyses, corpus_db):
    rows = _rows(
        corpus_db,
        """SELECT q.speaker_name, e.name, q.article_key = e.article_key FROM quotes AS q
           JOIN entities AS e ON e.entity_key = q.speaker_entity_key""",
    )
    expected = sum(1 for a in corpus_analyses for quote in a.quotes if quote.speaker_entity is not None)
    assert len(rows) == expected > 0
    assert all(same for _, _, same in rows)


def test_the_database_is_plain_sqlite_with_keys_indexes_and_meta(corpus_db):
    assert _rows(corpus_db, "PRAGMA foreign_key_check") == []
    assert _rows(corpus_db, "PRAGMA integrity_check") == [("ok",)]
    meta = dict(_rows(corpus_db, "SELECT key, value FROM meta"))
    assert meta["corpus_schema_version"] == "1" and "CREATE TABLE quotes" in meta["schema"]
    assert meta["newscore_version"] == meta["created_with_newscore"] == importlib.metadata.version("newscore")
    for table in TABLES:
        indexed = {row[2] for index in _rows(corpus_db, f"PRAGMA index_list({table.name})")
                   for row in _rows(corpus_db, f"PRAGMA index_info({index[1]})") if row[0] == 0}
        assert {columns[0] for columns in table.indexes} <= indexed, table.name
        references = {row[3] for row in _rows(corpus_db, f"PRAGMA foreign_key_list({table.name})")}
        assert references == {column.name for column in table.columns if column.references}


def test_writing_an_article_again_replaces_its_rows(corpus_analyses, tmp_path):
    path = tmp_path / "corpus.db"
    write_corpus(corpus_analyses[:5], path)
    counts = {table.name: _rows(path, f"SELECT count(*) FROM {table.name}")[0][0] for table in TABLES}
    write_corpus(corpus_analyses[2:5], path)  # the same three articles again
    assert {table.name: _rows(path, f"SELECT count(*) FROM {table.name}")[0][0] for table in TABLES} == counts
    assert _rows(path, "SELECT count(*), count(DISTINCT id) FROM articles") == [(5, 5)]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    assert completed_ids(path) == collections.Counter(a.article.id for a in corpus_analyses[:5])


def test_a_file_that_is_not_a_corpus_is_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(CorpusError, match="not a newscore corpus"):
        write_corpus([], other)
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some words\n" * 10)
    with pytest.raises(CorpusError, match="not a SQLite database"):
        write_corpus([], text)
    with pytest.raises(CorpusError, match="does not exist"):
        connect_read_only(tmp_path / "missing.db")


# --- the documented queries, on SQLite and on Parquet --------------------------------------------


def _parquet_as_sqlite(directory: Path) -> sqlite3.Connection:
    """The Parquet tables loaded into an in-memory SQLite database, through pyarrow only."""
    import pyarrow.parquet as pq

    connection = sqlite3.connect(":memory:")
    for table in TABLES:
        data = pq.read_table(directory / f"{table.name}.parquet")
        assert data.column_names == list(table.column_names)
        connection.execute(f"CREATE TABLE {table.name} ({', '.join(table.column_names)})")
        rows = list(zip(*(data.column(name).to_pylist() for name in data.column_names)))
        connection.executemany(f"INSERT INTO {table.name} VALUES ({', '.join('?' * len(table.columns))})", rows)
    return connection


@pytest.fixture(scope="module")
def corpus_parquet(corpus_analyses, tmp_path_factory) -> Path:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install -e '.[parquet]')")
    from newscore.exporters.parquet import write_parquet

    directory = tmp_path_factory.mktemp("parquet") / "corpus"
    write_parquet(corpus_analyses, directory, row_group_articles=6)  # several row groups
    return directory


def test_the_docs_hold_the_example_queries():
    queries = _documented_queries()
    assert len(queries) >= 3
    assert any("LIMIT 20" in query and "person" in query for query in queries)  # top 20 quoted people
    assert any("outlet" in query and "month" in query for query in queries)
    assert any("country" in query for query in queries)


@needs_pyarrow
@pytest.mark.parametrize("number", range(4))
def test_each_documented_query_gives_the_same_answer_from_sqlite_and_parquet(number, corpus_db, corpus_parquet):
    query = _documented_queries()[number]
    from_sqlite = _rows(corpus_db, query)
    connection = _parquet_as_sqlite(corpus_parquet)
    try:
        from_parquet = connection.execute(query).fetchall()
    finally:
        connection.close()
    assert from_sqlite, "the query found nothing in the test corpus: it proves nothing"
    assert from_parquet == from_sqlite


@needs_pyarrow
def test_the_documented_queries_run_in_duckdb_on_the_parquet_files(corpus_db, corpus_parquet):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (optional: pip install duckdb)")
    connection = duckdb.connect()
    for table in TABLES:
        connection.execute(f"CREATE VIEW {table.name} AS SELECT * FROM '{corpus_parquet / table.name}.parquet'")
    for query in _documented_queries():
        assert connection.execute(query).fetchall() == _rows(corpus_db, query)


@needs_pyarrow
def test_parquet_files_are_complete_and_only_complete(corpus_parquet):
    names = sorted(path.name for path in corpus_parquet.iterdir())
    assert names == sorted([f"{table.name}.parquet" for table in TABLES] + ["meta.parquet"])


# --- a kill halfway, then --resume ----------------------------------------------------------------

_KILLED_WRITER = textwrap.dedent(
    """
    import json, sqlite3, sys, time
    from newscore import Analysis
    from newscore.exporters import sqlite as corpus

    class PausingConnection(sqlite3.Connection):
        # Stops for good inside the second batch's transaction, after its articles, entities
        # and mentions were inserted and before its quotes: the parent kills it there.
        quote_inserts = 0

        def executemany(self, sql, rows):
            if sql.startswith("INSERT INTO quotes"):
                PausingConnection.quote_inserts += 1
                if PausingConnection.quote_inserts == 2:
                    print("inside the transaction", flush=True)
                    time.sleep(600)
            return super().executemany(sql, rows)

    connect = sqlite3.connect
    corpus.sqlite3.connect = lambda *args, **kwargs: connect(*args, factory=PausingConnection, **kwargs)
    with open(sys.argv[1], encoding="utf-8") as stream:
        analyses = (Analysis.from_dict(json.loads(line)) for line in stream)
        corpus.write_corpus(analyses, sys.argv[2], batch_size=4)
    """
)


def test_a_writer_killed_mid_batch_leaves_whole_articles_and_resume_completes_it(corpus_analyses, tmp_path):
    records, path = tmp_path / "analyses.jsonl", tmp_path / "corpus.db"
    records.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in corpus_analyses), encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(records), str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "inside the transaction"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL

    # the first batch is there, whole; nothing of the second
    assert completed_ids(path) == collections.Counter(a.article.id for a in corpus_analyses[:4])
    assert _rows(path, "SELECT count(*) FROM entities WHERE article_key > 4") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM quotes") == [(sum(len(a.quotes) for a in corpus_analyses[:4]),)]

    done = completed_ids(path)
    write_corpus((a for a in corpus_analyses if done[a.article.id] == 0), path)
    assert _rows(path, "SELECT count(*), count(DISTINCT id) FROM articles") == [(len(corpus_analyses),) * 2]
    for table, expected in (
        ("entities", sum(len(a.entities) for a in corpus_analyses)),
        ("mentions", sum(len(e.mentions) for a in corpus_analyses for e in a.entities)),
        ("quotes", sum(len(a.quotes) for a in corpus_analyses)),
        ("quote_spans", sum(len(q.content) for a in corpus_analyses for q in a.quotes)),
    ):
        assert _rows(path, f"SELECT count(*) FROM {table}") == [(expected,)], table
    assert _rows(path, "PRAGMA foreign_key_check") == [] and _rows(path, "PRAGMA integrity_check") == [("ok",)]


# --- the command line -------------------------------------------------------------------------------


def _input(tmp_path: Path, analyses: tuple[Analysis, ...]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps({"id": a.article.id, "text": a.article.text, "source": a.article.source}) + "\n" for a in analyses),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("format_name", ["sqlite", "parquet"])
def test_a_path_format_without_output_is_one_clear_error(format_name, tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text("The minister said nothing.", encoding="utf-8")
    assert main(["analyze", str(source), "--format", format_name, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("error") == 1 and f"--format {format_name} writes a file" in err and "--output" in err


def test_analyze_into_sqlite_then_resume_adds_only_the_rest(corpus_analyses, tmp_path, capsys):
    analyses = corpus_analyses[:4]
    path = tmp_path / "corpus.db"
    assert main(["analyze", str(_input(tmp_path, analyses[:2])), "-f", "sqlite", "-o", str(path), "--no-progress"]) == 0
    first_keys = _rows(path, "SELECT article_key, id FROM articles ORDER BY article_key")
    assert [row[1] for row in first_keys] == [a.article.id for a in analyses[:2]]
    assert main(["analyze", str(_input(tmp_path, analyses)), "-f", "sqlite", "-o", str(path), "--resume", "--no-progress"]) == 0
    rows = _rows(path, "SELECT article_key, id FROM articles ORDER BY article_key")
    assert rows[:2] == first_keys  # kept, not rewritten
    assert [row[1] for row in rows] == [a.article.id for a in analyses]
    quotes = _rows(path, "SELECT count(*) FROM quotes")[0][0]
    assert quotes == sum(len(a.quotes) for a in analyses)


def test_parquet_cannot_be_resumed(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text("The minister said nothing.", encoding="utf-8")
    assert main(["analyze", str(source), "-f", "parquet", "-o", str(tmp_path / "out"), "--resume", "--no-progress"]) == 2
    assert "cannot be resumed" in capsys.readouterr().err


# --- any analyses -----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(analyses(), max_size=5))
def test_any_analyses_become_rows_that_point_at_their_text(found):
    import attrs

    found = [attrs.evolve(a, article=attrs.evolve(a.article, id=f"a{n}")) for n, a in enumerate(found)]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "corpus.db"
        assert write_corpus(found, path, batch_size=2) == len(found)
        assert _rows(path, "SELECT count(*) FROM articles") == [(len(found),)]
        assert _rows(path, "SELECT count(*) FROM mentions") == [(sum(len(e.mentions) for a in found for e in a.entities),)]
        assert _rows(path, "SELECT count(*) FROM quote_spans") == [(sum(len(q.content) for a in found for q in a.quotes),)]
        assert _rows(path, "SELECT count(*) FROM errors") == [(sum(len(a.errors) for a in found),)]
        for table in ("mentions", "quote_spans"):  # checked in Python: SQLite's substr stops at a NUL
            spans = _rows(path, f"SELECT a.text, s.char_start, s.char_end, s.text FROM {table} AS s JOIN articles AS a USING (article_key)")
            assert all(text[start:end] == words for text, start, end, words in spans)
        assert _rows(path, "PRAGMA foreign_key_check") == []


def test_an_output_that_cannot_be_opened_is_one_clear_error(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text("The minister said nothing.", encoding="utf-8")
    missing = tmp_path / "no such directory" / "corpus.db"
    assert main(["analyze", str(source), "-f", "sqlite", "-o", str(missing), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("error") == 1 and "cannot open" in err and "corpus.db" in err
