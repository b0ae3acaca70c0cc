"""The written gold sets: their shared markup reader (``benchmarks/data/_markup.py``) and the rule that
each committed JSONL is exactly what its builder makes from its source."""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def _load(name: str, folder: Path = DATA) -> ModuleType:
    """A builder script as a module (the builders import ``_markup`` from their own folder)."""
    for path in {str(DATA), str(folder)}:
        if path not in sys.path:
            sys.path.append(path)
    return importlib.import_module(name)


markup = _load("_markup")
_MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z])\]\]")
_plain = st.text(st.characters(blacklist_characters="[]|", blacklist_categories=("Cs",)), max_size=12)
_surface = _plain.filter(bool)


@given(st.lists(st.tuples(_plain, _surface, st.sampled_from("POL")), max_size=6), _plain)
def test_unmark_puts_every_surface_at_its_offsets(pieces, tail):
    marked = "".join(f"{before}[[{surface}|{label}]]" for before, surface, label in pieces) + tail
    text, marks = markup.unmark(marked, _MARK, name="p")
    assert text == "".join(before + surface for before, surface, _ in pieces) + tail
    assert [(text[mark.start : mark.end], mark.groups[1]) for mark in marks] == [(s, label) for _, s, label in pieces]


def test_a_mark_the_pattern_cannot_read_is_an_error_naming_the_passage():
    with pytest.raises(ValueError, match=r"loc-07: a malformed mark"):
        markup.unmark("Rain in [[Lagos|NG]] and [[Accra|]] today", _MARK, name="loc-07")
    with pytest.raises(ValueError, match=r"q-1: a malformed mark \(\{\{"):
        markup.unmark("{{said|X|direct}} and {{half", re.compile(r"\{\{(.+?)\|(.*?)\|(\w+)\}\}"), name="q-1", brackets=("{{", "}}"))


def test_a_surface_with_spaces_at_its_edges_is_refused():
    text, marks = markup.unmark("Talks with [[ Acme|O]] ended", _MARK, name="e-2")
    with pytest.raises(ValueError, match=r"e-2: the marked surface ' Acme'"):
        markup.check_trimmed("e-2", text, marks)


def test_sources_drop_comments_and_split_into_passages():
    assert markup.tab_lines("# a comment\nloc-1\tIn [[Rome|L]].\n\nloc-2\tNone here.\n") == [
        ("loc-1", "In [[Rome|L]]."),
        ("loc-2", "None here."),
    ]
    source = "# comment\nown-01\nFirst line.\n\nSecond line.\n---\n# inner comment\nown-02\n  Only one.\n"
    assert markup.blocks(source) == [("own-01", "First line.\n\nSecond line."), ("own-02", "Only one.")]


def test_two_passages_with_one_id_are_not_written(tmp_path):
    out = tmp_path / "set.jsonl"
    with pytest.raises(ValueError, match=r"set.jsonl: two passages have the id 'a'"):
        markup.write_jsonl(out, [{"id": "a"}, {"id": "b"}, {"id": "a"}])
    assert not out.exists()


def _committed(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def _from_source(builder: ModuleType, source: Path, split) -> list[dict]:
    return [builder.convert(doc_id, marked) for doc_id, marked in split(source.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(
    ("builder", "source", "split", "output"),
    [
        ("build_locations", DATA / "locations_source.txt", markup.tab_lines, "locations.jsonl"),
        ("build_locations_newswire", DATA / "locations_newswire_source.txt", markup.tab_lines, "locations_newswire.jsonl"),
        ("build_entities", DATA / "entities_source.txt", markup.blocks, "entities.jsonl"),
        ("build_entities", DATA / "entities_heldback_source.txt", markup.blocks, "entities_heldback.jsonl"),
    ],
)
def test_each_marked_up_set_is_what_its_source_builds(builder, source, split, output):
    assert _from_source(_load(builder), source, split) == _committed(output)


def test_the_organisations_set_is_what_its_source_builds():
    scripts = ROOT / "plugins" / "newscore-organizations" / "scripts"
    builder = _load("make_benchmark_data", scripts)
    assert _from_source(builder, scripts / "organizations.markup.txt", markup.blocks) == _committed("organizations.jsonl")


@pytest.mark.parametrize(
    ("builder", "output"),
    [("make_quotes", "quotes.jsonl"), ("make_quotes_fresh", "quotes_fresh.jsonl"), ("make_quotes_heldback", "quotes_heldback.jsonl")],
)
def test_each_quote_set_is_what_its_passages_build(builder, output):
    quotes = _load("make_quotes")
    assert quotes.build(_load(builder).PASSAGES) == _committed(output)
