"""Hostile and odd text: every Unicode category, broken quotes, HTML, huge texts, bad files.

Property tests here read ``NEWSCORE_FUZZ_EXAMPLES`` so ``fuzz/run.py`` can run them much
longer; the default run keeps them small.
"""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import re
import sys

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscore import Analysis, Article, Entity, Mention, Pipeline, Plugins, ReadFailure, hookimpl, read_all
from newscore.cli import main
from newscore.exporters.json import to_json
from newscore.readers import common as reader_limits
from newscore.readers.json import JsonLinesReader
from newscore.readers.text import article_from_plain_text
from newscore.text.chunks import cut_points

_FUZZ = int(os.environ.get("NEWSCORE_FUZZ_EXAMPLES", "0"))


def _examples(default: int) -> settings:
    return settings(
        max_examples=_FUZZ or default,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Pieces of the text newscore meets on the open web, to mix into generated text.
HOSTILE_PIECES = (
    "\u202e", "\u202d", "\u202c", "\u2066", "\u2069", "\u200f", "\u200e",  # bidi overrides and isolates
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width characters, BOM
    "👩\u200d👩\u200d👧", "👍🏽", "🇺🇦", "\U0001f600", "e\u0301", "\u0301\u0301\u0301", "Z\u0351\u0352\u0353",
    "\ud800", "\udcff", "\udfff",  # lone surrogates (surrogateescape bytes)
    "\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t", "\x00", "\x1b[31m",
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "—", "–",
    "<p>", "</p>", "<br/>", "&amp;", "&quot;", "&#8220;", "&nbsp;", "<script>alert(1)</script>", "<!--", "-->",
    "Putin", "said", "Kyiv", "Mr.", "U.S.", "NATO", "the", "Wagner Group", " ", "  ", ".", ",",
)

hostile_texts = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=300),
    st.lists(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=5), max_size=80).map("".join),
)


def _assert_valid(analysis: Analysis, text: str) -> None:
    """Spans are slices of the text, the text kept its length, and the JSON is valid UTF-8 that round-trips."""
    article_text = analysis.article.text
    assert len(article_text) == len(text)
    assert not re.search("[\ud800-\udfff]", article_text)
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert article_text[mention.start : mention.end] == mention.text
    for quote in analysis.quotes:
        for span in quote.spans():
            assert article_text[span.start : span.end] == span.text
    encoded = to_json(analysis).encode("utf-8")  # raises on a lone surrogate
    assert Analysis.from_dict(json.loads(encoded)) == analysis


@pytest.fixture(scope="module")
def core(nlp):
    return Pipeline(model=nlp, plugins=Plugins(load_entry_points=False))


# --- named odd inputs ----------------------------------------------------------------------

