"""The plugin system: isolation, ordering, disabling, validation of what plugins return."""

from __future__ import annotations

import pytest

from newscore import Article, Entity, Mention, Pipeline, Plugins, Quote, Span
from newscore.testing import PluginOf


class _Fake:
    """A small extractor built from a function, for tests."""

    def __init__(self, name, run, *, needs=(), provides=("thing",)):
        self.name, self.version, self.needs, self.provides = name, "0", needs, provides
        self._run = run

    def extract(self, *, article, doc, entities, quotes):
        return self._run(article, entities)


def _things(article, entities):
    start = article.text.find("Kyiv")
    return [Entity("thing", "Kyiv", [Mention.from_text(article.text, start, start + 4)])] if start >= 0 else []


def _boom(article, entities):
    raise RuntimeError("kaput")


def _pipeline(nlp, *plugins, disabled=()):
    manager = Plugins(load_entry_points=False, disabled=disabled)
    for number, plugin in enumerate(plugins):
        manager.register(plugin, name=getattr(plugin, "plugin_name", f"fake{number}"))
    return Pipeline(model=nlp, plugins=manager)


TEXT = "“We will win,” Volodymyr Zelensky said in Kyiv on Tuesday."


def test_a_raising_extractor_is_recorded_and_the_others_survive(nlp):
    pipeline = _pipeline(nlp, PluginOf(_Fake("broken", _boom), _Fake("things", _things)))
    analysis = pipeline.analyze(TEXT)
    assert [(e.plugin, e.message) for e in analysis.errors] == [("broken", "RuntimeError: kaput")]
    assert [e.name for e in analysis.entities_of("thing")] == ["Kyiv"]
    assert [e.name for e in analysis.entities_of("person")] == ["Volodymyr Zelensky"]


@pytest.mark.parametrize(
    "garbage",
    [
        lambda article, entities: ["not an entity"],
        lambda article, entities: [Entity("thing", "x", [Span(0, 3, "abc")])],  # wrong slice
        lambda article, entities: [Entity("thing", "x", [Span(500, 503, "abc")])],  # outside the text
        lambda article, entities: [Quote("direct", [Span.from_text(article.text, 1, 5)], speaker_entity="nobody")],
    ],
)
def test_garbage_output_is_refused_whole_and_recorded(nlp, garbage):
    pipeline = _pipeline(nlp, PluginOf(_Fake("garbage", garbage, provides=("thing", "quote"))))
    analysis = pipeline.analyze(TEXT)
    assert [e.plugin for e in analysis.errors] == ["garbage"]
    assert not analysis.entities_of("thing") and not analysis.quotes
    assert analysis.entities_of("person")  # the core's people survive


def test_extractors_run_after_what_they_need(nlp):
    seen = {}

    def quoter(article, entities):
        seen["kinds"] = sorted({e.kind for e in entities})
        things = [e for e in entities if e.kind == "thing"]
        return [Quote("direct", [Span.from_text(article.text, 1, 12)], speaker_entity=things[0].id)]

    pipeline = _pipeline(
        nlp, PluginOf(_Fake("quoter", quoter, needs=("thing", "person"), provides=("quote",)), _Fake("things", _things))
    )
    assert [e.name for e in pipeline.extractors] == ["people", "things", "quoter"]
    analysis = pipeline.analyze(TEXT)
    assert seen["kinds"] == ["person", "thing"]
    (quote,) = analysis.quotes
    assert analysis.entity(quote.speaker_entity).name == "Kyiv"
    assert quote.id == "q1" and quote.extractor == "quoter"


def test_a_quote_may_name_an_entity_returned_beside_it(nlp):
    def speaker_and_quote(article, entities):
        start = article.text.find("Volodymyr")
        who = Entity("person", "Volodymyr Zelensky", [Mention.from_text(article.text, start, start + 18)], id="me")
        return [who, Quote("direct", [Span.from_text(article.text, 1, 12)], speaker_entity="me")]

    analysis = _pipeline(nlp, PluginOf(_Fake("q", speaker_and_quote, provides=("person", "quote")))).analyze(TEXT)
    (quote,) = analysis.quotes
    speaker = analysis.entity(quote.speaker_entity)
    assert speaker.extractor == "q"
    # the plugin's person replaced the core's overlapping baseline person
    zelensky = [e.extractor for e in analysis.entities_of("person") if "Zelensky" in e.name]
    assert zelensky == ["q"]


def test_plugin_entities_replace_overlapping_baseline_people(nlp):
    text = "Prigozhin seized the city of Rostov-on-Don on Saturday."

    def city(article, entities):
        start = article.text.find("Rostov-on-Don")
        return [Entity("location", "Rostov-on-Don", [Mention.from_text(article.text, start, start + 13)])]

    analysis = _pipeline(nlp, PluginOf(_Fake("city", city, provides=("location",)))).analyze(text)
    people = [m.text for e in analysis.entities_of("person") for m in e.mentions]
    assert not any(name in {"Rostov", "Don", "Rostov-on-Don"} for name in people)
    assert [e.name for e in analysis.entities_of("location")] == ["Rostov-on-Don"]


def test_disabling_a_plugin_by_name(nlp, monkeypatch):
    plugin = PluginOf(_Fake("things", _things))
    plugin.plugin_name = "things"
    assert _pipeline(nlp, plugin, disabled={"things"}).analyze(TEXT).entities_of("thing") == ()
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "things, core")
    manager = Plugins(load_entry_points=False)
    manager.register(plugin, name="things")
    assert manager.names() == []


def test_unusable_extractors_are_reported_not_run(nlp):
    class Nameless:
        def extract(self, **kwargs):
            return []

    pipeline = _pipeline(nlp, PluginOf(Nameless(), _Fake("things", _things), _Fake("things", _boom)))
    assert [e.name for e in pipeline.extractors] == ["people", "things"]
    assert len(pipeline.problems) == 2


def test_analyze_doc_refuses_a_doc_of_another_text(nlp):
    pipeline = _pipeline(nlp)
    with pytest.raises(ValueError, match="not parsed from this article"):
        pipeline.analyze_doc(Article(text="one"), nlp("two"))
