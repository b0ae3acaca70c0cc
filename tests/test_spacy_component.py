"""newscore as a spaCy component: nlp.add_pipe("newscore") gives doc._.newscore, as newscore.analyze does."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import newscore
from newscore.testing import SAMPLE_NEWS

SEED = Path(__file__).resolve().parent.parent / "seeds" / "putin-sco-wagner.txt"
TEXT = "Russian troops crossed into Ukraine, Ukrainian officials said in Kyiv."


@pytest.fixture(scope="module")
def component_nlp():
    """A private copy of the default model with the component (the shared one must stay as it is)."""
    from newscore.nlp import load_model, resolve_model_name

    nlp = load_model(resolve_model_name())
    nlp.add_pipe("newscore")
    return nlp


def test_the_component_gives_what_analyze_gives(component_nlp):
    for text in (SEED.read_text(encoding="utf-8"), *SAMPLE_NEWS):
        doc = component_nlp(text)
        assert isinstance(doc._.newscore, newscore.Analysis)
        assert doc._.newscore == newscore.analyze(text)
    assert component_nlp(SAMPLE_NEWS[0])._.newscore.quotes  # something was found, not two empty analyses


def test_options_go_through_config():
    from newscore.nlp import load_model, resolve_model_name

    nlp = load_model(resolve_model_name())
    nlp.add_pipe("newscore", config={"options": {"locations": {"include_demonyms": False}}})
    forms = {mention.form for entity in nlp(TEXT)._.newscore.entities_of("location") for mention in entity.mentions}
    assert forms and "demonym" not in forms  # demonyms are on by default
    assert nlp(TEXT)._.newscore == newscore.analyze(TEXT, options={"locations.include_demonyms": False})


def test_a_bad_option_in_config_is_refused():
    nlp = spacy.blank("en")
    with pytest.raises(newscore.OptionError, match=r"unknown option locations\.nope"):
        nlp.add_pipe("newscore", config={"options": {"locations": {"nope": True}}})


def test_registering_again_in_the_same_process_is_harmless():
    from newscore import spacy_component

    spacy_component.register()
    importlib.reload(spacy_component)  # the module's registration runs again
    assert Doc.has_extension("newscore")
    nlp = spacy.blank("en")
    nlp.add_pipe("newscore", config={"time_budget": None})
    assert nlp.pipe_names == ["newscore"]


def test_a_saved_pipeline_keeps_the_component_and_its_options(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("newscore", config={"options": {"locations": {"include_demonyms": True}}})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["newscore"]
    assert loaded.get_pipe_config("newscore")["options"] == {"locations": {"include_demonyms": True}}
    assert isinstance(loaded("Hello there.")._.newscore, newscore.Analysis)


def test_the_analysis_travels_with_the_doc_between_processes_and_through_docbin(component_nlp):
    from spacy.tokens import DocBin

    texts = [SAMPLE_NEWS[0], TEXT]
    docs = list(component_nlp.pipe(texts, n_process=2))  # docs come back from the workers serialised
    assert [doc._.newscore for doc in docs] == [newscore.analyze(text) for text in texts]
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(component_nlp.vocab))
    assert [doc._.newscore for doc in back] == [doc._.newscore for doc in docs]
