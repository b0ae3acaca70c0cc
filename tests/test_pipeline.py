from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from newscore import Article, Pipeline, Plugins, read
from newscore.testing import check_extractor_contract, news_texts
from newscore.extractors import PeopleExtractor

SEED = Path(__file__).parent.parent / "seeds" / "putin-sco-wagner.txt"


@pytest.fixture(scope="module")
def core_only(nlp):
    return Pipeline(model=nlp, plugins=Plugins(load_entry_points=False))


def test_the_seed_article_yields_its_people_with_exact_offsets(core_only):
    analysis = core_only.analyze(read(SEED))
    names = {entity.name for entity in analysis.entities_of("person")}
    assert {"Vladimir Putin", "Sergei Shoigu", "Alexander Lukashenko"} <= names
    putin = next(e for e in analysis.entities_of("person") if e.name == "Vladimir Putin")
    assert len(putin.mentions) >= 5  # "Putin" alone is merged into the full name
    text = analysis.article.text
    assert all(text[m.start : m.end] == m.text for e in analysis.entities for m in e.mentions)
    assert [e.id for e in analysis.entities] == [f"e{n}" for n in range(1, len(analysis.entities) + 1)]


def test_analyze_many_keeps_input_order_and_matches_analyze(core_only):
    texts = [f"Story {n}: Angela Merkel met Emmanuel Macron." if n % 2 else "" for n in range(7)]
    many = list(core_only.analyze_many(texts, batch_size=2))
    assert [a.article.text for a in many] == texts
    assert many == [core_only.analyze(text) for text in texts]


def test_analyze_refuses_what_is_not_text(core_only):
    with pytest.raises(TypeError, match="str or an Article"):
        core_only.analyze(b"bytes")
    with pytest.raises(TypeError, match=r"\(item 1\)"):
        list(core_only.analyze_many(["ok", 42]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_texts())
def test_any_text_analyzes_deterministically(core_only, text):
    first = core_only.analyze(Article(text=text))
    assert first == core_only.analyze(Article(text=text))
    assert first.errors == ()
    for entity in first.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_texts())
def test_the_people_extractor_keeps_the_contract(nlp, text):
    check_extractor_contract(PeopleExtractor(), nlp, text)
