"""Headline lines, in capitals or title case: what counts as one."""

from __future__ import annotations

from newscore_organizations.headlines import HeadlineLines


def test_a_wire_headline_is_a_line_in_capitals_and_ordinary_text_is_not():
    text = "SOCCER - LEEDS' BOWYER FINED.\nGERMANY: Bundesbank leaves rates unchanged.\nМосква заявила о переговорах\nUN\n"
    lines = HeadlineLines(text)
    assert lines.holds(text.index("LEEDS"), text.index("LEEDS") + 5)
    assert lines.capitals.holds(text.index("LEEDS"), text.index("LEEDS") + 5)
    assert not lines.holds(text.index("GERMANY"), text.index("GERMANY") + 7)
    assert not lines.holds(text.index("Москва"), text.index("Москва") + 6)
    assert not lines.holds(text.rindex("UN"), text.rindex("UN") + 2)  # one word is no headline


def test_a_span_running_past_its_line_is_not_inside_it():
    text = "RUGBY UNION - ITALY RECALL CUTTITTA.\nRome"
    assert not HeadlineLines(text).holds(text.index("CUTTITTA"), len(text))


def test_a_title_case_headline_is_a_headline_but_not_one_in_capitals():
    text = "A Meaningful Exchange Actually Happened Between Rubio And Paul\nThe senators met in a room at the Capitol.\n"
    lines = HeadlineLines(text)
    assert lines.holds(text.index("Meaningful"), text.index("Meaningful") + 10)
    assert not lines.capitals.holds(text.index("Meaningful"), text.index("Meaningful") + 10)
    assert not lines.holds(text.index("Capitol"), text.index("Capitol") + 7)


def test_a_table_row_is_no_headline():
    text = "NEW YORK 74 57 .565 -\nBALTIMORE 69 62 .527 5\n"
    assert not HeadlineLines(text).holds(0, 8)
