from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline(nlp):
    """The core (people) plus this plugin, no other plugin."""
    import newscore_organizations.plugin
    from newscore import Pipeline, Plugins

    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_organizations.plugin, name="organizations")
    return Pipeline(model=nlp, plugins=plugins, time_budget=None)


@pytest.fixture(scope="session")
def organizations(pipeline):
    """text or Article -> {name: organisation entity} from the pipeline."""
    from newscore import Article

    def run(item, **metadata):
        article = Article(text=item, **metadata) if isinstance(item, str) else item
        analysis = pipeline.analyze(article)
        assert not analysis.errors, analysis.errors
        return {entity.name: entity for entity in analysis.entities_of("organization")}, analysis

    return run
