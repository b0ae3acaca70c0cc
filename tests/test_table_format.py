"""The table format: wraps instead of cutting, shows cue and kind, marks unresolved places, and
cannot be used to send escape sequences to a terminal."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from newscore import Analysis, Article, Entity, Mention, Quote, Span
from newscore.exporters.table import TableExporter, terminal_safe
from newscore.testing import analyses

LONG_QUOTE = (
    "We will rebuild every school, every clinic and every bridge that the floods took from us, "
    "and we will do it before the next rainy season begins in the northern provinces"
)
TEXT = f"“{LONG_QUOTE},” Governor Maria Fernanda de la Cruz Albuquerque told reporters in Atlantis and Lisbon."


def _at(word: str) -> Mention:
    start = TEXT.index(word)
    return Mention.from_text(TEXT, start, start + len(word))


def _analysis() -> Analysis:
    speaker = "Maria Fernanda de la Cruz Albuquerque"
    entities = [
        Entity("person", speaker, [_at(speaker)], id="e1"),
        Entity("location", "Atlantis", [_at("Atlantis")], id="e2"),
        Entity("location", "Lisbon", [_at("Lisbon")], id="e3", country_code="PT", latitude=38.72, longitude=-9.14),
    ]
    quote = Quote(
        "direct", [Span.from_text(TEXT, 1, 1 + len(LONG_QUOTE))], id="q1", cue=_at("told"),
        speaker=_at(speaker), speaker_entity="e1", speaker_name=speaker,
    )
    return Analysis(article=Article(text=TEXT, title="Floods: the governor's promise"), entities=entities, quotes=[quote])


def _table(analysis: Analysis, width: int) -> str:
    stream = io.StringIO()
    TableExporter(width=width).write([analysis], stream)
    return stream.getvalue()


def test_lines_wrap_to_the_width_and_nothing_is_cut():
    for width in (50, 80, 200):
        output = _table(_analysis(), width)
        assert max(map(len, output.splitlines())) <= width
        assert " ".join(output.split()).count(" ".join(LONG_QUOTE.split())) == 1  # every word, in order
        assert "…" not in output


def test_quotes_show_kind_and_cue_and_unresolved_places_are_marked():
    output = _table(_analysis(), 100)
    heading = next(line for line in output.splitlines() if "q1" in line)
    assert "direct" in heading and "cue: told" in heading and "Maria Fernanda de la Cruz Albuquerque" in heading
    atlantis = next(line for line in output.splitlines() if "Atlantis" in line)
    lisbon = next(line for line in output.splitlines() if "Lisbon" in line)
    assert "(unresolved)" in atlantis and "(unresolved)" not in lisbon and "38.72,-9.14" in lisbon


def test_the_width_defaults_to_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")  # what shutil.get_terminal_size reads first
    stream = io.StringIO()
    TableExporter().write([_analysis()], stream)
    assert max(map(len, stream.getvalue().splitlines())) <= 60


def test_escape_sequences_and_control_characters_never_reach_the_terminal():
    text = "Mayor \x1b[31mRed\x1b[0m said \x07“stop\r now\x1b]0;pwned\x07” in \x9b2JParis\udcff."
    red = text.index("Red")
    analysis = Analysis(
        article=Article(text=text, title="\x1b[2J\x1b[HCleared", source="wire\x1b]8;;http://x\x1b\\"),
        entities=[Entity("person", "\x1b[31mRed", [Mention.from_text(text, red - 5, red + 3)], id="e1")],
        quotes=[Quote("direct", [Span.from_text(text, text.index("stop"), text.index("”"))], cue=Span.from_text(text, text.index("said"), text.index("said") + 4))],
    )
    output = _table(analysis, 80)
    assert not any((ord(char) < 32 and char != "\n") or 0x7F <= ord(char) <= 0x9F for char in output)
    assert "Cleared" in output and "stop now" in output and "pwned" not in output
    output.encode("utf-8")  # the lone surrogate was replaced


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_terminal_safe_leaves_no_control_character(text):
    safe = terminal_safe(text)
    assert not any(ord(char) < 32 or 0x7F <= ord(char) <= 0x9F for char in safe)
    safe.encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(analyses(), st.integers(40, 160))
def test_any_analysis_fits_any_width(analysis, width):
    output = _table(analysis, width)
    # a single word longer than the width is broken, never allowed to run over
    assert max(map(len, output.splitlines()), default=0) <= width
