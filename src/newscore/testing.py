"""Test helpers for newscore and its plugins: hypothesis strategies and a contract suite.

Needs ``hypothesis`` and ``pytest`` (``pip install newscore[test]``). The whole extractor
contract, in one import (see ``docs/testing.md``)::

    import pytest
    from newscore.testing import ExtractorContract
    from my_plugin import plugin
    from my_plugin.extractor import MyExtractor

    class TestMyExtractorContract(ExtractorContract):
        plugin = plugin                 # optional: its configure_nlp() is applied

        @pytest.fixture
        def extractor(self):
            return MyExtractor()

Or one check at a time::

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
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscore.hookspecs import hookimpl
from newscore.model import QUOTE_KINDS, Analysis, Article, Entity, ExtractorError, Mention, Quote, Span

__all__ = [
    "SAMPLE_NEWS",
    "ExtractorContract",
    "PluginOf",
    "analyses",
    "articles",
    "check_extractor_contract",
    "doc_with_entities",
    "entities",
    "news_texts",
    "quotes",
    "spans",
]

for _cls in (Span, Mention, Article, Entity, Quote, ExtractorError, Analysis):
    attrs.resolve_types(_cls)

_NEWS_WORDS = ["Putin", "Moscow", "said", "told", "“", "”", '"', "'", "«", "»", "„", "the", "President", "Russia", "China", "Washington", "Paris", "Wagner", "Group", "SCO", "Ministry", "of", "Defence", "according", "to", "he", "she", "they", "added", "that", "warned", "“We", "will", "win,”", "Kyiv.", "Mr.", "Smith’s", "U.S.", "NATO", "Al", "Jazeera", "(", ")", "–", "—", ",", ".", ":", ";", "\n", "\n\n", "MOSCOW,", "KYIV", "June", "27", "(Reuters)", "(AP)", "-", "--", "São", "Paulo", "📈", "Ⅻ"]


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


_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**31), 2**31)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
)
_json_values = st.recursive(
    _json_scalars,
    lambda children: st.lists(children, max_size=3)
    | st.lists(children, max_size=3).map(tuple)  # held as lists, as JSON gives them back
    | st.dictionaries(st.text(max_size=5), children, max_size=3),
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
        | st.datetimes(timezones=st.sampled_from([_dt.UTC, _dt.timezone(_dt.timedelta(hours=3))]))
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
def entities(
    draw: st.DrawFn, text: str, entity_id: str | None = None, kinds: Iterable[str] | None = None
) -> Entity:
    """An entity whose mentions are spans of ``text``, of one of ``kinds`` (default: any)."""
    kind = draw(st.sampled_from(sorted(kinds) if kinds else ["person", "organization", "location", "event"]))
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
        speaker=draw(st.none() | spans(text) | _mentions(text)),
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
    ids = [entity.id for entity in found if entity.id is not None]
    said = draw(st.lists(quotes(article.text, ids), max_size=3))
    said = [attrs.evolve(quote, id=f"q{number}") for number, quote in enumerate(said, start=1)]
    errors = draw(st.lists(st.builds(ExtractorError, _names, st.text(max_size=30)), max_size=2))
    return Analysis(article=article, entities=found, quotes=said, errors=errors)


def doc_with_entities(nlp: Any, text: str, entities: Iterable[tuple[str, str, int]]) -> Any:
    """``nlp(text)`` with its named entities set by hand, so a test fixes what the model said.

    ``entities`` are ``(surface, label, occurrence)``: the ``occurrence``-th (from 0) appearance
    of ``surface`` in ``text``, labelled ``label`` (``("Villa", "ORG", 1)`` is the second
    "Villa"). Every other token is outside any entity::

        doc = doc_with_entities(nlp, "Aston Villa beat Chelsea.", [("Aston Villa", "PERSON", 0)])
    """
    from spacy.tokens import Span as SpacySpan

    from newscore.text.tokens import TokenTable

    doc = nlp(text)
    table = TokenTable(doc)
    spans = []
    for surface, label, occurrence in entities:
        start = -1
        for _ in range(occurrence + 1):
            start = text.find(surface, start + 1)
            if start < 0:
                raise ValueError(f"entity {surface!r} ({label}): the text holds fewer than {occurrence + 1} of it")
        tokens = table.token_span(start, start + len(surface))
        if tokens is None:
            raise ValueError(f"{surface!r} at {start} does not fall on the Doc's tokens")
        spans.append(SpacySpan(doc, *tokens, label=label))
    doc.ents = spans
    return doc


def check_extractor_contract(
    extractor: Any, nlp: Any, text: str, *, article: Article | None = None, doc: Any = None, **given: Any
) -> list[Entity | Quote]:
    """Run ``extractor`` on ``text`` twice and assert newscore's contract for extractors.

    Checked: it does not raise; it returns only :class:`Entity` and :class:`Quote`
    objects; every span lies inside the text and equals its slice; a quote's
    ``speaker_entity`` names a returned or given entity; returned entity ids are unique;
    kinds returned are ones it ``provides`` or ``needs`` (an extractor may add an entity
    of a kind it uses, such as a speaker the NER missed); the output is the same both times.
    ``article`` (whose text must be ``text``) and ``doc`` (its parse) default to a bare
    article and ``nlp(text)``; ``given`` may pass ``entities`` and ``quotes`` from
    earlier extractors. Returns the output.
    """
    article = Article(text=text) if article is None else article
    assert article.text == text, "the article's text is not the text checked"
    doc = nlp(text) if doc is None else doc
    arguments = {"entities": (), "quotes": (), **given}
    first = list(extractor.extract(article=article, doc=doc, **arguments) or ())
    second = list(extractor.extract(article=article, doc=doc, **arguments) or ())
    assert first == second, f"{extractor.name}: output differs between two runs on the same text"
    own_ids = [item.id for item in first if isinstance(item, Entity) and item.id is not None]
    assert len(own_ids) == len(set(own_ids)), f"{extractor.name}: two returned entities share an id"
    known_ids = {entity.id for entity in arguments["entities"]} | set(own_ids)
    for item in first:
        assert isinstance(item, (Entity, Quote)), f"{extractor.name} returned a {type(item).__name__}"
        spans_of = item.mentions if isinstance(item, Entity) else item.spans()
        for span in spans_of:
            assert 0 <= span.start <= span.end <= len(text), f"{extractor.name}: {span} is outside the text"
            assert text[span.start : span.end] == span.text, f"{extractor.name}: {span} is not the text's slice"
        kind = item.kind if isinstance(item, Entity) else "quote"
        allowed = (*extractor.provides, *extractor.needs)
        assert kind in allowed, f"{extractor.name} returned a {kind} but provides {extractor.provides}"
        if isinstance(item, Quote) and item.speaker_entity is not None:
            assert item.speaker_entity in known_ids, f"{extractor.name}: unknown speaker {item.speaker_entity!r}"
    return first


# --- the extractor contract suite ----------------------------------------------------------

#: Short made-up news stories in several house styles (datelines, curly and straight
#: quotes, a quote split around its attribution, acronyms, accents, an emoji), for
#: contract tests that want realistic text rather than random text.
SAMPLE_NEWS: tuple[str, ...] = (
    "Ministers meet in Geneva as talks resume\n\n"
    "GENEVA, March 3 (Reuters) - Foreign ministers from France and Brazil met in Geneva on Monday, "
    "the United Nations said.\n\n"
    "“We are closer than we were a year ago,” French Foreign Minister Marie Dubois told reporters. "
    "“But nothing is agreed until everything is agreed.”\n\n"
    "Dubois said the World Health Organization (WHO) would send a team to São Paulo next week. "
    "According to a UN spokesperson, the talks will continue in Nairobi.\n",
    "KYIV, Ukraine (AP) — Ukraine’s state energy company Naftogaz said Thursday it had restored power "
    "to 40% of homes in Kharkiv after overnight strikes.\n\n"
    "“The night was hard,” said Oleksandr Petrenko, a spokesman for the company. He added that repairs "
    "in Odesa “could take weeks.”\n\n"
    "The European Union pledged €50 million, the president of its commission said in Brussels.",
    "WASHINGTON — Senator Jane Holloway, a Democrat from Ohio, said she would vote against the bill.\n\n"
    '"This is not the deal we were promised," Holloway said in a statement. "It gives Wall Street '
    'everything,\nand Main Street nothing."\n\n'
    "Apple Inc. and Microsoft declined to comment. Shares of Tesla rose 3% in New York 📈.\n\n"
    "Source: Example Wire",
    "«Nous gagnerons», a déclaré le ministre à Paris.\n\nBERLIN -- ‘Yes,’ he said. \"\n\n\n",
)


class PluginOf:
    """A plugin object registering the given extractors, readers and exporters, so any of them can
    join a pipeline without a plugin module: ``plugins.register(PluginOf(MyExtractor()), name="mine")``."""

    def __init__(self, *extractors: Any, readers: Iterable[Any] = (), exporters: Iterable[Any] = ()) -> None:
        self._extractors = extractors
        self._readers = tuple(readers)
        self._exporters = tuple(exporters)

    @hookimpl
    def register_extractors(self) -> list[Any]:
        return list(self._extractors)

    @hookimpl
    def register_readers(self) -> list[Any]:
        return list(self._readers)

    @hookimpl
    def register_exporters(self) -> list[Any]:
        return list(self._exporters)


def _doc_state(doc: Any) -> tuple:
    """What an extractor must leave as it found it in the shared ``Doc``."""
    tokens = [(t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]
    sentences = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else None
    spans = {key: [(s.start, s.end, s.label_) for s in group] for key, group in doc.spans.items()}
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    return doc.text, tokens, sentences, ents, spans


class ExtractorContract:
    """The contract every newscore extractor keeps, as pytest tests to inherit.

    Subclass it in a test module (the name must start with ``Test``) and define an
    ``extractor`` fixture returning the extractor under test::

        class TestDatelineContract(ExtractorContract):
            plugin = newscore_dateline.plugin

            @pytest.fixture
            def extractor(self):
                return DatelineExtractor()

    Class attributes to adjust: ``plugin`` (the plugin module or object, whose
    ``configure_nlp`` the default ``contract_nlp`` applies), ``max_examples`` (hypothesis
    examples per property, default 25) and ``samples`` (texts, default
    :data:`SAMPLE_NEWS`). Fixtures to override: ``contract_nlp`` (the spaCy pipeline;
    default: newscore's default model, configured by ``plugin``) and ``upstream`` (the
    extractors whose findings are given to this one, default: the core's people
    extractor).

    The tests check: the extractor declares ``name``, ``version``, ``needs`` and
    ``provides``; its ``options`` (if any) are keyword arguments of its class, with the
    same defaults; on the samples, on any unicode text, and with any findings from
    earlier extractors, it does not raise, returns only entities and quotes whose spans
    are exact slices of the text, only of kinds it provides or needs, the same output every time;
    it leaves the shared ``Doc`` as it found it; and inside a real :class:`Pipeline` it
    records no error.
    """

    plugin: Any = None
    max_examples: int = 25
    samples: tuple[str, ...] = SAMPLE_NEWS

    @pytest.fixture
    def extractor(self) -> Any:
        raise NotImplementedError("a subclass of ExtractorContract must define an `extractor` fixture")

    @pytest.fixture(scope="class")
    @classmethod
    def contract_nlp(cls) -> Any:
        from newscore.nlp import resolve_model_name, shared_model
        from newscore.pipeline import Pipeline
        from newscore.plugins import Plugins

        name = resolve_model_name()
        if cls.plugin is None:
            return shared_model(name)
        plugins = Plugins(load_entry_points=False, include_builtins=False)
        plugins.register(cls.plugin, name="contract-plugin")
        return Pipeline(model=name, plugins=plugins).nlp

    @pytest.fixture
    def upstream(self) -> list[Any]:
        from newscore.extractors.people import PeopleExtractor

        return [PeopleExtractor()]

    # --- helpers ---------------------------------------------------------------------

    def _pipeline(self, nlp: Any, *extractors: Any) -> Any:
        from newscore.pipeline import Pipeline
        from newscore.plugins import Plugins

        plugins = Plugins(load_entry_points=False, include_builtins=False)
        plugins.register(PluginOf(*extractors), name="contract-extractors")
        return Pipeline(model=nlp, plugins=plugins, time_budget=None)

    def _sample(self, nlp: Any, upstream: list[Any], extractor: Any, text: str) -> tuple[Article, Any, Analysis]:
        """A sample article, its parse, and what the upstream extractors found in it."""
        from newscore.readers.text import article_from_plain_text

        article = article_from_plain_text(text, id="sample")
        doc = nlp(text)
        others = [item for item in upstream if item.name != extractor.name]
        found = self._pipeline(nlp, *others).analyze_doc(article, doc)
        return article, doc, found

    # --- the contract ----------------------------------------------------------------

    def test_declares_what_it_is(self, extractor: Any) -> None:
        from newscore.protocols import Extractor

        assert isinstance(extractor, Extractor), "an extractor needs name, version, needs, provides and extract()"
        assert isinstance(extractor.name, str) and extractor.name, "name must be a non-empty str"
        assert isinstance(extractor.version, str) and extractor.version, "version must be a non-empty str"
        for field_name in ("needs", "provides"):
            value = getattr(extractor, field_name)
            assert isinstance(value, tuple), f"{field_name} must be a tuple, got {type(value).__name__}"
            assert all(isinstance(kind, str) and kind for kind in value), f"{field_name} must hold kind names"
        assert extractor.provides, "an extractor must provide at least one kind"

    def test_its_options_are_keywords_of_its_class(self, extractor: Any) -> None:
        import inspect

        from newscore.options import Option

        parameters = inspect.signature(type(extractor)).parameters
        for option in getattr(extractor, "options", ()):
            assert isinstance(option, Option), f"options must hold newscore.Option values, got {option!r}"
            assert option.name in parameters, f"option {option.name!r} is not a keyword argument of its class"
            default = parameters[option.name].default
            assert default == option.default, f"option {option.name!r}: declared default {option.default!r}, class {default!r}"
        if getattr(extractor, "options", ()):
            rebuilt = type(extractor)(**{option.name: option.default for option in extractor.options})
            assert rebuilt.name == extractor.name, "an extractor built from its options' defaults has another name"

    def test_keeps_the_contract_on_news(self, extractor: Any, contract_nlp: Any, upstream: list[Any]) -> None:
        for text in self.samples:
            article, doc, found = self._sample(contract_nlp, upstream, extractor, text)
            given = tuple(entity for entity in found.entities if entity.kind in extractor.needs)
            said = tuple(found.quotes) if "quote" in extractor.needs else ()
            check_extractor_contract(
                extractor, contract_nlp, text, article=article, doc=doc, entities=given, quotes=said
            )

    def test_keeps_the_contract_on_any_text(self, extractor: Any, contract_nlp: Any) -> None:
        @settings(max_examples=self.max_examples, deadline=None, suppress_health_check=list(HealthCheck))
        @given(text=news_texts())
        def check(text: str) -> None:
            check_extractor_contract(extractor, contract_nlp, text)

        check()

    def test_survives_any_findings_of_earlier_extractors(self, extractor: Any, contract_nlp: Any) -> None:
        kinds = [kind for kind in extractor.needs if kind != "quote"] or ["person", "organization", "location"]

        @settings(max_examples=self.max_examples, deadline=None, suppress_health_check=list(HealthCheck))
        @given(data=st.data(), text=news_texts(max_size=200))
        def check(data: st.DataObject, text: str) -> None:
            count = data.draw(st.integers(0, 4), label="entities")
            given = tuple(data.draw(entities(text, f"e{n}", kinds)) for n in range(1, count + 1))
            said: tuple[Quote, ...] = ()
            if "quote" in extractor.needs:
                said = tuple(data.draw(st.lists(quotes(text, [e.id for e in given if e.id is not None]), max_size=2)))
            check_extractor_contract(extractor, contract_nlp, text, entities=given, quotes=said)

        check()

    def test_leaves_the_shared_doc_unchanged(self, extractor: Any, contract_nlp: Any, upstream: list[Any]) -> None:
        for text in self.samples:
            article, doc, found = self._sample(contract_nlp, upstream, extractor, text)
            before = _doc_state(doc)
            list(extractor.extract(article=article, doc=doc, entities=found.entities, quotes=found.quotes) or ())
            assert _doc_state(doc) == before, f"{extractor.name} changed the shared Doc (it must only read it)"

    def test_runs_cleanly_in_a_pipeline(self, extractor: Any, contract_nlp: Any, upstream: list[Any]) -> None:
        others = [item for item in upstream if item.name != extractor.name]
        pipeline = self._pipeline(contract_nlp, *others, extractor)
        assert not pipeline.problems, pipeline.problems
        order = [item.name for item in pipeline.extractors]
        for other in others:
            if set(other.provides) & set(extractor.needs):
                before = order.index(other.name) < order.index(extractor.name)
                assert before, f"{extractor.name} runs before {other.name}, which provides what it needs"
        for analysis in pipeline.analyze_many(self.samples):
            errors = [error.message for error in analysis.errors if error.plugin == extractor.name]
            assert not errors, f"{extractor.name} failed inside a pipeline: {errors}"
