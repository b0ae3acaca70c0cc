"""The example plugin of the "Writing a plugin" guide (docs/examples/newscore-dateline) works as the guide says.

It is not pip-installed here (slow, and racy with other test runs sharing the venv): its
``src`` goes on ``sys.path``, its plugin module is registered with a fresh
``Plugins(load_entry_points=False)``, and its ``pyproject.toml`` is checked to declare the
entry point an install would create. Its own tests, shown in the guide, run here too.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest

from newscore import Article, Pipeline, Plugins, read
from newscore.plugins import ENTRY_POINT_GROUP

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "newscore-dateline"
sys.path.insert(0, str(EXAMPLE / "src"))

import newscore_dateline.plugin  # noqa: E402  (needs the sys.path entry above)


def _load_example_tests():
    path = EXAMPLE / "tests" / "test_dateline.py"
    spec = importlib.util.spec_from_file_location("newscore_dateline_example_tests", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The example's own tests, exactly as the guide shows them, collected as part of this module.
_example_tests = _load_example_tests()
pipeline = _example_tests.pipeline
test_the_dateline_place_is_a_location = _example_tests.test_the_dateline_place_is_a_location
test_no_dateline_no_location = _example_tests.test_no_dateline_no_location
TestDatelineContract = _example_tests.TestDatelineContract


def test_pyproject_declares_the_dateline_entry_point():
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "newscore-dateline"
    assert any(dependency.split(">")[0].split("=")[0].strip() == "newscore" for dependency in project["dependencies"])
    entry_points = project["entry-points"][ENTRY_POINT_GROUP]
    assert entry_points == {"dateline": "newscore_dateline.plugin"}
    module_path = EXAMPLE / "src" / Path(*entry_points["dateline"].split(".")).with_suffix(".py")
    assert module_path.is_file()
    assert newscore_dateline.plugin.__file__ == str(module_path)


def test_the_plugin_module_registers_the_dateline_extractor():
    plugins = Plugins(load_entry_points=False, include_builtins=False)
    plugins.register(newscore_dateline.plugin, name="dateline")
    assert [(e.name, e.needs, e.provides) for e in plugins.extractors()] == [("dateline", (), ("location",))]


def test_the_guide_example_end_to_end(nlp):
    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_dateline.plugin, name="dateline")
    text = (
        "Putin thanks allies after mutiny\n\n"
        "MOSCOW, June 27 (Reuters) - Russian President Vladimir Putin thanked the leaders of the "
        "Shanghai Cooperation Organisation on Tuesday for their support.\n\n"
        "“Russia is united,” Putin said."
    )
    analysis = Pipeline(model=nlp, plugins=plugins).analyze(read(text))  # title, then body paragraphs
    assert not analysis.errors
    [place] = [entity for entity in analysis.entities if entity.extractor == "dateline"]
    start = text.index("MOSCOW")
    assert (place.kind, place.name) == ("location", "Moscow")
    assert [(m.start, m.end, m.text) for m in place.mentions] == [(start, start + 6, "MOSCOW")]
    dateline = place.attributes["dateline"]
    assert dateline["text"] == "MOSCOW, June 27 (Reuters) -"
    assert text[dateline["start"] : dateline["end"]] == dateline["text"]
    assert (dateline["date"], dateline["agency"], dateline["region"]) == ("June 27", "Reuters", None)
    assert analysis.to_dict()["entities"]  # serialises: attributes hold JSON values only
    assert [entity.name for entity in analysis.entities_of("person")] == ["Vladimir Putin"]


def test_the_guide_shows_what_the_plugin_really_finds(nlp):
    """The story of step 5 of the guide, analyzed, gives the JSON the guide shows."""
    guide = (EXAMPLE.parents[1] / "writing-a-plugin.md").read_text(encoding="utf-8")
    story = re.search(r"printf '([^']*)' > story.txt", guide).group(1).replace("\\n", "\n")
    shown = json.loads(re.search(r"The analysis holds, among the others:\n\n```json\n(.*?)```", guide, re.S).group(1))
    plugins = Plugins(load_entry_points=False)
    plugins.register(newscore_dateline.plugin, name="dateline")
    analysis = Pipeline(model=nlp, plugins=plugins).analyze(read(story))
    assert shown in analysis.to_dict()["entities"]


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING - Markets fall",  # an all-capital word that is no place
        "The minister said - after a pause - no.",
        "Moscow, June 27 (Reuters) - lower-case place names are not datelines",
        "",
    ],
)
def test_no_dateline_is_invented(text):
    from newscore_dateline import find_dateline

    assert find_dateline(Article(text=text)) is None
