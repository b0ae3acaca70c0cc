"""Name knowledge: titles and given names mark gender; titles and post-nominals are not name words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore.text.names import given_name_gender, is_given_name, is_title, name_gender, name_words, title_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Mrs Sethi", "female"),
        ("Mr Sethi", "male"),
        ("Anjali Sethi", "female"),
        ("Vikram Sethi", "male"),
        ("Sgt. Teresa Delgado", "female"),
        ("Sir Keir Starmer", "male"),
        ("Dr Hamish Reid", "male"),
        ("Ms. Jordan Blake", "female"),  # the title outranks a name given to both
        ("Jamie Hartley", None),  # a name given to women and men alike
        ("Sethi", None),  # a lone word may be a surname
        ("Dr Zqxv Ortiz", None),  # no title gender, an unknown given name
    ],
)
def test_name_gender(name, gender):
    assert name_gender(name) == gender


def test_titles_before_and_letters_after_are_not_name_words():
    assert name_words("Superintendent Dr. Keisha Montgomery") == ["Keisha", "Montgomery"]
    assert name_words("Prosecutor Imogen Latimer KC") == ["Imogen", "Latimer"]
    assert name_words("Ní Bhriain") == ["Ní", "Bhriain"]
    assert name_words("President") == ["President"]  # never empties a name


def test_given_names_and_titles():
    assert given_name_gender("CLAUDIA") == "female" and given_name_gender("Graham") == "male"
    assert given_name_gender("Kim") is None and is_given_name("Kim")
    assert not is_given_name("Montalvo")
    assert title_gender("Mrs.") == "female" and title_gender("Dr") is None
    assert is_title("Dr.") and is_title("PRESIDENT") and not is_title("Graham") and not is_title("Dr-")


def test_places_news_names_are_no_given_names_unless_strongly_name_like():
    # countries and big places read as places in news ("Florida Republicans", "Georgia's president")
    assert not any(map(is_given_name, ["Florida", "Paris", "Georgia", "India", "Jordan", "Sydney", "Iowa"]))
    # a common, strongly gendered name stays one even where a region shares it
    assert all(map(is_given_name, ["Vladimir", "Sofia", "Stanley", "Virginia", "Lorraine"]))


@given(st.text(max_size=60))
def test_any_text_gives_a_sound_answer(text):
    assert name_gender(text) in (None, "female", "male")
    words = name_words(text)
    assert all(word in text for word in words)


def test_capitalised_given_names_joined_by_hyphens_are_a_given_name():
    assert is_given_name("Per-Ulrik") and is_given_name("Jean-Pierre")
    assert not is_given_name("Sanwo-Olu")  # a family name
    assert not is_given_name("Ata-ur-Rehman")  # a lower-case part
    assert not is_given_name("Anne-")
