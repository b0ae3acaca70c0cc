"""Plugin faults: raising, garbage, hanging, failing to load. The analysis always completes."""

from __future__ import annotations

import importlib.metadata
import threading
import time

import pytest
import spacy

from newscore import Article, Entity, Mention, Pipeline, Plugins, Quote, Span, hookimpl
from newscore.cli import main
from newscore.plugins import DEFAULT_PLUGINS
from newscore.testing import PluginOf

TEXT = "“We will win,” Volodymyr Zelensky said in Kyiv on Tuesday."


class _Fake:
    """An extractor built from a function of the article."""

    def __init__(self, name, run, *, provides=("thing",)):
        self.name, self.version, self.needs, self.provides = name, "0", (), provides
        self._run = run

    def extract(self, *, article, doc, entities, quotes):
        return self._run(article)


def _kyiv(article):
    start = article.text.find("Kyiv")
    return [Entity("thing", "Kyiv", [Mention.from_text(article.text, start, start + 4)])] if start >= 0 else []


def _pipeline(nlp, *extractors, time_budget=5.0):
    plugins = Plugins(load_entry_points=False)
    plugins.register(PluginOf(*extractors), name="fakes")
    return Pipeline(model=nlp, plugins=plugins, time_budget=time_budget)


@pytest.fixture(scope="module")
def blank():
    """A tokenizer-only pipeline: plugin faults do not need a real parse."""
    return spacy.blank("en")


def _messages(analysis):
    return {error.plugin: error.message for error in analysis.errors}


# --- garbage output ----------------------------------------------------------------------


def _half_then_raise(article):
    yield from _kyiv(article)
    raise LookupError("ran out halfway")


@pytest.mark.parametrize(
    ("garbage", "message"),
    [
        (lambda article: 42, "TypeError"),
        (lambda article: "Kyiv", "TypeError: returned a str"),
        (lambda article: {"kind": "thing"}, "TypeError: returned a dict"),
        (lambda article: _kyiv(article)[0], "TypeError: returned a Entity"),
        (lambda article: [*_kyiv(article), None], "returned NoneType, not an Entity or a Quote"),
        (lambda article: [*_kyiv(article), Span(0, 1, "“")], "returned Span"),
        (_half_then_raise, "LookupError: ran out halfway"),
        (lambda article: [Entity("thing", "x", [Mention(len(article.text), len(article.text) + 2, "ab")])], "past a text"),
        (lambda article: [Entity("thing", "x", [Mention(0, 4, "Kyiv")])], "but the text there is"),
        (lambda article: [Quote("direct", [Span.from_text(article.text, 1, 5)], cue=Span(900, 903, "say"))], "past"),
        (lambda article: [Quote("direct", [Span.from_text(article.text, 1, 5)], speaker_entity="ghost")], "ghost"),
    ],
)
def test_garbage_is_refused_whole_and_the_others_survive(blank, garbage, message):
    pipeline = _pipeline(blank, _Fake("garbage", garbage, provides=("thing", "quote")), _Fake("kyiv", _kyiv))
    analysis = pipeline.analyze(TEXT)
    assert message in _messages(analysis)["garbage"]
    assert [entity.extractor for entity in analysis.entities] == ["kyiv"]  # nothing of the garbage got in
    assert analysis.quotes == ()


def test_returning_nothing_is_fine(blank):
    analysis = _pipeline(blank, _Fake("none", lambda article: None), _Fake("empty", lambda article: ())).analyze(TEXT)
    assert analysis.errors == () and analysis.entities == ()


def test_an_extractor_calling_sys_exit_does_not_end_the_process(blank):
    def leave(article):
        raise SystemExit(3)

    analysis = _pipeline(blank, _Fake("quitter", leave), _Fake("kyiv", _kyiv)).analyze(TEXT)
    assert _messages(analysis) == {"quitter": "SystemExit: 3"}
    assert analysis.entities_of("thing")


def test_ctrl_c_inside_an_extractor_still_stops_the_run(blank):
    def interrupted(article):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _pipeline(blank, _Fake("slow", interrupted)).analyze(TEXT)


def test_an_extractor_whose_attributes_raise_is_reported_not_run(blank):
    class Haunted:
        @property
        def name(self):
            raise RuntimeError("boo")

    pipeline = _pipeline(blank, Haunted(), _Fake("kyiv", _kyiv))
    assert [extractor.name for extractor in pipeline.extractors] == ["people", "kyiv"]
    assert any("RuntimeError: boo" in problem for problem in pipeline.problems)


# --- time budget -------------------------------------------------------------------------


def test_a_sleeping_extractor_is_stopped_at_its_budget(blank):
    def sleeper(article):
        time.sleep(30)
        return _kyiv(article)

    started = time.monotonic()
    analysis = _pipeline(blank, _Fake("sleeper", sleeper), _Fake("kyiv", _kyiv), time_budget=0.2).analyze(TEXT)
    assert time.monotonic() - started < 10
    assert _messages(analysis) == {"sleeper": "exceeded its time budget of 0.2 s"}
    assert [entity.extractor for entity in analysis.entities] == ["kyiv"]


def test_a_spinning_generator_is_stopped_and_the_next_article_is_analyzed(blank):
    def spinner(article):
        yield from _kyiv(article)
        if "spin" in article.text:
            while True:
                pass

    pipeline = _pipeline(blank, _Fake("spinner", spinner), time_budget=0.2)
    first, second = pipeline.analyze_many(["spin in Kyiv", "calm in Kyiv"])
    assert _messages(first) == {"spinner": "exceeded its time budget of 0.2 s"} and first.entities == ()
    assert second.errors == () and [e.name for e in second.entities] == ["Kyiv"]


