from __future__ import annotations

import importlib.metadata

import pytest

#: Outlets and months the corpus tests give their articles, so "per outlet and month" has something to count.
_OUTLETS = ("The Example Herald", "Example Daily", "The Sample Times")


@pytest.fixture(scope="session")
def corpus_analyses(nlp):
    """Analyses of a small corpus from the repository's own benchmark texts, with outlets and dates."""
    import datetime as dt
    import itertools
    from pathlib import Path

    import attrs

    from newscore import Pipeline, read_all

    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    records = itertools.chain(
        itertools.islice(read_all([data / "seed.jsonl"]), 1),
        itertools.islice(read_all([data / "quotes.jsonl"]), 10),
        itertools.islice(read_all([data / "locations.jsonl"]), 5),
        itertools.islice(read_all([data / "organizations.jsonl"]), 4),
    )
    articles = [
        attrs.evolve(
            article,
            source=_OUTLETS[number % len(_OUTLETS)],
            published_at=dt.datetime(2025, 1 + number % 4, 1 + number, 9, 30, tzinfo=dt.UTC),
        )
        for number, article in enumerate(records)
    ]
    return tuple(Pipeline().analyze_many(articles))


@pytest.fixture(scope="module")
def cluster():
    """The 2-worker LocalCluster analyze_jsonl starts when given no address (dask is installed by `make test`)."""
    from newscore.runners.dask import _cluster_client

    client, local_cluster = _cluster_client(2, None)
    yield local_cluster
    client.close()
    local_cluster.close()


class _EntryPoint:
    """Stands in for an importlib.metadata.EntryPoint: ``load`` gives the plugin, or raises the exception given."""

    def __init__(self, name, target):
        self.name, self._target, self.dist = name, target, None

    def load(self):
        if isinstance(self._target, BaseException):
            raise self._target
        return self._target


@pytest.fixture
def installed(monkeypatch):
    """Install fake plugins: ``installed(name=plugin, …)`` (a plugin, or the exception loading it raises);
    nothing else is installed, and no plugin is disabled."""
    real = importlib.metadata.entry_points

    def install(**plugins):
        fakes = [_EntryPoint(name, plugin) for name, plugin in plugins.items()]

        def entry_points(**selection):
            return fakes if selection.get("group") == "newscore.plugins" else real(**selection)

        monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
        monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "")

    return install
