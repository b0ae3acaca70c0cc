"""Quotation-mark pairing: mark styles, apostrophes, paragraphs, odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscore_quotes.marks import find_quoted_runs


def contents(text: str) -> list[list[str]]:
    return [[text[start:end] for start, end in run.pieces] for run in find_quoted_runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', "we will win"),
        ("He said “we will win” today.", "we will win"),
        ("He said 'we will win' today.", "we will win"),
        ("He said ‘we will win’ today.", "we will win"),
        ("Il a dit « nous gagnerons » hier.", "nous gagnerons"),
        ("Er sagte „wir gewinnen“ gestern.", "wir gewinnen"),
        ("He said 「we will win」 today.", "we will win"),
    ],
)
def test_every_mark_style_pairs(text, expected):
    assert contents(text) == [[expected]]


def test_apostrophes_are_not_marks():
    text = "Don't say Wagner’s men were the '90s students’ heroes, the Joneses' dog said."
    assert contents(text) == []


def test_plural_possessive_inside_single_quotes():
    text = "She called the students' union 'a disgrace' on Monday."
    assert contents(text) == [["a disgrace"]]


def test_closing_comma_and_full_stop_are_left_out():
    text = '"We are ready," he said. "It is over."'
    assert contents(text) == [["We are ready"], ["It is over"]]


def test_quote_over_paragraphs_reopens_each_paragraph():
    text = "“The first paragraph goes on.\n\n“The second one too.\n\n“And the last one ends,” he said."
    assert contents(text) == [["The first paragraph goes on", "The second one too", "And the last one ends"]]


def test_unbalanced_marks_are_skipped_and_the_rest_kept():
    text = 'He said "this never closes.\n\nLater she said "this one does" and left.'
    assert contents(text) == [["this one does"]]


def test_nested_quotes_stay_inside_the_outer_one():
    text = "“He called it ‘a disgrace’ and left,” she said."
    assert contents(text) == [["He called it ‘a disgrace’ and left"]]


def test_pairs_inside_an_unclosed_quote_survive():
    text = "“He called it ‘a disgrace’ and left, she said.\n\nNothing more."
    assert contents(text) == [["a disgrace"]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’«»„‚\n.,")), max_size=80))
def test_any_mark_soup_gives_spans_inside_the_text(text):
    for run in find_quoted_runs(text):
        assert 0 <= run.opening < run.closing < len(text)
        for start, end in run.pieces:
            assert run.opening < start < end <= run.closing


def test_two_apostrophes_are_one_double_mark():
    text = "''The harbour stays open,'' the pilot said. ''It always has\n\n''and always will.'' Don't panic."
    runs = find_quoted_runs(text)
    assert contents(text) == [["The harbour stays open"], ["It always has", "and always will"]]
    assert [run.mark for run in runs] == ["double", "double"]
    assert text[runs[0].closing - 1 : runs[0].closing + 1] == "''"  # closing: the mark's last character


def test_marks_spaced_as_tokenised_text_pair():
    assert contents('Okafor said : " We will reopen the pier in May . " Then she left .') == [["We will reopen the pier in May"]]


def test_a_lone_spaced_mark_with_no_closer_in_its_paragraph_opens_nothing():
    # the next mark opens a word ('4"thick'): no closer, so the spaced one pairs with nothing
    assert contents('The board measured 5 " across and 4"thick.') == []
    assert contents('The board measured 5 " across.\n\nIt said "no" twice.') == [["no"]]
