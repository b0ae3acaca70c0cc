"""The bulk attribute ruler gives exactly what spaCy's AttributeRuler gives."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newscore.attribute_rules import BulkAttributeRuler, use_bulk_attribute_ruler
from newscore.nlp import load_model, resolve_model_name

#: Every annotation a Doc's tokens carry (flags aside), compared before and after.
_ATTRIBUTES = ["ORTH", "LOWER", "TAG", "POS", "DEP", "HEAD", "LEMMA", "MORPH", "ENT_IOB", "ENT_TYPE", "SENT_START"]


@pytest.fixture(scope="module")
def model_ruler(nlp: Language) -> AttributeRuler:
    """The model's own attribute ruler: newscore's loader has wrapped it, spaCy's plain one is inside."""
    component = nlp.get_pipe("attribute_ruler")
    ruler = component.ruler if isinstance(component, BulkAttributeRuler) else component
    assert isinstance(ruler, AttributeRuler)
    return ruler


def _values(ruler: AttributeRuler, key: str) -> list[str]:
    """Every string value the ruler's patterns test ``key`` against (exact, IN, NOT_IN)."""
    found: set[str] = set()
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            for spec in pattern:
                value = spec.get(key)
                if isinstance(value, str):
                    found.add(value)
                elif isinstance(value, dict):
                    for argument in value.values():
                        if isinstance(argument, list):
                            found.update(v for v in argument if isinstance(v, str))
    return sorted(found)


def _same(first: Doc, second: Doc) -> bool:
    return numpy.array_equal(first.to_array(_ATTRIBUTES), second.to_array(_ATTRIBUTES)) and [
        str(token.morph) for token in first
    ] == [str(token.morph) for token in second]


_EXTRA_WORDS = ["house", "run", "y'", "y", "n't", "nt", "nothin'", "nuthin'", "all", "na", "ta"]


def _phrases(ruler: AttributeRuler, words: list[str]) -> list[list[str]]:
    """Word sequences the multi-token patterns can match (each token's words that fit it)."""
    import re

    phrases = []
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) < 2:
                continue
            choices = []
            for spec in pattern:
                value = spec.get("LOWER")
                if isinstance(value, str):
                    choices.append([value])
                elif isinstance(value, dict) and "IN" in value:
                    choices.append(list(value["IN"]))
                elif isinstance(value, dict) and "REGEX" in value:
                    choices.append([w for w in words if re.search(value["REGEX"], w)] or words[:1])
                else:
                    choices.append(words[:3])
            phrases.extend([[options[i % len(options)] for options in choices] for i in range(3)])
    return phrases


@st.composite
def _tagged_docs(draw: st.DrawFn, nlp: Language, ruler: AttributeRuler) -> Doc:
    """Docs of words, tags and labels the ruler's rules test (and others), in any combination,
    with the word sequences of its multi-token patterns among them."""
    lowers = _values(ruler, "LOWER") + _EXTRA_WORDS
    word = st.sampled_from(lowers).flatmap(
        lambda w: st.sampled_from([w, w.title(), w.upper()]) if w.strip() else st.just(w)
    ) | st.sampled_from([" ", "\n", "  "])
    chunk = word.map(lambda w: [w]) | st.sampled_from(_phrases(ruler, lowers))
    words = [w for part in draw(st.lists(chunk, min_size=1, max_size=8)) for w in part]
    tags = draw(st.lists(st.sampled_from(_values(ruler, "TAG") + ["NN", "XX", "_SP"]), min_size=len(words), max_size=len(words)))
    deps = draw(st.lists(st.sampled_from(_values(ruler, "DEP") + ["nsubj", "dep", "ROOT"]), min_size=len(words), max_size=len(words)))
    heads = [0] * len(words)
    return Doc(nlp.vocab, words=words, spaces=[False] * len(words), tags=tags, deps=deps, heads=heads)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_bulk_ruler_matches_spacys_on_any_tokens(nlp: Language, model_ruler: AttributeRuler, data: st.DataObject) -> None:
    bulk = BulkAttributeRuler(nlp, "attribute_ruler")
    bulk.wrap(model_ruler)
    doc = data.draw(_tagged_docs(nlp, model_ruler))
    by_spacy, by_bulk = model_ruler(doc.copy()), bulk(doc.copy())
    assert _same(by_spacy, by_bulk), [(t.text, t.tag_, t.dep_, t.pos_, t.lemma_) for t in by_spacy]


def test_loaded_model_parses_news_as_plain_spacy_does(nlp: Language) -> None:
    import spacy

    plain = spacy.load(resolve_model_name())
    assert isinstance(nlp.get_pipe("attribute_ruler"), BulkAttributeRuler)
    assert type(plain.get_pipe("attribute_ruler")) is AttributeRuler
    texts = [
        "“We will win,” said Denys Shmyhal in Kyiv on Tuesday. There's gonna be trouble, y'all.",
        "Officials didn't say whether the I.M.F. would lend to it.\n\nIt is what it is, and nothin' else.",
        "Let's see: the company, which has 2,300 staff, said it had been fined $4m.",
    ]
    for ours, theirs in zip(nlp.pipe(texts), plain.pipe(texts), strict=True):
        assert _same(ours, theirs)


def test_a_rule_it_cannot_apply_leaves_spacys_ruler_in_place() -> None:
    nlp = Language()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    assert use_bulk_attribute_ruler(nlp) is False
    assert nlp.get_pipe("attribute_ruler") is ruler
    simple = Language()
    simple.add_pipe("attribute_ruler").add([[{"LOWER": "the"}]], {"LEMMA": "THE"})
    assert use_bulk_attribute_ruler(simple) is True
    assert [token.lemma_ for token in simple("the cat")] == ["THE", ""]


def test_bulk_ruler_saves_and_loads_through_the_wrapped_ruler() -> None:
    nlp = Language()
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "dogs"}]], {"LEMMA": "dog"})
    assert use_bulk_attribute_ruler(nlp)
    data = nlp.get_pipe("attribute_ruler").to_bytes()
    other = Language()
    other.add_pipe("attribute_ruler")
    assert use_bulk_attribute_ruler(other)
    other.get_pipe("attribute_ruler").from_bytes(data)
    assert [token.lemma_ for token in other("dogs bark")] == ["dog", ""]


def test_default_loader_uses_the_bulk_ruler() -> None:
    assert isinstance(load_model(resolve_model_name()).get_pipe("attribute_ruler"), BulkAttributeRuler)
