"""Exact round-trip: ``Analysis.from_dict(a.to_dict()) == a``, for generated and for real analyses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given

from newscore import Analysis, Article, Entity, Mention, Pipeline, Quote, Span
from newscore.testing import analyses

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-sco-wagner.txt"
#: Real passages shipped with the benchmarks (how many of each), and the first few articles
#: of the shared dev sets when they are beside the repository.
REAL_SETS = {ROOT / "benchmarks" / "data" / "quotes.jsonl": 24, ROOT / "benchmarks" / "data" / "locations.jsonl": 4}
DEV_DATA = Path(os.environ.get("NEWSCORE_DEV_DATA", ROOT.parent / "shared" / "dev-data"))
PER_DEV_SET = 4


def _back(analysis: Analysis) -> Analysis:
    return Analysis.from_dict(analysis.to_dict())


def _back_through_json(analysis: Analysis) -> Analysis:
    return Analysis.from_dict(json.loads(json.dumps(analysis.to_dict())))


@given(analyses())
def test_every_generated_analysis_round_trips_exactly(analysis):
    assert _back(analysis) == analysis
    assert _back_through_json(analysis) == analysis


def test_a_speakers_mention_keeps_its_form():
    text = "The regulator Ofwat said its investigation had found serious failings."
    speaker = Mention.from_text(text, 14, 19, form="name")
    quote = Quote(kind="indirect", content=[Span.from_text(text, 25, 70)], speaker=speaker)
    analysis = Analysis(article=Article(text=text), quotes=[quote])
    assert _back_through_json(analysis).quotes[0].speaker == speaker
    assert _back_through_json(analysis) == analysis


def test_a_plain_span_given_as_speaker_is_a_mention_without_form():
    text = "Ofwat said so."
    quote = Quote(kind="indirect", content=[Span.from_text(text, 11, 13)], speaker=Span.from_text(text, 0, 5))
    assert quote.speaker == Mention.from_text(text, 0, 5)
    assert quote.to_dict()["speaker"] == {"start": 0, "end": 5, "text": "Ofwat"}


def test_lists_and_tuples_in_attributes_are_frozen_and_round_trip():
    entity = Entity(kind="location", name="Paris", attributes={"sources": ["gazetteer", ("a", 1)]})
    assert entity.attributes == {"sources": ("gazetteer", ("a", 1))}  # frozen: lists are held as tuples
    assert entity.to_dict()["attributes"] == {"sources": ["gazetteer", ["a", 1]]}  # and written as JSON arrays
    assert Entity.from_dict(json.loads(json.dumps(entity.to_dict()))) == entity


def _real_articles() -> list[Article]:
    articles = [Article(text=SEED.read_text(encoding="utf-8"), id="seed")]
    sets = dict(REAL_SETS)
    if DEV_DATA.is_dir():
        sets.update((path, PER_DEV_SET) for path in sorted(DEV_DATA.glob("*.jsonl")))
    for path, count in sets.items():
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream):
                if number == count:
                    break
                record = json.loads(line)
                articles.append(Article(text=record["text"], id=f"{path.stem}-{number}"))
    return articles


@pytest.fixture(scope="module")
def real_analyses(nlp) -> list[Analysis]:
    return list(Pipeline(model=nlp, time_budget=None).analyze_many(_real_articles()))


def test_real_analyses_round_trip_exactly(real_analyses):
    # what used to be lost: a speaker's mention that says how it names the speaker
    assert any(quote.speaker and quote.speaker.form for analysis in real_analyses for quote in analysis.quotes)
    for analysis in real_analyses:
        assert not analysis.errors, analysis.errors
        assert _back_through_json(analysis) == analysis, analysis.article.id
