"""Span helpers shared by every plugin: trimming a name, dropping "the", indexing ranges for overlap."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscore.text import SpanIndex, trim_span, without_article


def test_without_article_drops_a_leading_the_only():
    assert without_article("the Kremlin") == "Kremlin"
    assert without_article("THE  Times") == "Times"
    assert without_article("The") == "The"
    assert without_article("the ") == "the "  # nothing would be left
    assert without_article("Theresa May") == "Theresa May"
    assert without_article("Bank of the West") == "Bank of the West"


def test_trim_span_narrows_to_the_name():
    text = "said “the Wagner’s” men"
    start, end = trim_span(text, 5, 19)
    assert text[start:end] == "Wagner"


ranges = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)


@given(ranges, st.integers(0, 80), st.integers(1, 20))
def test_span_index_finds_exactly_the_overlapping_ranges(spans, start, length):
    end = start + length
    index = SpanIndex((s, e, n) for n, (s, e) in enumerate(spans))
    expected = sorted((s, e, n) for n, (s, e) in enumerate(spans) if s < end and start < e)
    assert sorted(index.overlapping(start, end)) == expected
    assert index.overlaps(start, end) == bool(expected)
    assert sorted(index.covering(start, end)) == [(s, e, n) for s, e, n in expected if s <= start and end <= e]
