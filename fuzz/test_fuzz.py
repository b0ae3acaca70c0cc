"""Fuzz targets run only by ``fuzz/run.py`` (``fuzz/`` is outside the default test paths).

They push random bytes and mutated records through the whole path a batch takes:
reading, analysis with every installed plugin, and writing JSON Lines as UTF-8.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscore import Analysis, Article, Pipeline, Plugins, ReadFailure, read_all
from newscore.exporters.json import JsonLinesExporter

EXAMPLES = int(os.environ.get("NEWSCORE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

_WORDS = st.sampled_from(
    ["Putin", "said", "“", "”", '"', "'", "«", "»", "Kyiv", "Moscow", "the", "Wagner Group", "\n\n", "\r\n", "\u2028",
     "\udcff", "\u202e", "\u200d", "😀", "e\u0301", "&amp;", "<p>", "Mr.", "U.S.", "NATO", ",", ".", " "]
)
_texts = st.one_of(st.text(alphabet=st.characters(exclude_categories=()), max_size=400),
                   st.lists(_WORDS, max_size=120).map(" ".join))
_scalars = st.none() | st.booleans() | st.integers() | st.floats() | _texts
_records = st.dictionaries(
    st.sampled_from(["id", "text", "title", "headline", "authors", "date", "url", "source", "paragraphs", "x"]),
    _scalars | st.lists(_scalars, max_size=3) | st.dictionaries(st.text(max_size=3), _scalars, max_size=2),
    max_size=6,
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(plugins=Plugins(disabled=()))


def _lines(draw_records, raw_lines):
    return b"\n".join([json.dumps(r, ensure_ascii=bool(i % 2)).encode("utf-8", "surrogatepass")
                       for i, r in enumerate(draw_records)] + raw_lines)


@FUZZ
@given(records=st.lists(_records, max_size=4), raw=st.lists(st.binary(max_size=60), max_size=3))
def test_a_batch_file_of_anything_is_read_analyzed_and_written(tmp_path_factory, pipeline, records, raw):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "batch.jsonl"
    path.write_bytes(_lines(records, raw))
    items = list(read_all([path]))
    articles = [item for item in items if isinstance(item, Article)]
    assert all(isinstance(item, (Article, ReadFailure)) for item in items)
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    JsonLinesExporter().write(pipeline.analyze_many(articles), stream)
    stream.flush()
    written = buffer.getvalue().decode("utf-8").split("\n")[:-1]
    assert len(written) == len(articles)
    for line, article in zip(written, articles):
        analysis = Analysis.from_dict(json.loads(line))
        assert analysis.errors == (), analysis.errors
        assert analysis.article.id == article.id


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".json", ".jsonl"]))
def test_any_bytes_in_any_file_give_articles_or_failures(tmp_path_factory, data, suffix):
    path = Path(tmp_path_factory.mktemp("bytes")) / f"input{suffix}"
    path.write_bytes(data)
    for item in read_all([path]):
        assert isinstance(item, (Article, ReadFailure))
        if isinstance(item, Article):
            assert not re.search("[\ud800-\udfff]", item.text)


@FUZZ
@given(text=_texts, chunk=st.integers(20, 400))
def test_every_plugin_on_any_text_in_any_pieces(pipeline, text, chunk):
    cut = Pipeline(model=pipeline.nlp, plugins=pipeline.plugins, chunk_chars=chunk)
    analysis = cut.analyze(text)
    assert analysis.errors == (), analysis.errors
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert analysis.article.text[mention.start : mention.end] == mention.text
