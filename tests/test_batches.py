"""Batches lose nothing: one analysis or one located error per record, and resuming is exact."""

from __future__ import annotations

import importlib.metadata
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newscore import Article, Pipeline, Plugins, ReadFailure, read_all
from newscore.cli import main


@pytest.fixture(autouse=True)
def _only_the_core(monkeypatch):
    """Batch behaviour is the core's: leave installed plugins (and their speed) out of it."""
    names = ",".join(entry_point.name for entry_point in importlib.metadata.entry_points(group="newscore.plugins"))
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", names)


if not Language.has_factory("newscore_test_bomb"):

    @Language.component("newscore_test_bomb")
    def _bomb(doc):
        """A spaCy component that fails on any text holding BOMB, as spaCy does on some inputs."""
        if "BOMB" in doc.text:
            raise ValueError("[E999] the component cannot handle this text")
        return doc


@pytest.fixture(scope="module")
def bombing_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("newscore_test_bomb")
    return nlp


def _core(nlp, **limits):
    return Pipeline(model=nlp, plugins=Plugins(load_entry_points=False), **limits)


# --- spaCy failing on some articles ---------------------------------------------------------


def test_a_text_spacy_fails_on_gets_an_error_and_the_batch_goes_on(bombing_nlp):
    texts = [f"story {n}" for n in range(10)]
    texts[4] = "story BOMB"
    analyses = list(_core(bombing_nlp).analyze_many(texts, batch_size=3))
    assert [analysis.article.text for analysis in analyses] == texts
    assert [bool(analysis.errors) for analysis in analyses] == [n == 4 for n in range(10)]
    (error,) = analyses[4].errors
    assert error.plugin == "spacy" and error.message == "parsing failed: ValueError: [E999] the component cannot handle this text"


def test_analyze_gives_an_error_entry_rather_than_raising(bombing_nlp):
    analysis = _core(bombing_nlp).analyze(Article(text="BOMB", id="x"))
    assert analysis.article.id == "x" and [error.plugin for error in analysis.errors] == ["spacy"]


def test_only_the_failing_piece_of_a_long_text_is_lost(bombing_nlp):
    paragraphs = [f"Paragraph {n} is here." for n in range(30)]
    paragraphs[17] = "Paragraph BOMB is here."
    text = "\n\n".join(paragraphs)
    analysis = _core(bombing_nlp, chunk_chars=100).analyze(text)
    (error,) = analysis.errors
    start = text.index("BOMB")
    piece = error.message.removeprefix("in characters ").split(":")[0]
    low, high = map(int, piece.split("-"))
    assert low <= start < high and high - low <= 100
    assert error.message.endswith("parsing failed: ValueError: [E999] the component cannot handle this text")


def test_several_processes_recover_from_a_failure_too(bombing_nlp):
    texts = [f"story {n}" for n in range(9)]
    texts[5] = "BOMB"
    analyses = list(_core(bombing_nlp).analyze_many(texts, n_process=2, batch_size=2))
    assert [analysis.article.text for analysis in analyses] == texts
    assert [bool(analysis.errors) for analysis in analyses] == [n == 5 for n in range(9)]


def test_a_spacy_error_handler_that_drops_docs_loses_no_article(bombing_nlp):
    nlp = spacy.blank("en")
    nlp.add_pipe("newscore_test_bomb")
    nlp.set_error_handler(lambda name, component, docs, error: None)  # spaCy then drops the batch
    texts = ["one", "BOMB", "three", "four"]
    assert [a.article.text for a in _core(nlp).analyze_many(texts, batch_size=4)] == texts


def test_a_bad_item_is_a_type_error_naming_its_position(bombing_nlp):
    with pytest.raises(TypeError, match=r"\(item 2\)"):
        list(_core(bombing_nlp).analyze_many(["a", "b", b"c"]))
    with pytest.raises(TypeError, match=r"\(item 1\)"):
        list(_core(bombing_nlp).analyze_many(["a", None], n_process=2))


# --- every record is accounted for -------------------------------------------------------------


