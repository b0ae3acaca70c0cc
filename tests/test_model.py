from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore import SCHEMA_VERSION, Analysis, Article, Entity, Mention, Quote, Span
from newscore.testing import analyses, articles, spans


@given(st.text(max_size=50).flatmap(lambda text: st.tuples(st.just(text), spans(text))))
def test_span_from_text_is_always_the_slice(case):
    text, span = case
    assert span.text == text[span.start : span.end]
    span.check_against(text)


@given(st.text(min_size=1, max_size=30), st.data())
def test_a_span_whose_text_is_not_the_slice_is_refused(text, data):
    span = data.draw(spans(text).filter(len))
    wrong = "x" * len(span) if span.text != "x" * len(span) else "y" * len(span)
    forged = Span(span.start, span.end, wrong)
    with pytest.raises(ValueError, match="but the text there is"):
        forged.check_against(text)


@pytest.mark.parametrize(
    "start, end, text",
    [(-1, 2, "abc"), (3, 2, ""), (0, 2, "abc"), (True, 1, "a"), (0.0, 1, "a")],
)
def test_malformed_spans_are_refused(start, end, text):
    with pytest.raises((ValueError, TypeError)):
        Span(start, end, text)


def test_from_text_refuses_offsets_outside_the_text():
    with pytest.raises(ValueError, match="outside a text of length 3"):
        Span.from_text("abc", 1, 4)


@given(articles())
def test_article_round_trips(article):
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@given(analyses())
def test_analysis_round_trips_through_json(analysis):
    data = json.loads(json.dumps(analysis.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION
    assert Analysis.from_dict(data) == analysis


@given(analyses())
def test_every_span_of_an_analysis_is_its_slice(analysis):
    text = analysis.article.text
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for quote in analysis.quotes:
        for span in quote.spans():
            assert text[span.start : span.end] == span.text


def test_value_objects_with_dict_fields_are_hashable():
    article = Article(text="abc", extras={"reader": {"x": 1}})
    entity = Entity(kind="person", name="A", attributes={"k": [1]})
    assert hash(article) == hash(Article(text="abc", extras={"reader": {"x": 1}}))
    assert len({entity, Entity(kind="person", name="A", attributes={"k": [1]})}) == 1


def test_article_refuses_a_naive_datetime_and_a_paragraph_off_the_text():
    with pytest.raises(ValueError, match="timezone"):
        Article(text="x", published_at=dt.datetime(2023, 6, 27))
    with pytest.raises(ValueError, match="but the text there is"):
        Article(text="abc", paragraphs=[Span(0, 1, "b")])


def test_analysis_refuses_spans_outside_its_article_and_unknown_speakers():
    article = Article(text="Putin said so.")
    with pytest.raises(ValueError):
        Analysis(article=article, entities=[Entity("person", "Putin", [Span(0, 5, "Putim")])])
    quote = Quote("indirect", [Span.from_text(article.text, 11, 13)], speaker_entity="e9")
    with pytest.raises(ValueError, match="unknown speaker entity"):
        Analysis(article=article, quotes=[quote])


def test_entity_validates_location_fields():
    with pytest.raises(ValueError, match="alpha-2"):
        Entity("location", "Moscow", country_code="rus")
    with pytest.raises(ValueError, match="within ±90"):
        Entity("location", "Moscow", latitude=95.0)
    with pytest.raises(ValueError, match="lowercase identifier"):
        Entity("Location", "Moscow")


def test_quote_needs_content_and_a_known_kind():
    with pytest.raises(ValueError, match="at least one content span"):
        Quote("direct", [])
    with pytest.raises(ValueError, match="must be one of"):
        Quote("rumour", [Span(0, 1, "a")])


def test_mentions_keep_their_form_through_json():
    mention = Mention.from_text("Russian troops", 0, 7, form="demonym", metonymic=False)
    entity = Entity("location", "Russia", [mention], id="e1", country_code="RU")
    data = json.loads(json.dumps(entity.to_dict()))
    assert data["mentions"] == [{"start": 0, "end": 7, "text": "Russian", "form": "demonym"}]
    assert Entity.from_dict(data) == entity


def test_unknown_schema_version_is_refused():
    data = Analysis(article=Article(text="a")).to_dict()
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="unsupported schema_version 99"):
        Analysis.from_dict(data)
