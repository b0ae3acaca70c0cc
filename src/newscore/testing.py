"""Test helpers for newscore and its plugins: hypothesis strategies and contract checks.

Needs ``hypothesis`` (``pip install newscore[test]``)::

    from hypothesis import given
    from newscore.testing import news_texts, check_extractor_contract

    @given(text=news_texts())
    def test_my_extractor_keeps_the_contract(nlp, text):
        check_extractor_contract(MyExtractor(), nlp, text)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

import attrs
from hypothesis import strategies as st

from newscore.model import QUOTE_KINDS, Analysis, Article, Entity, ExtractorError, Mention, Quote, Span

__all__ = [
    "news_texts",
    "spans",
    "articles",
    "entities",
    "quotes",
    "analyses",
    "check_extractor_contract",
]

for _cls in (Span, Mention, Article, Entity, Quote, ExtractorError, Analysis):
    attrs.resolve_types(_cls)

_NEWS_WORDS = (
    "Putin Moscow said told “ ” \" ' « » „ the President Russia China Washington Paris Wagner Group SCO "
    "Ministry of Defence according to he she they added that warned “We will win,” Kyiv. Mr. Smith’s "
    "U.S. NATO Al Jazeera ( ) – — , . : ; \n \n\n"
).split(" ")


def news_texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any unicode text, and text made of news-like words, quote marks and newlines."""
    newsy = st.lists(st.sampled_from(_NEWS_WORDS), max_size=60).map(" ".join)
    return st.one_of(st.text(max_size=max_size), newsy)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span of ``text``, built with :meth:`Span.from_text`."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.from_text(text, start, end)


@st.composite
def _mentions(draw: st.DrawFn, text: str) -> Mention:
    span = draw(spans(text))
    form = draw(st.none() | st.sampled_from(["name", "acronym", "demonym", "alias"]))
    return Mention.from_text(text, span.start, span.end, form=form, metonymic=draw(st.booleans()))


_json_scalars = st.none() | st.booleans() | st.integers(-(2**31), 2**31) | st.text(max_size=10)
_json_values = st.recursive(
    _json_scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
_names = st.text(min_size=1, max_size=20)
_optional_text = st.none() | st.text(max_size=30)


@st.composite
def articles(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Article:
    """An article with every field filled in some of the time."""
    body = draw(text if text is not None else news_texts())
    published = draw(
        st.none()
        | st.datetimes(timezones=st.sampled_from([_dt.timezone.utc, _dt.timezone(_dt.timedelta(hours=3))]))
    )
    return Article(
        text=body,
        id=draw(_optional_text),
        title=draw(_optional_text),
        standfirst=draw(_optional_text),
        subheadings=draw(st.lists(st.text(max_size=20), max_size=3)),
        paragraphs=draw(st.lists(spans(body), max_size=3)),
        authors=draw(st.lists(st.text(max_size=20), max_size=2)),
        source=draw(_optional_text),
        url=draw(_optional_text),
        language=draw(st.none() | st.sampled_from(["en", "fr"])),
        published_at=published,
        extras=draw(st.dictionaries(st.text(max_size=8), _json_values, max_size=2)),
    )


@st.composite
def entities(draw: st.DrawFn, text: str, entity_id: str | None = None) -> Entity:
    """An entity whose mentions are spans of ``text``."""
    kind = draw(st.sampled_from(["person", "organization", "location", "event"]))
    coordinate = st.floats(-90, 90, allow_nan=False)
    return Entity(
        kind=kind,
        name=draw(_names),
        mentions=draw(st.lists(_mentions(text), max_size=3)),
        id=entity_id,
        aliases=draw(st.lists(_names, max_size=2)),
        confidence=draw(st.none() | st.floats(0, 1)),
        extractor=draw(st.none() | st.sampled_from(["people", "locations"])),
        country_code=draw(st.none() | st.sampled_from(["RU", "US", "GB"])),
        latitude=draw(st.none() | coordinate),
        longitude=draw(st.none() | st.floats(-180, 180, allow_nan=False)),
        geonames_id=draw(st.none() | st.integers(1, 10**8)),
        feature=draw(st.none() | st.sampled_from(["city", "country"])),
        acronym=draw(st.none() | st.sampled_from(["SCO", "UN"])),
        type=draw(st.none() | st.sampled_from(["international", "company"])),
        attributes=draw(st.dictionaries(st.text(max_size=8), _json_values, max_size=2)),
    )


@st.composite
def quotes(draw: st.DrawFn, text: str, entity_ids: Iterable[str] = ()) -> Quote:
    """A quote whose spans are spans of ``text``, naming one of ``entity_ids`` or none."""
    ids = list(entity_ids)
    return Quote(
        kind=draw(st.sampled_from(QUOTE_KINDS)),
        content=draw(st.lists(spans(text), min_size=1, max_size=2)),
        cue=draw(st.none() | spans(text)),
        speaker=draw(st.none() | spans(text)),
        speaker_entity=draw(st.none() | st.sampled_from(ids)) if ids else None,
        speaker_name=draw(st.none() | _names),
        confidence=draw(st.none() | st.floats(0, 1)),
        extractor=draw(st.none() | st.just("quotes")),
    )


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    """A valid analysis: spans inside the article, unique entity ids, speakers that exist."""
    article = draw(articles())
    count = draw(st.integers(0, 3))
    found = [draw(entities(article.text, f"e{number}")) for number in range(1, count + 1)]
    ids = [entity.id for entity in found]
    said = draw(st.lists(quotes(article.text, ids), max_size=3))
    said = [attrs.evolve(quote, id=f"q{number}") for number, quote in enumerate(said, start=1)]
    errors = draw(st.lists(st.builds(ExtractorError, _names, st.text(max_size=30)), max_size=2))
    return Analysis(article=article, entities=found, quotes=said, errors=errors)


def check_extractor_contract(extractor: Any, nlp: Any, text: str, **given: Any) -> list[Entity | Quote]:
    """Run ``extractor`` on ``text`` twice and assert newscore's contract for extractors.

    Checked: it does not raise; it returns only :class:`Entity` and :class:`Quote`
    objects; every span lies inside the text and equals its slice; a quote's
    ``speaker_entity`` names a returned or given entity; kinds returned are ones it
    ``provides``; the output is the same both times. ``given`` may pass ``entities``
    and ``quotes`` from earlier extractors. Returns the output.
    """
    article = Article(text=text)
    doc = nlp(text)
    arguments = {"entities": (), "quotes": (), **given}
    first = list(extractor.extract(article=article, doc=doc, **arguments) or ())
    second = list(extractor.extract(article=article, doc=doc, **arguments) or ())
    assert first == second, f"{extractor.name}: output differs between two runs on the same text"
    known_ids = {entity.id for entity in arguments["entities"]}
    known_ids |= {item.id for item in first if isinstance(item, Entity)}
    for item in first:
        assert isinstance(item, (Entity, Quote)), f"{extractor.name} returned a {type(item).__name__}"
        spans_of = item.mentions if isinstance(item, Entity) else item.spans()
        for span in spans_of:
            assert 0 <= span.start <= span.end <= len(text), f"{extractor.name}: {span} is outside the text"
            assert text[span.start : span.end] == span.text, f"{extractor.name}: {span} is not the text's slice"
        kind = item.kind if isinstance(item, Entity) else "quote"
        assert kind in extractor.provides, f"{extractor.name} returned a {kind} but provides {extractor.provides}"
        if isinstance(item, Quote) and item.speaker_entity is not None:
            assert item.speaker_entity in known_ids, f"{extractor.name}: unknown speaker {item.speaker_entity!r}"
    return first
