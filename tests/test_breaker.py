"""The circuit breaker that switches off an extractor overrunning its budget, and tries it again later."""

from __future__ import annotations

import math
import time

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

import newscore.pipeline
from newscore import Entity, Mention, Pipeline, Plugins
from newscore._breaker import Breaker
from newscore.testing import PluginOf


def _breaker(limit=3, retry_after=4, abandon_limit=3):
    return Breaker(limit=limit, retry_after=retry_after, abandon_limit=abandon_limit)


def _skips_before_next_run(breaker):
    skips = 0
    while breaker.refusal() is not None:
        skips += 1
    return skips


def test_it_opens_after_the_limit_in_a_row_and_an_in_time_call_starts_the_count_again():
    breaker = _breaker()
    for _ in range(2):
        assert breaker.refusal() is None
        breaker.overran(abandoned=False)
    breaker.finished()  # finished in time (a result or an exception)
    for _ in range(2):
        breaker.overran(abandoned=False)
    assert breaker.refusal() is None  # two in a row only
    breaker.overran(abandoned=False)
    message = breaker.refusal()
    assert message == (
        "skipped: it overran its time budget on 3 articles in a row, so it is switched off; "
        "it is tried again after 3 more articles"
    )


def test_a_trial_after_the_wait_closes_it_when_it_finishes_in_time():
    breaker = _breaker(retry_after=4)
    for _ in range(3):
        breaker.overran(abandoned=False)
    assert _skips_before_next_run(breaker) == 4
    breaker.finished()
    assert all(breaker.refusal() is None for _ in range(10))


def test_each_failed_trial_doubles_the_wait():
    breaker = _breaker(retry_after=4)
    for _ in range(3):
        breaker.overran(abandoned=False)
    waits = []
    for _ in range(4):
        waits.append(_skips_before_next_run(breaker))
        breaker.overran(abandoned=False)  # the trial overran too
    assert waits == [4, 8, 16, 32]


def test_the_last_skip_says_the_next_article_is_the_trial():
    breaker = _breaker(retry_after=2)
    for _ in range(3):
        breaker.overran(abandoned=False)
    assert breaker.refusal().endswith("it is tried again after 1 more article")
    assert breaker.refusal().endswith("it is tried again on the next article")
    assert breaker.refusal() is None


def test_abandoned_threads_switch_it_off_for_good():
    breaker = _breaker(retry_after=1, abandon_limit=3)
    for _ in range(3):
        breaker.overran(abandoned=True)
    assert all(breaker.refusal() == "skipped: it overran its time budget 3 times in this pipeline" for _ in range(50))


@given(st.integers(1, 5), st.integers(1, 50), st.integers(0, 3000))
def test_an_extractor_that_always_hangs_costs_a_logarithmic_number_of_budgets(limit, retry_after, articles):
    breaker = _breaker(limit=limit, retry_after=retry_after, abandon_limit=10**9)
    runs = 0
    for _ in range(articles):
        if breaker.refusal() is None:
            runs += 1
            breaker.overran(abandoned=False)
    # limit overruns, then trials after waits of r, 2r, 4r, ...: T trials need r(2^T - 1) + T articles
    after = max(0, articles - limit)
    assert runs == min(articles, limit) + max(t for t in range(64) if retry_after * (2**t - 1) + t <= after)
    assert runs <= limit + math.log2(after / retry_after + 1)


@given(st.lists(st.booleans(), max_size=200))
def test_an_extractor_that_always_finishes_in_time_is_never_skipped(failures):
    breaker = _breaker()
    for _ in failures:
        assert breaker.refusal() is None
        breaker.finished()


# --- in the pipeline ---------------------------------------------------------------------


class _Recovers:
    """Hangs on the first ``bad`` articles, then finds "Kyiv" at once."""

    name, version, needs, provides = "recovers", "0", (), ("thing",)

    def __init__(self, bad):
        self.calls, self.bad = 0, bad

    def extract(self, *, article, doc, entities, quotes):
        self.calls += 1
        if self.calls <= self.bad:
            time.sleep(60)
        start = article.text.index("Kyiv")
        return [Entity("thing", "Kyiv", [Mention.from_text(article.text, start, start + 4)])]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_a_switched_off_extractor_is_tried_again_and_runs_once_it_recovers(blank, monkeypatch):
    monkeypatch.setattr(newscore.pipeline, "RETRY_AFTER", 2)
    extractor = _Recovers(bad=3)
    plugins = Plugins(load_entry_points=False)
    plugins.register(PluginOf(extractor), name="fakes")
    pipeline = Pipeline(model=blank, plugins=plugins, time_budget=0.2)
    analyses = list(pipeline.analyze_many(["Officials in Kyiv spoke."] * 8))
    messages = [[error.message for error in analysis.errors if error.plugin == "recovers"] for analysis in analyses]
    assert messages[:3] == [["exceeded its time budget of 0.2 s"]] * 3
    assert [m[0].split("; ")[-1] for m in messages[3:5]] == ["it is tried again after 1 more article", "it is tried again on the next article"]
    assert messages[5:] == [[]] * 3  # the trial ran in time: on again for good
    assert [bool(analysis.entities_of("thing")) for analysis in analyses] == [False] * 5 + [True] * 3
    assert extractor.calls == 6
