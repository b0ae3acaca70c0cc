"""Tests for the dateline plugin: its behaviour, and newscore's extractor contract."""

import pytest

import newscore_dateline.plugin
from newscore import Pipeline, Plugins
from newscore.testing import ExtractorContract
from newscore_dateline import DatelineExtractor


# --8<-- [start:behaviour]
@pytest.fixture(scope="module")
def pipeline():
    plugins = Plugins(load_entry_points=False)  # the core, and only the plugins we register
    plugins.register(newscore_dateline.plugin, name="dateline")
    return Pipeline(plugins=plugins)


@pytest.mark.parametrize(
    "text, place, agency",
    [
        ("MOSCOW, June 27 (Reuters) - Russia said on Tuesday...", "Moscow", "Reuters"),
        ("KYIV, Ukraine (AP) — Air raid sirens sounded...", "Kyiv", "AP"),
        ("WASHINGTON — The Senate voted...", "Washington", None),
    ],
)
def test_the_dateline_place_is_a_location(pipeline, text, place, agency):
    analysis = pipeline.analyze(text)
    [location] = [e for e in analysis.entities_of("location") if e.extractor == "dateline"]
    assert location.name == place
    assert location.attributes["dateline"]["agency"] == agency
    assert location.mentions[0].start == 0


def test_no_dateline_no_location(pipeline):
    analysis = pipeline.analyze("The minister said - after a pause - that talks would go on.")
    assert not [e for e in analysis.entities if e.extractor == "dateline"]
# --8<-- [end:behaviour]


# --8<-- [start:contract]
class TestDatelineContract(ExtractorContract):
    plugin = newscore_dateline.plugin

    @pytest.fixture
    def extractor(self):
        return DatelineExtractor()
# --8<-- [end:contract]
