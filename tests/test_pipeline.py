from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from newscore import Article, Pipeline, Plugins, read
from newscore.extractors.people import PeopleExtractor
from newscore.testing import check_extractor_contract, doc_with_entities, news_texts

SEED = Path(__file__).parent.parent / "seeds" / "putin-sco-wagner.txt"


@pytest.fixture(scope="module")
def core_only(nlp):
    return Pipeline(model=nlp, plugins=Plugins(load_entry_points=False))


def test_the_seed_article_yields_its_people_with_exact_offsets(core_only):
    analysis = core_only.analyze(read(SEED))
    names = {entity.name for entity in analysis.entities_of("person")}
    assert {"Vladimir Putin", "Sergei Shoigu", "Alexander Lukashenko"} <= names
    putin = next(e for e in analysis.entities_of("person") if e.name == "Vladimir Putin")
    assert len(putin.mentions) >= 5  # "Putin" alone is merged into the full name
    text = analysis.article.text
    assert all(text[m.start : m.end] == m.text for e in analysis.entities for m in e.mentions)
    assert [e.id for e in analysis.entities] == [f"e{n}" for n in range(1, len(analysis.entities) + 1)]


def test_analyze_many_keeps_input_order_and_matches_analyze(core_only):
    texts = [f"Story {n}: Angela Merkel met Emmanuel Macron." if n % 2 else "" for n in range(7)]
    many = list(core_only.analyze_many(texts, batch_size=2))
    assert [a.article.text for a in many] == texts
    assert many == [core_only.analyze(text) for text in texts]


def test_analyze_refuses_what_is_not_text(core_only):
    with pytest.raises(TypeError, match="str or an Article"):
        core_only.analyze(b"bytes")
    with pytest.raises(TypeError, match=r"\(item 1\)"):
        list(core_only.analyze_many(["ok", 42]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_texts())
def test_any_text_analyzes_deterministically(core_only, text):
    first = core_only.analyze(Article(text=text))
    assert first == core_only.analyze(Article(text=text))
    assert first.errors == ()
    for entity in first.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_texts())
def test_the_people_extractor_keeps_the_contract(nlp, text):
    check_extractor_contract(PeopleExtractor(), nlp, text)


def _people(nlp, text: str, ents: list[tuple[str, str, int]]) -> list:
    """The people extractor over ``text`` with the named entities given as (surface, label, occurrence)."""
    return PeopleExtractor().extract(article=Article(text=text), doc=doc_with_entities(nlp, text, ents))


def _mentions_by_name(people) -> dict[str, list[str]]:
    return {person.name: [m.text for m in person.mentions] for person in people}


def test_a_title_marks_which_of_two_namesakes_is_meant(nlp):
    text = "Vikram Sethi died in May. His widow, Anjali Sethi, spoke on Monday. Mrs Sethi said she forgave him."
    people = _people(nlp, text, [("Vikram Sethi", "PERSON", 0), ("Anjali Sethi", "PERSON", 0), ("Sethi", "PERSON", 2)])
    assert _mentions_by_name(people) == {"Vikram Sethi": ["Vikram Sethi"], "Anjali Sethi": ["Anjali Sethi", "Sethi"]}


def test_names_lose_their_titles_and_a_title_alone_is_no_person(nlp):
    text = "Sgt. Teresa Delgado arrived first. The Sgt spoke to reporters."
    people = _people(nlp, text, [("Sgt. Teresa Delgado", "PERSON", 0), ("Sgt", "PERSON", 1)])
    assert _mentions_by_name(people) == {"Teresa Delgado": ["Teresa Delgado"]}  # the name alone, as NER gold marks it


def test_a_surname_the_model_read_as_a_place_is_the_person(nlp):
    text = "Daniel Montalvo, 19, left the group in 2010. Montalvo said he was afraid. Montalvo Street was closed."
    people = _people(nlp, text, [("Daniel Montalvo", "PERSON", 0), ("Montalvo", "GPE", 1), ("Montalvo Street", "FAC", 0)])
    assert _mentions_by_name(people) == {"Daniel Montalvo": ["Daniel Montalvo", "Montalvo"]}
    assert people[0].mentions[1].start == text.index("Montalvo said")


def test_two_people_written_with_one_surname_are_two(nlp):
    text = "Neighbours Peter and Aisha Okafor said the fire spread fast."
    people = _people(nlp, text, [("Peter and Aisha Okafor", "PERSON", 0)])
    assert _mentions_by_name(people) == {"Peter": ["Peter"], "Aisha Okafor": ["Aisha Okafor"]}


def test_a_name_the_model_missed_is_found_where_a_person_stands(nlp):
    text = "Kylian Dembele scored twice, and fire chief Lena Brandt told reporters the stand was safe. Brandt left."
    people = _people(nlp, text, [("Dembele", "GPE", 0), ("Brandt", "ORG", 0)])
    assert _mentions_by_name(people) == {"Kylian Dembele": ["Kylian Dembele"], "Lena Brandt": ["Lena Brandt", "Brandt"]}


def test_a_score_is_no_part_of_a_name(nlp):
    text = "City thrashed Brentford 3-0 on Sunday."
    people = _people(nlp, text, [("Brentford 3-0", "PERSON", 0)])
    assert _mentions_by_name(people) == {"Brentford": ["Brentford"]}