def _mixed_inputs(root: Path) -> tuple[list[str], list[str]]:
    """Files with good and bad records; returns (good ids, failure locations)."""
    (root / "good.txt").write_text("Angela Merkel met Emmanuel Macron.\n", encoding="utf-8")
    (root / "latin1.txt").write_bytes("Café in Zürich".encode("latin-1"))
    (root / "binary.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "notes.md").write_text("# not an article")
    lines = [
        json.dumps({"id": "j1", "text": "Ann Lee spoke."}),
        "{oops",
        json.dumps({"id": "j3", "text": ["not", "a", "string"]}),
        json.dumps([1, 2]),
        '{"id": "j5", "text": "deep", "x": ' + "[" * 40 + "]" * 40 + "}",
        '{"id": "j6", "text": "huge", "n": ' + "9" * 5000 + "}",
        "",
        json.dumps({"id": "j8", "text": "Bo Chen spoke \u2028 on a new line."}, ensure_ascii=False),
    ]
    data = "\n".join(lines).encode() + b'\n{"id": "j9", "text": "caf\xe9"}\n'  # line 9 is Latin-1
    (root / "batch.jsonl").write_bytes(data)
    records = [{"id": "l1", "text": "One."}, {"text": 5}, {"id": "l3", "text": "Three."}]
    (root / "list.json").write_text(json.dumps(records))
    failures = [
        "batch.jsonl:2",
        "batch.jsonl:3",
        "batch.jsonl:4",
        "batch.jsonl:5",
        "batch.jsonl:6",
        "batch.jsonl:9",
        "binary.json",
        "latin1.txt",
        "list.json",
        "notes.md",
    ]
    return ["j1", "j8", "good", "l1", "l3"], failures


def test_read_all_yields_an_article_or_a_located_failure_for_every_record(tmp_path):
    good, failures = _mixed_inputs(tmp_path)
    # notes.md is only reached when named: a directory walk skips suffixes with no reader
    items = list(read_all([tmp_path, tmp_path / "notes.md"]))
    ids = [item.id for item in items if isinstance(item, Article)]
    where = sorted(f"{Path(item.source).name}:{item.line}" if item.line else Path(item.source).name
                   for item in items if isinstance(item, ReadFailure))
    assert sorted(ids) == sorted(good)
    assert where == sorted(failures)
    messages = {str(item) for item in items if isinstance(item, ReadFailure)}
    assert any("batch.jsonl:5: invalid JSON: nested more than 32 levels" in m for m in messages)
    assert any("batch.jsonl:6: invalid JSON: Exceeds the limit" in m for m in messages)
    assert any("batch.jsonl:9: not UTF-8 text (byte 0xe9" in m for m in messages)
    assert any("latin1.txt: not UTF-8 text (byte 0xe9 at offset 3)" in m for m in messages)
    assert any("binary.json: looks like a binary file" in m for m in messages)


def test_the_cli_writes_every_good_record_and_names_every_bad_one(tmp_path, capsys):
    good, failures = _mixed_inputs(tmp_path)
    out = tmp_path / "out" / "result.jsonl"
    out.parent.mkdir()
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--no-progress", str(tmp_path), str(tmp_path / "notes.md")]) == 1
    # split on "\n" only: str.splitlines() would also cut at the raw U+2028 in record j8
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert sorted(record["article"]["id"] for record in written) == sorted(good)
    err = capsys.readouterr().err
    for location in failures:
        assert location in err
    assert f"{len(failures)} input(s) could not be read" in err
    assert "Traceback" not in err


# --- resuming ---------------------------------------------------------------------------------


def _batch(path: Path, count: int) -> list[str]:
    ids = [f"a{n}" for n in range(count)]
    path.write_text("".join(json.dumps({"id": i, "text": f"Story {i} from Kyiv."}) + "\n" for i in ids))
    return ids


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]


@pytest.mark.parametrize("cut", [0, 1, 17, "all but the newline", "whole line"])
def test_resume_after_a_torn_write_has_no_gap_and_no_duplicate(tmp_path, cut):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _batch(source, 5)
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--no-progress", str(source)]) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    third = lines[2]
    keep = {"all but the newline": len(third) - 1, "whole line": len(third)}.get(cut, cut)
    out.write_bytes(b"".join(lines[:2]) + third[:keep])
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--resume", "--no-progress", str(source)]) == 0
    assert _ids(out) == ids


def test_resume_keeps_articles_that_share_an_id(tmp_path):
    for folder, name in (("a", "Angela Merkel"), ("b", "Emmanuel Macron")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"{name} spoke.\n")
    out = tmp_path / "out.jsonl"
    inputs = [str(tmp_path / "a"), str(tmp_path / "b")]
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--no-progress", *inputs]) == 0
    first = out.read_text().splitlines(keepends=True)[0]
    out.write_text(first)  # interrupted after the first of the two "x"
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--resume", "--no-progress", *inputs]) == 0
    texts = [json.loads(line)["article"]["text"] for line in out.read_text().splitlines()]
    assert texts == ["Angela Merkel spoke.\n", "Emmanuel Macron spoke.\n"]


@pytest.mark.parametrize(
    "content",
    [b"my notes\nline two\n", b'[{"precious": 1}]\n', b"{}\n", b'{"schema_version": 1, "article": {"id": "a0"}}\ngarbage\n{}\n'],
)
def test_resume_refuses_to_truncate_a_file_it_did_not_write(tmp_path, capsys, content):
    source, out = tmp_path / "in.jsonl", tmp_path / "notes.txt"
    _batch(source, 2)
    out.write_bytes(content)
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--resume", "--no-progress", str(source)]) == 2
    assert out.read_bytes() == content
    assert "is not newscore JSON Lines output" in capsys.readouterr().err


def test_a_killed_run_resumes_to_exactly_the_whole_batch(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _batch(source, 400)
    command = [sys.executable, "-m", "newscore", "analyze", "-f", "jsonl", "-o", str(out), "--no-progress",
               "--batch-size", "4", str(source)]
    env = dict(os.environ)
    run = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        if out.exists() and out.stat().st_size > 0:
            break
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    written = len(out.read_bytes().splitlines()) if out.exists() else 0
    assert subprocess.run([*command, "--resume"], env=env, stderr=subprocess.DEVNULL).returncode == 0
    assert _ids(out) == ids
    assert written < len(ids) or run.returncode == 0  # it was killed part-way (unless it was very fast)
