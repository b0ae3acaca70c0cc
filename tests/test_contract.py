"""The extractor contract (newscore.testing.ExtractorContract), run over every installed extractor,
and checks that each part of the contract can fail."""

from __future__ import annotations

import functools
import importlib.metadata

import pytest

from newscore import Entity, Mention, Quote, Span
from newscore.extractors.people import PeopleExtractor
from newscore.plugins import ENTRY_POINT_GROUP
from newscore.testing import ExtractorContract

#: The plugins this repository ships; each is checked when installed and skipped when not.
_OURS = ("quotes", "locations", "organizations")


@functools.lru_cache(maxsize=1)
def _installed():
    """The installed plugins (newscore.Plugins(), entry points included) and their extractors by plugin."""
    from newscore import Plugins

    plugins = Plugins()
    by_plugin: dict[str, list] = {}
    for implementation in plugins.manager.hook.register_extractors.get_hookimpls():
        try:
            by_plugin[implementation.plugin_name] = list(implementation.function() or ())
        except Exception as error:  # reported by the test for this plugin
            by_plugin[implementation.plugin_name] = [error]
    return plugins, by_plugin


def _cases():
    plugins, by_plugin = _installed()
    entry_points = {entry_point.name for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}
    cases = []
    for name in sorted(set(by_plugin) | set(_OURS) | {failure.name for failure in plugins.failures}):
        if name in _OURS and name not in entry_points:
            skip = pytest.mark.skip(reason=f"newscore-{name} is not installed")
            cases.append(pytest.param((name, None), id=name, marks=skip))
            continue
        found = by_plugin.get(name, [])
        if not found:
            cases.append(pytest.param((name, None), id=name))  # failed to load or registers no extractor: fails below
        for number, extractor in enumerate(found):
            label = getattr(extractor, "name", f"#{number}")
            cases.append(pytest.param((name, number), id=f"{name}:{label}"))
    return cases


class TestInstalledExtractors(ExtractorContract):
    """Every extractor of every installed plugin (and the core's) keeps the contract."""

    @pytest.fixture(params=_cases())
    def extractor(self, request):
        plugin_name, number = request.param
        plugins, by_plugin = _installed()
        failures = [f.message for f in plugins.failures if f.name == plugin_name]
        assert not failures, f"plugin {plugin_name!r} failed: {failures}"
        assert number is not None, f"plugin {plugin_name!r} registers no extractor"
        extractor = by_plugin[plugin_name][number]
        assert not isinstance(extractor, Exception), f"register_extractors() raised {extractor!r}"
        return extractor

    @pytest.fixture(scope="class")
    @classmethod
    def contract_nlp(cls):
        from newscore import Pipeline, Plugins

        return Pipeline(plugins=Plugins()).nlp  # configured by every installed plugin, as in real use

    @pytest.fixture
    def upstream(self):
        from newscore import Pipeline, Plugins

        return Pipeline(plugins=Plugins()).extractors  # every installed extractor, in run order


# --- each clause of the contract can fail ------------------------------------------------


class _Broken:
    """An extractor that breaks one clause of the contract, chosen by ``fault``."""

    version = "0"

    def __init__(self, fault, *, needs=(), provides=("thing",)):
        self.name, self.fault, self.needs, self.provides = f"broken-{fault}", fault, needs, provides
        self._calls = 0

    def extract(self, *, article, doc, entities, quotes):
        text = article.text
        whole = Mention.from_text(text, 0, len(text))
        if self.fault == "raises" and "\n" in text:
            raise RuntimeError("boom")
        if self.fault == "wrong-slice" and len(text) > 1:
            return [Entity("thing", "x", [Mention(0, 1, "\x00" if text[0] != "\x00" else "y")])]
        if self.fault == "undeclared-kind":
            return [Entity("person", "x", [whole])]
        if self.fault == "nondeterministic":
            self._calls += 1
            return [Entity("thing", str(self._calls), [whole])]
        if self.fault == "unknown-speaker":
            return [Quote("direct", [Span.from_text(text, 0, len(text))], speaker_entity="nobody")]
        if self.fault == "modifies-doc":
            doc.ents = []
            doc.ents = [doc[0:1]] if len(doc) else []
            return []
        return []


@pytest.mark.parametrize(
    "fault, test, caught",
    [
        ("raises", "test_keeps_the_contract_on_news", RuntimeError),  # the extractor's own exception escapes
        ("wrong-slice", "test_keeps_the_contract_on_any_text", AssertionError),
        ("undeclared-kind", "test_keeps_the_contract_on_news", AssertionError),
        ("nondeterministic", "test_keeps_the_contract_on_any_text", AssertionError),
        ("modifies-doc", "test_leaves_the_shared_doc_unchanged", AssertionError),
        ("raises", "test_runs_cleanly_in_a_pipeline", AssertionError),  # recorded as an error, then reported
    ],
)
def test_each_clause_of_the_contract_catches_its_fault(nlp, fault, test, caught):
    contract = ExtractorContract()
    contract.max_examples = 10
    broken = _Broken(fault)
    arguments = {"extractor": broken, "contract_nlp": nlp, "upstream": [PeopleExtractor()]}
    method = getattr(contract, test)
    wanted = {name: arguments[name] for name in method.__code__.co_varnames[1 : method.__code__.co_argcount]}
    with pytest.raises(caught):
        method(**wanted)


def test_an_unknown_speaker_breaks_the_contract(nlp):
    contract = ExtractorContract()
    broken = _Broken("unknown-speaker", provides=("quote",))
    with pytest.raises(AssertionError, match="unknown speaker"):
        contract.test_keeps_the_contract_on_news(broken, nlp, [PeopleExtractor()])


def test_a_well_behaved_extractor_passes_every_clause(nlp):
    contract = ExtractorContract()
    contract.max_examples = 10
    extractor = PeopleExtractor()
    contract.test_declares_what_it_is(extractor)
    contract.test_keeps_the_contract_on_news(extractor, nlp, [])
    contract.test_keeps_the_contract_on_any_text(extractor, nlp)
    contract.test_survives_any_findings_of_earlier_extractors(extractor, nlp)
    contract.test_leaves_the_shared_doc_unchanged(extractor, nlp, [])
    contract.test_runs_cleanly_in_a_pipeline(extractor, nlp, [])


def test_an_extractor_that_declares_nothing_fails_the_declaration_check():
    class Nameless:
        name, version, needs, provides = "", "1", (), ()

        def extract(self, *, article, doc, entities, quotes):
            return []

    with pytest.raises(AssertionError):
        ExtractorContract().test_declares_what_it_is(Nameless())
