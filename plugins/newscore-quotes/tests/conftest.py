"""Shared fixtures: one spaCy model per test session, and a quotes-only pipeline."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline(nlp):
    import newscore_quotes.plugin
    from newscore import Pipeline, Plugins

    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_quotes.plugin, name="quotes")
    return Pipeline(model=nlp, plugins=plugins)


@pytest.fixture(scope="session")
def analyze(pipeline):
    """Analyze a text with the core people extractor and the quotes extractor; fail on extractor errors."""

    def run(text: str):
        analysis = pipeline.analyze(text)
        assert not analysis.errors, analysis.errors
        return analysis

    return run
