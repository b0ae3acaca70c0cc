"""`newscore eval` on the gold forms people have: JSON Lines, the seed's gold JSON, and gold without quotes."""

from __future__ import annotations

import json
from pathlib import Path

from newscore import Analysis, Article, Entity, Mention, Quote, Span
from newscore.cli import main
from newscore.evaluation import GoldDocument, GoldEntity, GoldQuote, load_gold, score

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "seeds" / "putin-sco-wagner.gold.json"


def test_the_seed_gold_json_loads_as_one_document_with_its_quotes():
    [document] = load_gold(SEED_GOLD)
    seed = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert document.text == (ROOT / "seeds" / "putin-sco-wagner.txt").read_text(encoding="utf-8")
    assert len(document.quotes) == len(seed["quotes"]) > 0
    for quote, written in zip(document.quotes, seed["quotes"]):
        assert document.text[quote.start : quote.end] == written["text"]
        assert (quote.speaker, quote.kind) == (written["speaker"], written["kind"])


def test_a_gold_file_in_neither_form_is_one_error_that_shows_the_jsonl_form(tmp_path, capsys):
    wrong = tmp_path / "gold.json"
    wrong.write_text(json.dumps({"quotes": []}), encoding="utf-8")
    lines = tmp_path / "gold.jsonl"
    lines.write_text('{"id": "a"}\n', encoding="utf-8")
    for path in (wrong, lines):
        assert main(["eval", str(path)]) == 2
        error = capsys.readouterr().err
        assert str(path) in error and "JSON Lines" in error and '"text"' in error and error.count("\n") == 1


def test_gold_without_quotes_reports_no_quote_scores():
    text = "Officials in Paris said little."
    gold = GoldDocument("d", text, entities=[GoldEntity(13, 18, "location")])
    quote = Quote("indirect", [Span.from_text(text, 10, 30)])
    paris = Entity("location", "Paris", [Mention.from_text(text, 13, 18)])
    report = score([gold], [Analysis(Article(text), entities=[paris], quotes=[quote])])
    assert report.to_dict()["quotes"] == {}
    assert "quotes" not in report.format_table()
    assert "location exact" in report.format_table()


def test_quote_scores_appear_once_the_gold_holds_a_quote():
    text = "“We will win,” she said."
    gold = GoldDocument("d", text, quotes=[], entities=[])
    assert score([gold], [Analysis(Article(text))]).to_dict()["quotes"] == {}
    gold = GoldDocument("d", text, quotes=[GoldQuote(1, 12, None, "direct")])
    assert score([gold], [Analysis(Article(text))]).to_dict()["quotes"]["all"]["recall"] == 0.0