ODD_TEXTS = {
    "empty": "",
    "whitespace only": " \t\n\r\n\u00a0\u3000\u2028 ",
    "zero-width only": "\u200b\u200d\ufeff\u2060",
    "unbalanced quotes": "“We will win, Volodymyr Zelensky said. He added: \"and then",
    "mixed quotes": "«Nous gagnerons», said Emmanuel Macron, „und dann“ ‘maybe’ \"yes”.",
    "rtl override": "\u202eAngela Merkel\u202c met \u2067Emmanuel Macron\u2069 in Paris.",
    "emoji and joiners": "👩\u200d👩\u200d👧 Angela 🇺🇦 Merkel👍🏽 said “hi 😀”.",
    "combining marks": "Zoe\u0301 Saldan\u0303a met Angela Merkel" + "\u0301" * 500,
    "lone surrogates": "caf\udcff Angela Merkel \ud800 met Emmanuel Macron\udfff.",
    "bom inside": "\ufeffAngela Merkel\ufeff met\ufeff Emmanuel Macron.",
    "mixed newlines": "Angela Merkel\r\nmet\rEmmanuel Macron\u2028in\u2029Paris\x85on\x0bMonday\x0c.",
    "html": "<p>Angela Merkel &amp; Emmanuel Macron</p><script>alert('x')</script>&#8220;Hi&#8221; &nbsp;<br/>",
    "control characters": "\x00\x01Angela Merkel\x1b[31m said\x7f\x00",
    "one huge word": "x" * 150_000,
    "quote marks only": "“" * 2000 + "”" * 1000,  # spaCy's tokenizer is quadratic on such runs
    "newlines only": "\n" * 20_000,
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_gives_a_valid_analysis_without_errors(core, name):
    text = ODD_TEXTS[name]
    analysis = core.analyze(text)
    assert analysis.errors == ()
    _assert_valid(analysis, text)


def test_empty_and_whitespace_texts_give_an_empty_analysis(core):
    for text in ("", "   ", "\n\n\t", "\u200b"):
        analysis = core.analyze(text)
        assert (analysis.entities, analysis.quotes, analysis.errors) == ((), (), ())
        assert analysis.article.text == text


def test_lone_surrogates_become_replacement_characters_one_for_one(core):
    analysis = core.analyze("caf\udcff Angela Merkel said.")
    assert analysis.article.text == "caf\ufffd Angela Merkel said."
    (merkel,) = analysis.entities_of("person")
    assert (merkel.mentions[0].start, merkel.mentions[0].text) == (5, "Angela Merkel")
    article = Article(text="\udcff", title="t\udcff", authors=["a\ud800"], extras={"k\udcff": ["v\udcff"]})
    cleaned = core.analyze(article).article
    assert (cleaned.title, cleaned.authors, cleaned.extras) == ("t\ufffd", ("a\ufffd",), {"k\ufffd": ("v\ufffd",)})


def test_the_cli_writes_surrogate_escaped_input_as_valid_utf8(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", _all_plugin_names())
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "s", "text": "caf\\udcff Angela Merkel \\ud83d said."}\n')
    for fmt in ("jsonl", "json", "table"):
        out = tmp_path / f"out.{fmt}"
        assert main(["analyze", "-f", fmt, "-o", str(out), "--no-progress", str(source)]) == 0
        written = out.read_bytes().decode("utf-8")  # strict: fails on an encoded surrogate
        assert fmt == "table" or "caf\ufffd Angela Merkel \ufffd said." in json.loads(written.split("\n")[0] if fmt == "jsonl" else written)["article"]["text"]


def test_a_json_lines_record_may_hold_raw_line_separators(tmp_path):
    text = "one\u2028two\u2029three\x85four"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "r", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_all([source])
    assert article.text == text


# --- long texts ------------------------------------------------------------------------------


class _Found:
    """An extractor that finds every "Kyiv" (without spaCy), to check offsets across pieces."""

    name, version, needs, provides = "kyiv", "0", (), ("location",)

    def extract(self, *, article, doc, entities, quotes):
        mentions = [Mention.from_text(article.text, m.start(), m.end()) for m in re.finditer("Kyiv", article.text)]
        return [Entity("location", "Kyiv", mentions)] if mentions else []


class _FoundPlugin:
    @hookimpl
    def register_extractors(self):
        return [_Found()]


def _lengths_seen(nlp) -> list[int]:
    seen: list[int] = []
    name = f"newscore_test_lengths_{id(seen)}"
    spacy.language.Language.component(name, func=lambda doc: seen.append(len(doc.text)) or doc)
    nlp.add_pipe(name)
    return seen


def test_a_5_mb_article_is_parsed_in_bounded_pieces_with_exact_offsets():
    nlp = spacy.blank("en")
    seen = _lengths_seen(nlp)
    plugins = Plugins(load_entry_points=False)
    plugins.register(_FoundPlugin(), name="found")
    paragraph = "Officials in Kyiv said the talks would go on. " * 8
    text = "\n\n".join(paragraph for _ in range(5_000_000 // len(paragraph)))
    text += " " + "w" * 250_000 + " Kyiv"  # and one paragraph with no place to cut
    analysis = Pipeline(model=nlp, plugins=plugins).analyze(text)
    assert analysis.errors == ()
    assert len(seen) >= 50 and max(seen) <= 100_000 and sum(seen) == len(text)
    (kyiv,) = analysis.entities_of("location")  # one entity, merged across pieces
    assert len(kyiv.mentions) == text.count("Kyiv")
    assert all(text[m.start : m.end] == "Kyiv" for m in kyiv.mentions)


def test_pieces_are_cut_at_paragraphs_then_sentences(core):
    paragraphs = [f"Angela Merkel met Emmanuel Macron in Paris on day {n}. They talked." for n in range(40)]
    text = "\n\n".join(paragraphs)
    seen_pieces = cut_points(text, 500)
    assert all(text[end - 2 : end] == "\n\n" for _, end in seen_pieces[:-1])
    one_paragraph = " ".join(paragraphs)
    assert all(one_paragraph[end - 2 : end] == ". " for _, end in cut_points(one_paragraph, 500)[:-1])
    analysis = Pipeline(model=core.nlp, plugins=Plugins(load_entry_points=False), chunk_chars=500).analyze(text)
    assert analysis.errors == ()
    _assert_valid(analysis, text)
    merkel = [e for e in analysis.entities_of("person") if e.name == "Angela Merkel"]
    assert len(merkel) == 1 and len(merkel[0].mentions) >= 30  # merged across the pieces


def test_a_text_over_the_limit_gets_a_clear_error_not_a_crash(core):
    pipeline = Pipeline(model=core.nlp, plugins=Plugins(load_entry_points=False), max_chars=1_000)
    first, second = pipeline.analyze_many(["x " * 600, "Angela Merkel spoke."])
    assert [(e.plugin, e.message) for e in first.errors] == [
        ("newscore", "the text has 1,200 characters, more than the limit of 1,000; it was not analyzed")
    ]
    assert first.entities == () and second.errors == () and second.entities


@_examples(300)
@given(text=st.text(alphabet=st.sampled_from("ab .\n\r\u2029!?\u0301\u200d\t"), max_size=400),
       limit=st.integers(2, 60))
def test_cut_points_tile_the_text_within_the_limit(text, limit):
    pieces = cut_points(text, limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(pieces, pieces[1:]))
    assert all(end - start <= limit for start, end in pieces)
    assert all(end - start >= limit // 2 for start, end in pieces[:-1])


# --- files that are not text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin1.txt", "Zürich".encode("latin-1"), "latin1.txt: not UTF-8 text (byte 0xfc at offset 1)"),
        ("utf16.txt", "Zürich".encode("utf-16"), "utf16.txt: looks like a binary file"),
        ("image.json", bytes(range(256)), "image.json: looks like a binary file"),
        ("truncated.txt", "Kyiv –".encode()[:-1], "truncated.txt: not UTF-8 text (byte 0xe2 at offset 5)"),
    ],
)
def test_files_that_are_not_utf8_text_fail_naming_the_file(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (failure,) = read_all([tmp_path / name])
    assert isinstance(failure, ReadFailure) and message in str(failure)


def test_binary_standard_input_fails_clearly(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00binary")))
    (failure,) = read_all(["-"])
    assert str(failure).startswith("<stdin>: looks like a binary file")


def test_files_and_records_over_the_size_limits_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_limits, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(reader_limits, "MAX_RECORD_BYTES", 100)
    (tmp_path / "big.txt").write_text("word " * 30)
    lines = [json.dumps({"id": "a", "text": "short"}), json.dumps({"id": "b", "text": "long " * 40}),
             json.dumps({"id": "c", "text": "short again"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    items = list(read_all([tmp_path / "big.txt", tmp_path / "batch.jsonl"]))
    assert [type(item).__name__ for item in items] == ["ReadFailure", "Article", "ReadFailure", "Article"]
    assert "big.txt: the file has 150 bytes, more than the limit of 100" in str(items[0])
    assert str(items[2]).endswith("batch.jsonl:2: the record is longer than 100 bytes")
    assert [items[1].id, items[3].id] == ["a", "c"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000, "invalid JSON: nested more than 32 levels deep"),
        ('{"text": "x", "deep": ' + "[" * 33 + "]" * 33 + "}", "nested more than 32 levels deep"),
        ('{"text": "x", "n": ' + "1" * 10_000 + "}", "Exceeds the limit"),
        ('{"text": "x"', "invalid JSON: Expecting"),
        ("[1, 2", "invalid JSON"),
    ],
)
def test_hostile_json_is_a_read_failure(tmp_path, content, message):
    for suffix in (".json", ".jsonl"):
        path = tmp_path / f"in{suffix}"
        path.write_text(content)
        (failure,) = read_all([path])
        assert isinstance(failure, ReadFailure) and message in failure.message


def test_json_on_stdin_is_sniffed_safely(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"{" * 50_000)))
    (failure,) = read_all(["-"])
    assert isinstance(failure, ReadFailure) and "invalid JSON" in failure.message


# --- properties over generated text --------------------------------------------------------------


@_examples(200)
@given(text=hostile_texts)
def test_plain_text_reading_never_fails_and_keeps_offsets(text):
    article = article_from_plain_text(text)
    assert article.text == text
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip() and paragraph.text


@_examples(200)
@given(lines=st.lists(hostile_texts | st.builds(lambda t: json.dumps({"text": t}), hostile_texts), max_size=5))
def test_json_lines_reading_never_raises(lines):
    text = "\n".join(lines)
    for item in JsonLinesReader().read(text=text, source="x.jsonl"):
        assert isinstance(item, (Article, ReadFailure))
        if isinstance(item, ReadFailure):
            assert 1 <= item.line <= text.count("\n") + 1
        else:
            assert not re.search("[\ud800-\udfff]", item.text)


@_examples(40)
@given(text=hostile_texts)
def test_any_hostile_text_analyzes_validly_and_deterministically(core, text):
    analysis = core.analyze(text)
    assert analysis.errors == ()
    _assert_valid(analysis, text)
    assert core.analyze(text) == analysis


@_examples(25)
@given(text=hostile_texts)
def test_analysis_in_small_pieces_stays_valid(core, text):
    pipeline = Pipeline(model=core.nlp, plugins=Plugins(load_entry_points=False), chunk_chars=40)
    analysis = pipeline.analyze(text)
    assert analysis.errors == ()
    _assert_valid(analysis, text)


def _all_plugin_names() -> str:
    return ",".join(entry_point.name for entry_point in importlib.metadata.entry_points(group="newscore.plugins"))


@pytest.fixture(scope="module")
def everything():
    """The pipeline with every installed plugin, as users get it."""
    return Pipeline(plugins=Plugins(disabled=()))


@_examples(25)
@given(text=hostile_texts)
def test_every_installed_plugin_survives_hostile_text(everything, text):
    analysis = everything.analyze(text)
    assert analysis.errors == (), analysis.errors
    _assert_valid(analysis, text)
