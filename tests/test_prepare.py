"""An extractor's optional prepare(): called once per pipeline, outside every article's time budget."""

from __future__ import annotations

import time

from newscore import Pipeline
from newscore.model import Entity, Mention
from newscore.plugins import Plugins
from newscore.testing import PluginOf


class SlowToLoad:
    """Loads its data for longer than the time budget allows one article."""

    name = "slow"
    version = "1"
    needs: tuple[str, ...] = ()
    provides = ("person",)

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.prepared = 0
        self.data: set[str] | None = None

    def prepare(self) -> None:
        self.prepared += 1
        if self.fail:
            raise OSError("data file missing")
        time.sleep(0.5)
        self.data = {"Ann"}

    def extract(self, *, article, doc, entities, quotes):
        if self.data is None:
            raise RuntimeError("not prepared")
        found = article.text.find("Ann")
        return [] if found < 0 else [Entity(kind="person", name="Ann", mentions=[Mention.from_text(article.text, found, found + 3)])]


def _pipeline(nlp, *extractors, time_budget):
    plugins = Plugins(load_entry_points=False, include_builtins=False)
    plugins.register(PluginOf(*extractors), name="test-extractors")
    return Pipeline(model=nlp, plugins=plugins, time_budget=time_budget)


def test_prepare_runs_once_and_outside_the_time_budget(nlp):
    slow = SlowToLoad()
    pipeline = _pipeline(nlp, slow, time_budget=0.2)
    analyses = list(pipeline.analyze_many(["Ann spoke.", "Then Ann left."]))
    analyses.append(pipeline.analyze("Ann again."))
    assert slow.prepared == 1
    assert [analysis.errors for analysis in analyses] == [(), (), ()]
    assert all(analysis.entities[0].name == "Ann" for analysis in analyses)


def test_an_extractor_that_fails_to_prepare_is_a_problem_not_a_crash(nlp):
    broken, fine = SlowToLoad(fail=True), SlowToLoad()
    fine.name = "fine"
    pipeline = _pipeline(nlp, broken, fine, time_budget=None)
    analysis = pipeline.analyze("Ann spoke.")
    assert any("'slow' failed to prepare: OSError: data file missing" in problem for problem in pipeline.problems)
    assert [error.plugin for error in analysis.errors] == ["slow"]
    assert [entity.extractor for entity in analysis.entities] == ["fine"]


def test_the_shipped_extractors_prepare_without_error():
    pipeline = Pipeline()
    pipeline.prepare()
    assert not pipeline.problems
    assert {extractor.name for extractor in pipeline.extractors if callable(getattr(extractor, "prepare", None))} >= {
        "people",
        "locations",
        "organizations",
    }