def test_an_extractor_that_swallows_the_first_alarm_is_stopped_by_the_next(blank):
    def stubborn(article):
        try:
            time.sleep(30)
        except BaseException:
            pass
        time.sleep(30)

    analysis = _pipeline(blank, _Fake("stubborn", stubborn), time_budget=0.2).analyze(TEXT)
    assert "exceeded its time budget" in _messages(analysis)["stubborn"]


def test_off_the_main_thread_a_hung_extractor_is_abandoned_then_skipped(blank):
    release = threading.Event()

    def hangs(article):
        release.wait(60)
        return []

    pipeline = _pipeline(blank, _Fake("hangs", hangs), _Fake("kyiv", _kyiv), time_budget=0.1)
    results = []
    worker = threading.Thread(target=lambda: results.extend(pipeline.analyze_many([TEXT] * 4)))
    try:
        worker.start()
        worker.join(30)
    finally:
        release.set()  # let the abandoned threads end
    assert not worker.is_alive()
    messages = [_messages(analysis)["hangs"] for analysis in results]
    assert messages[:3] == ["exceeded its time budget of 0.1 s (its thread was abandoned and may still be running)"] * 3
    assert messages[3] == "skipped: it overran its time budget 3 times in this pipeline"
    assert all(analysis.entities_of("thing") for analysis in results)


def test_errors_from_a_budgeted_thread_keep_their_type(blank):
    results = []
    pipeline = _pipeline(blank, _Fake("broken", lambda article: 1 / 0), time_budget=1.0)
    worker = threading.Thread(target=lambda: results.append(pipeline.analyze(TEXT)))
    worker.start()
    worker.join(30)
    assert _messages(results[0]) == {"broken": "ZeroDivisionError: division by zero"}


def test_no_budget_means_no_limit(blank):
    def slowish(article):
        time.sleep(0.3)
        return _kyiv(article)

    assert _pipeline(blank, _Fake("slowish", slowish), time_budget=None).analyze(TEXT).errors == ()


# --- plugins that fail to load or to register ---------------------------------------------


class _RaisesOnRegister:
    @hookimpl
    def register_extractors(self):
        raise RuntimeError("cannot find my data files")

    @hookimpl
    def register_exporters(self):
        raise RuntimeError("cannot find my data files")


class _ReturnsOneExtractor:
    @hookimpl
    def register_extractors(self):
        return _Fake("lonely", _kyiv)  # not in a list


class _BreaksSpacy:
    @hookimpl
    def configure_nlp(self, nlp):
        raise ValueError("[E002] Can't find factory for 'newscore_missing'")


@pytest.fixture
def broken_entry_points(installed):
    installed(
        missing=ImportError("No module named 'newscore_missing'"),
        exits=SystemExit("bye"),
        raises=_RaisesOnRegister(),
        single=_ReturnsOneExtractor(),
        spacy=_BreaksSpacy(),
        good=PluginOf(_Fake("kyiv", _kyiv)),
    )


def test_broken_plugins_are_reported_and_the_good_one_runs(broken_entry_points, blank):
    pipeline = Pipeline(model=blank, time_budget=5.0)
    assert [extractor.name for extractor in pipeline.extractors] == ["people", "kyiv"]
    exporters = [exporter.name for exporter in pipeline.plugins.exporters()]
    assert {"json", "jsonl", "table"} <= set(exporters)
    analysis = pipeline.analyze(TEXT)
    assert analysis.errors == () and analysis.entities_of("thing")
    problems = "\n".join(pipeline.problems)
    assert "plugin 'missing' failed to load: ImportError: No module named 'newscore_missing'" in problems
    assert "plugin 'exits' failed to load: SystemExit: bye" in problems
    assert "plugin 'raises' failed in register_extractors(): RuntimeError: cannot find" in problems
    assert "plugin 'single' failed in register_extractors(): TypeError: returned a _Fake" in problems
    assert "plugin 'spacy' failed in configure_nlp(): ValueError: [E002]" in problems


def test_newscore_plugins_shows_what_failed_to_load_and_why(broken_entry_points, capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "good" in out and "kyiv" in out
    assert "problem: plugin 'missing' failed to load: ImportError: No module named 'newscore_missing'" in out
    assert "problem: plugin 'raises' failed in register_extractors(): RuntimeError" in out
    assert out.count("failed in register_exporters()") == 1  # asked twice, reported once


def test_newscore_analyze_warns_about_plugins_that_failed_to_load(broken_entry_points, tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Officials in Kyiv said the talks would resume.", encoding="utf-8")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(story)]) == 0
    captured = capsys.readouterr()
    assert "warning: plugin 'missing' failed to load: ImportError" in captured.err
    assert len(captured.out.splitlines()) == 1  # the article is still analyzed


def test_plugins_come_only_from_the_entry_point_group(monkeypatch):
    asked = []
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: asked.append(group) or [])
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "")
    assert Plugins().names() == sorted(DEFAULT_PLUGINS)
    assert asked == ["newscore.plugins"]


def test_analysis_of_an_article_object_keeps_its_metadata_under_faults(blank):
    article = Article(text=TEXT, id="a1", title="Title")
    analysis = _pipeline(blank, _Fake("broken", lambda article: 1 / 0)).analyze(article)
    assert analysis.article == article and analysis.errors
