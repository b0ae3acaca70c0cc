"""Property tests: spans lie in the text and equal their slice, nothing raises, output is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", " said ", " told reporters ", " he ", " she said, ",
    "Putin", "Vladimir Putin", "the minister", " according to ", "the Kremlin", ",", ".", ":", "\n\n",
    " that ", "We will win", " Western leaders ", " calls its ", "don't", "Wagner’s", " the '90s ",
]

news_like = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
any_text = st.text(max_size=200)


def _check(analysis) -> None:
    text = analysis.article.text
    ids = {entity.id for entity in analysis.entities}
    for quote in analysis.quotes:
        assert quote.content
        for span in quote.spans():
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert quote.speaker_entity is None or quote.speaker_entity in ids


_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(news_like)
def test_news_like_text_gives_valid_spans(analyze, text):
    _check(analyze(text))


@_SETTINGS
@given(any_text)
def test_any_unicode_text_runs_without_error(analyze, text):
    _check(analyze(text))


@_SETTINGS
@given(news_like)
def test_output_is_deterministic(pipeline, text):
    first, second = pipeline.analyze(text), pipeline.analyze(text)
    assert first.to_dict() == second.to_dict()
