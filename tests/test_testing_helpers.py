"""newscore.testing's helpers for plugin authors do what their docstrings say."""

from __future__ import annotations

import pytest

from newscore.testing import doc_with_entities


def test_doc_with_entities_sets_exactly_the_entities_asked_for(nlp):
    text = "Villa beat City. Villa manager Unai Emery said Villa Park was full."
    doc = doc_with_entities(nlp, text, [("Villa", "ORG", 1), ("Unai Emery", "PERSON", 0)])
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [
        ("Villa", "ORG", text.index("Villa manager")),
        ("Unai Emery", "PERSON", text.index("Unai")),
    ]


def test_doc_with_entities_names_a_surface_the_text_lacks(nlp):
    with pytest.raises(ValueError, match="'Chelsea'"):
        doc_with_entities(nlp, "Villa beat City.", [("Chelsea", "ORG", 0)])
    with pytest.raises(ValueError, match="'Villa'"):
        doc_with_entities(nlp, "Villa beat City.", [("Villa", "ORG", 1)])


class _Shouts:
    name, version, needs, provides = "shouts", "0", (), ("thing",)

    def extract(self, *, article, doc, entities, quotes):
        from newscore import Entity, Mention

        return [Entity("thing", "KYIV", [Mention.from_text(article.text, 0, 4)])]


class _Reader:
    name, suffixes = "shout", (".shout",)

    def read(self, text, *, source):
        from newscore import Article

        yield Article(text=text.upper(), id=source)


class _Exporter:
    name, description = "shout", "upper case"

    def write(self, analyses, stream):
        stream.write("!")


def test_plugin_of_puts_plain_objects_in_a_pipeline(nlp):
    from newscore import Pipeline, Plugins
    from newscore.testing import PluginOf

    plugins = Plugins(load_entry_points=False, include_builtins=False)
    extractor, reader, exporter = _Shouts(), _Reader(), _Exporter()
    plugins.register(PluginOf(extractor, readers=[reader], exporters=[exporter]), name="mine")
    assert plugins.readers() == [reader] and plugins.exporters() == [exporter]
    analysis = Pipeline(model=nlp, plugins=plugins, time_budget=None).analyze("Kyiv is calm.")
    assert [(entity.name, entity.extractor) for entity in analysis.entities] == [("KYIV", "shouts")]
