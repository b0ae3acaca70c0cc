"""Dask feeding the corpus writer: one writer on the client, partitions added in input order."""

from __future__ import annotations

import collections
import json
import pickle
import sqlite3
from pathlib import Path

import pytest

from newscore.cli import main
from newscore.errors import ExportError
from newscore.exporters.relational import TABLES
from newscore.exporters.sqlite import SqliteExporter
from newscore.runners import dask as dask_runner
from newscore.runners.dask import DaskRun, analyze_to_path

pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install -e '.[dask]')")

_SENTENCES = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday.",
    "“We will not give in,” said Volodymyr Zelensky in Kyiv.",
    "The United Nations said aid had reached Khartoum, Sudan.",
    "“Shares of Apple fell in New York,” Maria Lopez of Example Bank said.",
    "Jacinda Ardern told reporters in Wellington that the plan would go ahead.",
]


def _tables(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {t.name: connection.execute(f"SELECT * FROM {t.name} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> tuple[Path, Path]:
    """A JSON Lines input and the corpus database a local run writes for it."""
    root = tmp_path_factory.mktemp("corpus-dask")
    source = root / "in.jsonl"
    with open(source, "w", encoding="utf-8") as stream:
        for number in range(9):
            text = " ".join(_SENTENCES[(number + k) % len(_SENTENCES)] for k in range(3))
            stream.write(json.dumps({"id": f"a{number}", "text": text, "source": "Example"}) + "\n")
    local = root / "local.db"
    assert main(["analyze", str(source), "-f", "sqlite", "-o", str(local), "--no-progress"]) == 0
    return source, local


def test_dask_writes_the_database_a_local_run_writes_and_resumes_it(inputs, cluster, tmp_path):
    source, local = inputs
    output = tmp_path / "dask.db"
    run = analyze_to_path(
        [str(source)], output, exporter=SqliteExporter(), scheduler_address=cluster.scheduler_address,
        lines_per_partition=2,
    )
    assert run.partitions == 5 and run.articles == 9 and not run.failures
    expected = _tables(local)
    assert expected["quotes"] and _tables(output) == expected  # same rows, same keys: input order kept

    connection = sqlite3.connect(output)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM articles WHERE article_key > 5")  # as if the run had stopped there
    connection.commit()
    connection.close()
    resumed = analyze_to_path(
        [str(source)], output, exporter=SqliteExporter(), scheduler_address=cluster.scheduler_address,
        lines_per_partition=2, resume=True,
    )
    assert resumed.articles == 4
    assert _tables(output) == expected


def test_the_cli_writes_sqlite_on_dask(inputs, cluster, tmp_path):
    source, local = inputs
    output = tmp_path / "cli.db"
    assert main(["analyze", str(source), "--dask", cluster.scheduler_address, "-f", "sqlite", "-o", str(output),
                 "--no-progress"]) == 0
    assert _tables(output) == _tables(local)


class _BreaksOnThird:
    """A path exporter with a bug: it raises on the third article it is given."""

    name, description, writes_path = "breaks", "raises on the third article", True

    def write_to_path(self, analyses, path):
        for number, analysis in enumerate(analyses, start=1):
            if number == 3:
                raise KeyError(analysis.article.id)

    def completed_ids(self, path):
        return collections.Counter()


def test_a_path_exporter_failing_on_dask_is_named_with_the_article(inputs, cluster, tmp_path):
    source, _ = inputs
    with pytest.raises(ExportError, match=r"the 'breaks' exporter \(.*\) failed at article 'a2' \(the 3rd it was given\): KeyError"):
        analyze_to_path(
            [str(source)], tmp_path / "out.db", exporter=_BreaksOnThird(), scheduler_address=cluster.scheduler_address,
            lines_per_partition=2,
        )


def test_the_cli_gives_a_path_format_on_dask_its_time_budget(inputs, tmp_path, monkeypatch):
    # --time-budget used to reach only the JSON Lines runner on Dask; sqlite and parquet got the default.
    source, _ = inputs
    given = []

    def fake(paths, output, **settings):
        given.append(settings)
        return DaskRun(Path(output), 0, 0, 0, (), {})

    monkeypatch.setattr(dask_runner, "analyze_to_path", fake)
    for budget, expected in (("7", 7.0), ("0", None)):
        command = ["analyze", str(source), "--dask", "-f", "sqlite", "-o", str(tmp_path / "x.db"), "--time-budget", budget]
        assert main([*command, "--no-progress"]) == 0
        assert given.pop()["time_budget"] == expected


def test_a_batch_reports_plugin_faults_and_unreadable_inputs_before_it_starts(tmp_path):
    problems, failures = [], []
    batch = dask_runner._Batch.prepare(
        [str(tmp_path / "missing.jsonl")], model=None, options=None, time_budget=7.0, batch_size=4,
        lines_per_partition=2, on_failure=failures.append, on_problem=problems.append,
    )
    assert pickle.loads(batch.recipe).time_budget == 7.0
    assert batch.partitions == [] and failures == batch.failures and "missing.jsonl" in failures[0].source
    assert tuple(problems) == batch.warned  # whatever the installed plugins reported, said once, up front
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        dask_runner._Batch.prepare(
            [], model=None, options=None, time_budget=None, batch_size=0, lines_per_partition=2,
            on_failure=None, on_problem=None,
        )
