from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newscore import ReadError, ReadFailure, read, read_all
from newscore.readers.json import article_from_record
from newscore.readers.text import article_from_plain_text

SEED = Path(__file__).parent.parent / "seeds" / "putin-sco-wagner.txt"


def test_the_seed_file_is_read_with_its_metadata():
    article = read(SEED)
    assert article.id == "putin-sco-wagner"
    assert article.title == "Putin reassures Asian allies of stability after Wagner mutiny"
    assert article.standfirst.startswith("During an SCO meeting")
    assert article.subheadings == ("Wagner march on Moscow",)
    assert article.source == "Aljazeera"
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.paragraphs[0].text.startswith("Russian President Vladimir Putin has assured")
    assert article.paragraphs[-1].text.startswith("Iran and China")
    assert all(article.text[p.start : p.end] == p.text for p in article.paragraphs)
    assert not any(p.text in {"Wagner march on Moscow", "Source: Aljazeera"} for p in article.paragraphs)


def test_plain_text_without_blank_lines_is_split_into_lines():
    article = article_from_plain_text("Headline here\nFirst paragraph. It says things.\nSecond one, too.")
    assert article.title == "Headline here"
    assert [p.text for p in article.paragraphs] == ["First paragraph. It says things.", "Second one, too."]


def test_crlf_text_keeps_exact_offsets():
    text = "Title\r\n\r\nBody one.\r\n\r\nBody two said Smith.\r\n"
    article = article_from_plain_text(text)
    assert article.title == "Title"
    assert [p.text for p in article.paragraphs] == ["Body one.", "Body two said Smith."]


def test_a_string_that_is_not_a_path_is_read_as_an_article():
    assert read("Putin said the mutiny failed.").text == "Putin said the mutiny failed."


def test_a_missing_file_names_itself(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"missing\.txt"):
        read(tmp_path / "missing.txt")


def test_binary_and_non_utf8_files_get_a_clear_error(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café in Zürich".encode("latin-1"))
    with pytest.raises(ReadError, match=r"image.txt.*binary"):
        read(binary)
    with pytest.raises(ReadError, match=r"latin.txt.*not UTF-8.*0xe9"):
        read(latin)


def test_jsonl_records_become_articles_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One.", "headline": "H", "date": "2023-06-27T10:00:00Z", "section": "world"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Two.", "author": "Ann Lee", "published_at": "2023-06-27"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_all([path]))
    first, bad, missing, second = items
    assert first.id == "a" and first.title == "H" and first.published_at.tzinfo is not None
    assert first.extras == {"record": {"section": "world"}}
    assert isinstance(bad, ReadFailure) and bad.line == 2 and "invalid JSON" in bad.message
    assert isinstance(missing, ReadFailure) and missing.line == 3 and "'text'" in missing.message
    assert second.id == "batch-5" and second.authors == ("Ann Lee",)
    assert str(bad).startswith(f"{path}:2: ")


def test_a_record_with_a_wrongly_typed_field_is_refused_with_its_name():
    with pytest.raises(ReadError, match="'title' must be a string"):
        article_from_record({"text": "x", "title": ["a"]})
    with pytest.raises(ReadError, match="not an ISO 8601 date"):
        article_from_record({"text": "x", "date": "yesterday"})


def test_directories_globs_and_stdin(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Alpha story.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text(json.dumps([{"text": "B1"}, {"text": "B2"}]), encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [a.text for a in read_all([tmp_path])] == ["Alpha story.", "B1", "B2"]
    assert [a.text for a in read_all([str(tmp_path / "*.txt")])] == ["Alpha story."]
    (nothing,) = read_all([str(tmp_path / "*.xml")])
    assert isinstance(nothing, ReadFailure) and "no file matches" in nothing.message
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "from stdin"}\n{"text": "again"}\n'))
    assert [a.text for a in read_all(["-"])] == ["from stdin", "again"]
