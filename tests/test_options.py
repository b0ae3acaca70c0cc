"""Extractor options: declared, set from Python, the command line and configuration files, checked."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore import Option, OptionError, Pipeline, hookimpl, read_config
from newscore.cli import main
from newscore.config import find_config
from newscore.errors import ConfigError
from newscore.model import Entity, Mention
from newscore.options import configure_extractors, normalize_options
from newscore.plugins import Plugins
from newscore.runners.processes import PipelineRecipe

TEXT = "Russian troops crossed into Ukraine, Ukrainian officials said in Kyiv."


class Shouter:
    """A fake extractor whose output shows its options: one person named after them."""

    name = "shouter"
    version = "1"
    needs: tuple[str, ...] = ()
    provides = ("person",)
    options = (
        Option("loud", bool, False, "shout"),
        Option("times", int, 1, "how often"),
        Option("pitch", float, 0.5, "how high"),
        Option("word", str, "hey", "what to shout", choices=("hey", "ho")),
    )

    def __init__(self, *, loud: bool = False, times: int = 1, pitch: float = 0.5, word: str = "hey") -> None:
        self.settings = (loud, times, pitch, word)

    def extract(self, *, article, doc, entities, quotes):
        name = f"{self.settings}"
        return [Entity(kind="person", name=name, mentions=[Mention.from_text(article.text, 0, 1)])]


class _Registers:
    @hookimpl
    def register_extractors(self):
        return [Shouter()]


def _pipeline(nlp, **options) -> Pipeline:
    plugins = Plugins(load_entry_points=False, include_builtins=False)
    plugins.register(_Registers(), name="shouter-plugin")
    return Pipeline(model=nlp, plugins=plugins, **options)


# --- the Option type ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "option, text, value",
    [
        (Option("a", bool, False), "yes", True),
        (Option("a", bool, False), "False", False),
        (Option("a", int, 0), " 42 ", 42),
        (Option("a", float, 0.0), "2.5", 2.5),
        (Option("a", str, ""), "true", "true"),
    ],
)
def test_text_is_read_by_the_options_type(option, text, value):
    assert option.coerce(text) == value
    assert type(option.coerce(text)) is option.type


@pytest.mark.parametrize(
    "option, value",
    [
        (Option("a", bool, False), "maybe"),
        (Option("a", bool, False), 1),
        (Option("a", int, 0), True),
        (Option("a", int, 0), 2.5),
        (Option("a", int, 0), "ten"),
        (Option("a", float, 0.0), "nan"),
        (Option("a", str, ""), 3),
        (Option("a", str, "x", choices=("x", "y")), "z"),
    ],
)
def test_a_value_of_the_wrong_type_names_the_option_and_what_it_expects(option, value):
    with pytest.raises(OptionError, match="option 'a' expects"):
        option.coerce(value)


@given(st.integers())
def test_an_int_will_do_for_a_float(number):
    assert Option("a", float, 0.0).coerce(number) == float(number)


def test_an_option_refuses_a_default_of_the_wrong_type_and_an_unknown_type():
    with pytest.raises(OptionError, match="the default of option 'a'"):
        Option("a", int, "one")
    with pytest.raises(TypeError, match="bool, int, float, str"):
        Option("a", list, [])
    with pytest.raises(ValueError, match="identifier"):
        Option("not a name", int, 0)


def test_nested_and_dotted_options_are_the_same():
    assert normalize_options({"a.b": 1, "c": {"d": 2}}) == {"a": {"b": 1}, "c": {"d": 2}}
    with pytest.raises(OptionError, match=r"EXTRACTOR\.NAME"):
        normalize_options({"nodot": 1})


# --- applying options -------------------------------------------------------------------------


def test_an_extractor_is_rebuilt_with_its_options_and_the_others_defaults():
    (rebuilt,) = configure_extractors([Shouter()], {"shouter": {"loud": "on", "times": 3}})
    assert rebuilt.settings == (True, 3, 0.5, "hey")


def test_an_extractor_given_no_options_is_kept_as_it_is():
    shouter = Shouter()
    assert configure_extractors([shouter], {}) == [shouter]


@pytest.mark.parametrize(
    "options, message",
    [
        ({"shouter.volume": 3}, r"unknown option shouter.volume; shouter takes loud \(bool\), times \(int\)"),
        ({"shoutr.loud": True}, r"unknown option shoutr.loud: no extractor is named 'shoutr' \(extractors with options: shouter\)"),
        ({"shouter.times": "many"}, r"option shouter.times expects an integer, got 'many'"),
        ({"shouter.word": "hi"}, r"option shouter.word expects one of: 'hey', 'ho', got 'hi'"),
    ],
)
def test_unknown_or_ill_typed_options_are_one_clear_error(options, message):
    with pytest.raises(OptionError, match=message):
        configure_extractors([Shouter()], options)


def test_options_of_a_disabled_plugin_are_ignored():
    assert configure_extractors([Shouter()], {"locations.include_demonyms": True}, ignored={"locations"})


def test_a_pipeline_applies_its_options(nlp):
    analysis = _pipeline(nlp, options={"shouter": {"loud": True, "pitch": 2}}).analyze("Hello there.")
    assert analysis.entities[0].name == "(True, 1, 2.0, 'hey')"


def test_options_travel_with_the_recipe_to_other_processes(nlp):
    pipeline = Pipeline(options={"locations.include_demonyms": True})
    rebuilt = pickle.loads(pickle.dumps(PipelineRecipe.of(pipeline))).build()
    assert rebuilt.options == {"locations": {"include_demonyms": True}}
    (locations,) = [extractor for extractor in rebuilt.extractors if extractor.name == "locations"]
    assert locations.include_demonyms is True


def test_options_reach_worker_processes(nlp):
    pipeline = Pipeline(model=nlp, options={"locations": {"include_demonyms": False}}, time_budget=None)
    (analysis,) = pipeline.analyze_many([TEXT], n_process=2)
    forms = {mention.form for entity in analysis.entities_of("location") for mention in entity.mentions}
    assert forms and "demonym" not in forms  # demonyms are on by default


def test_the_locations_option_changes_what_analyze_finds():
    from newscore import analyze

    def forms(analysis):
        return {mention.form for entity in analysis.entities_of("location") for mention in entity.mentions}

    assert "demonym" in forms(analyze(TEXT))
    assert "demonym" not in forms(analyze(TEXT, options={"locations": {"include_demonyms": False}}))


# --- configuration files ----------------------------------------------------------------------


def test_newscore_toml_and_pyproject_hold_the_same_tables(tmp_path):
    own = tmp_path / "newscore.toml"
    own.write_text("[locations]\ninclude_demonyms = true\n")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.newscore.locations]\ninclude_demonyms = true\n')
    assert read_config(own) == read_config(pyproject) == {"locations": {"include_demonyms": True}}


def test_the_working_directorys_newscore_toml_wins_over_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None  # a pyproject.toml without [tool.newscore] is not a configuration
    (tmp_path / "pyproject.toml").write_text("[tool.newscore.locations]\ninclude_demonyms = true\n")
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    (tmp_path / "newscore.toml").write_text("")
    assert find_config(tmp_path) == tmp_path / "newscore.toml"


@pytest.mark.parametrize(
    "content, message",
    [("locations = 3\n", "locations = 3 is not a table"), ("[locations\n", "is not valid TOML")],
)
def test_a_bad_configuration_file_is_named(tmp_path, content, message):
    path = tmp_path / "newscore.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message) as error:
        read_config(path)
    assert str(path) in str(error.value)


# --- the command line ------------------------------------------------------------------------


def _demonym_forms(output: str) -> set[str | None]:
    data = json.loads(output)
    return {m.get("form") for e in data["entities"] if e["kind"] == "location" for m in e["mentions"]}


def test_option_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    assert main(["analyze", "-f", "json", "--no-progress", str(story)]) == 0
    assert "demonym" in _demonym_forms(capsys.readouterr().out)
    args = ["analyze", "-f", "json", "--no-progress", "--option", "locations.include_demonyms=false", str(story)]
    assert main(args) == 0
    assert "demonym" not in _demonym_forms(capsys.readouterr().out)


def test_options_from_the_working_directory_and_from_config(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    (tmp_path / "pyproject.toml").write_text("[tool.newscore.locations]\ninclude_demonyms = false\n")
    assert main(["analyze", "-f", "json", "--no-progress", str(story)]) == 0
    assert "demonym" not in _demonym_forms(capsys.readouterr().out)
    # --option wins over the file
    assert main(["analyze", "-f", "json", "--no-progress", "-O", "locations.include_demonyms=yes", str(story)]) == 0
    assert "demonym" in _demonym_forms(capsys.readouterr().out)
    other = tmp_path / "elsewhere.toml"
    other.write_text("[locations]\ninclude_demonyms = false\n")
    assert main(["analyze", "-f", "json", "--no-progress", "--config", str(other), str(story)]) == 0
    assert "demonym" not in _demonym_forms(capsys.readouterr().out)


@pytest.mark.parametrize(
    "option, message",
    [
        ("locations.include_demonym=true", "unknown option locations.include_demonym; locations takes include_demonyms (bool)"),
        ("locations.include_demonyms=perhaps", "option locations.include_demonyms expects a bool (true or false), got 'perhaps'"),
        ("include_demonyms", "must be written EXTRACTOR.NAME=VALUE"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_code_2(capsys, option, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    assert main(["analyze", "--no-progress", "--option", option, str(story)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"newscore: error: {message}" or (message in err and len(err.strip().splitlines()) == 1)
    assert "Traceback" not in err


def test_plugins_lists_every_option_with_its_default(capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "locations.include_demonyms" in line]
    assert "locations.include_demonyms = true" in line and "(bool)" in line


def test_analyze_help_names_the_model_really_used(capsys):
    from newscore.nlp import resolve_model_name

    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"(default here {resolve_model_name()}: $NEWSCORE_MODEL, else" in help_text


def test_with_the_core_disabled_plugins_still_lists_the_built_in_readers(capsys, monkeypatch):
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "core")
    assert main(["plugins"]) == 0
    (readers,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("readers:")]
    assert ".txt" in readers and ".jsonl" in readers


def test_the_shipped_plugins_declare_options_their_classes_take():
    import inspect

    for extractor in Pipeline().extractors:
        parameters = inspect.signature(type(extractor)).parameters
        for option in getattr(extractor, "options", ()):
            assert option.name in parameters, f"{extractor.name}.{option.name} is not a keyword of its class"
            assert parameters[option.name].default == option.default, f"{extractor.name}.{option.name}: defaults differ"


def test_the_contract_suite_catches_an_option_its_class_does_not_take():
    from newscore.testing import ExtractorContract

    class Forgetful(Shouter):
        options = (*Shouter.options, Option("volume", int, 3, "not a keyword of the class"))

    class Mismatched(Shouter):
        options = (Option("times", int, 2, "the class says 1"),)

    suite = ExtractorContract()
    suite.test_its_options_are_keywords_of_its_class(Shouter())
    with pytest.raises(AssertionError, match="'volume' is not a keyword argument"):
        suite.test_its_options_are_keywords_of_its_class(Forgetful())
    with pytest.raises(AssertionError, match="declared default 2, class 1"):
        suite.test_its_options_are_keywords_of_its_class(Mismatched())


def test_a_bad_option_from_a_file_says_which_file(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    (tmp_path / "newscore.toml").write_text('[locations]\ninclude_demonyms = "perhaps"\n')
    assert main(["analyze", "--no-progress", str(story)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "newscore: error: option locations.include_demonyms expects a bool (true or false), got 'perhaps' "
        "(set in newscore.toml)"
    )
