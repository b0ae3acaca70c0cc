"""The CoNLL-style projection of GUM's person gold (``benchmarks/names_only.py``): each rule cuts a
gold phrase to the name it holds, or drops a phrase that holds none."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newscore.evaluation import GoldDocument, GoldEntity

_spec = importlib.util.spec_from_file_location("benchmark_names_only", Path(__file__).resolve().parents[1] / "benchmarks" / "names_only.py")
assert _spec is not None and _spec.loader is not None
names_only = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(names_only)


def _name(phrase: str) -> str | None:
    span = names_only.name_in(phrase)
    return None if span is None else phrase[span[0] : span[1]]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("U.S. President Donald Trump", "Donald Trump"),  # a role, and the run before it
        ("NASA Administrator Charles Bolden", "Charles Bolden"),
        ("Mr. Tedeschi", "Tedeschi"),
        ("DAB 's Ben Chan", "Ben Chan"),  # a possessor
        ("Malaysia's Najib Razak", "Najib Razak"),
        ("Leung Yiu-chung of NWSC", "Leung Yiu-chung"),  # a post-modifier
        ("Mark Tedeschi, QC", "Mark Tedeschi"),
        ("pro-establishment nonpartisan Junius Ho", "Junius Ho"),  # lower-case descriptors
        ("the Dallas chapter director Alia Salem", "Alia Salem"),  # a run that a common noun follows
        ("Governor of Washington Chris Gregoire", "Chris Gregoire"),  # after a preposition: from the given name
        ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),  # particles inside
        ("Bernice King", "Bernice King"),  # a role word as a surname
        ("Dean Kamen", "Dean Kamen"),  # a role word as a given name
        ("Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL", "Lee Cheuk-yan"),
    ],
)
def test_a_phrase_is_cut_to_its_name(phrase: str, name: str) -> None:
    assert _name(phrase) == name


@pytest.mark.parametrize(
    "phrase", ["Prime Minister", "Secretary of State", "State Department Spokesperson", "Malaysia 's Prime Minister", "an Ottawa New Democrat MP", "Muslims traveling to the U.S."]
)
def test_a_phrase_without_a_name_holds_none(phrase: str) -> None:
    assert _name(phrase) is None


def test_a_document_keeps_each_name_once_and_other_kinds_unchanged() -> None:
    text = "Gary Chan of DAB and Eunice Yung met the Prime Minister in Paris."
    def at(phrase: str, kind: str = "person") -> GoldEntity:
        return GoldEntity(text.index(phrase), text.index(phrase) + len(phrase), kind)

    gold = GoldDocument(
        id="d",
        text=text,
        entities=(
            at("Gary Chan of DAB and Eunice Yung"),  # the coordination: comes out as Gary Chan, given below too
            at("Gary Chan of DAB"),
            at("Eunice Yung"),
            at("the Prime Minister"),  # no name
            at("Paris", "location"),
        ),
    )
    projected = names_only.names_only(gold)
    assert [(text[e.start : e.end], e.kind) for e in projected.entities] == [
        ("Gary Chan", "person"),
        ("Eunice Yung", "person"),
        ("Paris", "location"),
    ]


def test_a_name_a_longer_name_of_another_kind_runs_on_from_leaves_the_gold() -> None:
    text = "Andy Warhol's prints went to the Andy Warhol Foundation and the Mary & Leigh Block Museum."
    def at(phrase: str, kind: str, occurrence: int = 0) -> GoldEntity:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(phrase, start + 1)
        return GoldEntity(start, start + len(phrase), kind)

    gold = GoldDocument(
        id="d",
        text=text,
        entities=(
            at("Andy Warhol", "person"),
            at("Andy Warhol Foundation", "organization"),
            at("Andy Warhol", "person", 1),
            at("Mary & Leigh Block Museum", "organization"),
            at("Mary", "person"),
            at("Leigh Block", "person"),
        ),
    )
    people = [(e.start, e.end) for e in names_only.names_only(gold).entities if e.kind == "person"]
    assert people == [(0, len("Andy Warhol"))]


_conll = importlib.util.spec_from_file_location("benchmark_conll_spacing", Path(__file__).resolve().parents[1] / "benchmarks" / "conll_spacing.py")
assert _conll is not None and _conll.loader is not None
conll_spacing = importlib.util.module_from_spec(_conll)
_conll.loader.exec_module(conll_spacing)


def test_conll_spacing_puts_punctuation_and_possessives_apart_and_moves_entities_with_their_text() -> None:
    text = 'Richard Branson\'s Virgin Atlantic (VA) said "no", U.S. officials and Mr. G. Thorpe agreed in 1996.'
    names = ["Richard Branson", "Virgin Atlantic", "VA", "U.S.", "G. Thorpe"]
    gold = GoldDocument(id="d", text=text, entities=tuple(GoldEntity(text.index(n), text.index(n) + len(n), "person") for n in names))
    spaced = conll_spacing.conll_spaced(gold)
    assert spaced.text == 'Richard Branson \'s Virgin Atlantic ( VA ) said " no " , U.S. officials and Mr. G. Thorpe agreed in 1996 .'
    assert [spaced.text[e.start : e.end] for e in spaced.entities] == names
