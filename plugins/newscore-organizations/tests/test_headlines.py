"""Lines written in capitals: what counts as one."""

from __future__ import annotations

from newscore_organizations.headlines import CapitalsLines


def test_a_wire_headline_is_a_line_in_capitals_and_ordinary_text_is_not():
    text = "SOCCER - LEEDS' BOWYER FINED.\nGERMANY: Bundesbank leaves rates unchanged.\nМосква заявила о переговорах\nUN\n"
    lines = CapitalsLines(text)
    assert lines.holds(text.index("LEEDS"), text.index("LEEDS") + 5)
    assert not lines.holds(text.index("GERMANY"), text.index("GERMANY") + 7)
    assert not lines.holds(text.index("Москва"), text.index("Москва") + 6)
    assert not lines.holds(text.rindex("UN"), text.rindex("UN") + 2)  # one word is no headline


def test_a_span_running_past_its_line_is_not_inside_it():
    text = "RUGBY UNION - ITALY RECALL CUTTITTA.\nRome"
    assert not CapitalsLines(text).holds(text.index("CUTTITTA"), len(text))
