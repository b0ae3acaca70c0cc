"""Property tests: spans exact, any text safe, coordinates in range, codes valid, deterministic."""

from __future__ import annotations

import pycountry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscore import Article
from newscore_locations import LocationExtractor

_EXTRACTOR = LocationExtractor(include_demonyms=True)
_CODES = {c.alpha_2 for c in pycountry.countries} | {"XK"}
_WORDS = st.sampled_from(
    ["Paris", "Texas", "the", "United States", "U.S.", "Moscow", "said", "in", "Russian", "Washington", "’s", ",",
     "Rostov-on-Don", "Georgia", "\u00a0", "Nice", ".", "\n", "Victoria", "Us", "LA", "Ebola", "of", "and"]
)
_NEWSY = st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=25).map(" ".join)
_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _extract(nlp, text):
    return list(_EXTRACTOR.extract(article=Article(text=text), doc=nlp(text), entities=(), quotes=()))


@_SETTINGS
@given(text=st.one_of(st.text(max_size=200), _NEWSY))
def test_any_text_gives_exact_valid_locations(nlp, text):
    for entity in _extract(nlp, text):
        assert entity.kind == "location" and entity.mentions
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
        if entity.latitude is not None:
            assert -90 <= entity.latitude <= 90 and -180 <= entity.longitude <= 180
        else:
            assert entity.longitude is None
        assert entity.country_code is None or entity.country_code in _CODES
        assert entity.feature in (None, "continent", "country", "region", "city", "other")
        assert entity.confidence is None or 0 <= entity.confidence <= 1


@_SETTINGS
@given(text=_NEWSY)
def test_deterministic_and_one_entity_per_place(nlp, text):
    first, second = _extract(nlp, text), _extract(nlp, text)
    assert [e.to_dict() for e in first] == [e.to_dict() for e in second]
    spans = [(m.start, m.end) for e in first for m in e.mentions]
    assert len(spans) == len(set(spans))
    resolved = [(e.name, e.country_code, e.latitude, e.longitude) for e in first if e.latitude is not None]
    assert len(resolved) == len(set(resolved))
