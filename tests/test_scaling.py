"""Whole pipelines in worker processes, streaming CLI batches, --resume after a kill, progress."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscore import Article, Entity, Mention, Pipeline, Plugins, hookimpl
from newscore.cli import _count_records, main
from newscore.runners.processes import PipelineRecipe, analyze_in_processes

_TEXTS = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday.",
    "“We will not give in,” said Volodymyr Zelensky in Kyiv.",
    "Jacinda Ardern told reporters that the plan would go ahead, and Chris Hipkins agreed.",
    "Nothing named here at all.",
    "Joe Biden and Kamala Harris spoke; Biden left first.",
]


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(model=nlp)


def _dicts(analyses):
    return [analysis.to_dict() for analysis in analyses]


def test_two_processes_give_the_same_analyses_in_input_order(pipeline):
    articles = [Article(text=text, id=f"t{n}") for n, text in enumerate(_TEXTS * 3)]
    expected = _dicts(pipeline.analyze_many(articles))
    assert _dicts(pipeline.analyze_many(articles, n_process=2, batch_size=2)) == expected
    assert [a["article"]["id"] for a in expected] == [f"t{n}" for n in range(15)]


def test_a_bad_item_raises_after_the_items_before_it(pipeline):
    analyses = pipeline.analyze_many([_TEXTS[0], _TEXTS[1], _TEXTS[2], 42, _TEXTS[3]], n_process=2, batch_size=2)
    assert [a.article.text for a in itertools_take(analyses, 3)] == _TEXTS[:3]
    with pytest.raises(TypeError, match="item 3"):
        next(analyses)


def itertools_take(iterator, count):
    return [next(iterator) for _ in range(count)]


class _CrashingExtractor:
    """Kills its process on a text holding CRASH: a segfault in native code, as far as the parent sees."""

    name, version, needs, provides = "crasher", "1", (), ("thing",)

    def extract(self, *, article, doc, entities, quotes):
        if "CRASH" in article.text:
            os._exit(3)
        return [Entity(kind="thing", name="first", mentions=[Mention.from_text(article.text, 0, 1)])]


class _CrashingPlugin:
    @hookimpl
    def register_extractors(self):
        return [_CrashingExtractor()]


def test_a_worker_that_dies_costs_only_its_article(nlp):
    plugins = Plugins(load_entry_points=False)
    plugins.register(_CrashingPlugin(), name="crasher")
    pipeline = Pipeline(model=nlp, plugins=plugins)
    texts = [f"Story {n} by Ann Lee." for n in range(6)]
    texts[3] = "Story CRASH here."
    analyses = list(analyze_in_processes(pipeline, texts, n_process=2, batch_size=2, start_method="fork"))
    assert [a.article.text for a in analyses] == texts
    assert "worker process" in analyses[3].errors[0].message and not analyses[3].entities
    for number in (0, 1, 2, 4, 5):
        assert not analyses[number].errors
        assert any(e.kind == "thing" for e in analyses[number].entities)


def test_a_recipe_rebuilds_the_same_pipeline(pipeline, nlp):
    recipe = PipelineRecipe.of(Pipeline(model=nlp))
    rebuilt = recipe.build()
    assert [e.name for e in rebuilt.extractors] == [e.name for e in pipeline.extractors]
    assert _dicts([rebuilt.analyze(_TEXTS[0])]) == _dicts([pipeline.analyze(_TEXTS[0])])


def _write_batch(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(count):
            stream.write(json.dumps({"id": f"s{number}", "text": _TEXTS[number % len(_TEXTS)]}) + "\n")


def test_resume_after_a_kill_writes_each_article_exactly_once(tmp_path):
    batch, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_batch(batch, 40)
    command = [sys.executable, "-m", "newscore", "analyze", str(batch), "-f", "jsonl", "-o", str(out),
               "--batch-size", "1", "--no-progress"]
    worker = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.read_bytes().count(b"\n") < 3) and time.monotonic() < deadline:
        assert worker.poll() is None, "the run ended before it could be killed"
        time.sleep(0.02)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 40, "the kill should land mid-way"
    with open(out, "ab") as stream:
        stream.write(b'{"schema_version": 1, "article": {"te')  # and as if torn mid-record
    assert main(["analyze", str(batch), "-f", "jsonl", "-o", str(out), "--resume", "--no-progress"]) == 0
    ids = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"s{n}" for n in range(40)]


def test_resume_with_processes_writes_each_article_exactly_once(tmp_path):
    batch, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_batch(batch, 12)
    assert main(["analyze", str(batch), "-f", "jsonl", "-o", str(out), "--no-progress"]) == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(full[:5]) + full[5][:30], encoding="utf-8")
    args = ["analyze", str(batch), "-f", "jsonl", "-o", str(out), "--resume", "-p", "2", "--batch-size", "2"]
    assert main([*args, "--no-progress"]) == 0
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == full


def test_the_progress_bar_counts_records_failures_included(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    _write_batch(batch, 6)
    with open(batch, "a", encoding="utf-8") as stream:
        stream.write("{broken\n\n")
    assert _count_records([str(batch)], None) == 7
    assert main(["analyze", str(batch), "-f", "jsonl", "--progress"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 6
    assert "7/7" in captured.err and ("articles/s" in captured.err or "s/ articles" in captured.err)  # a rate
    assert "in.jsonl:7: invalid JSON" in captured.err
