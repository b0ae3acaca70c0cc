"""Numbers that cannot drift: accuracy and speed figures appear only where `make bench` writes them.

The README's figures block and the snippets under ``docs/generated/`` are rendered from
``docs/generated/figures.json`` by ``benchmarks/figures.py``; every other page may point at
them, never copy them. The changelog is a record of the past and keeps its numbers.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("benchmark_figures", ROOT / "benchmarks" / "figures.py")
assert _spec is not None and _spec.loader is not None
figures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(figures)

PAGES = sorted(
    [
        ROOT / "README.md",
        ROOT / "benchmarks" / "README.md",
        *ROOT.glob("plugins/*/README.md"),
        *(ROOT / "docs").rglob("*.md"),
    ]
)
_EXEMPT = {ROOT / "docs" / "changelog.md"}
#: What a measured accuracy or speed figure looks like: a score with three decimals, a rate, a
#: duration, a ratio or a share.
FIGURE = re.compile(
    r"\b[01]\.\d{3}\b"
    r"|\b\d[\d,.]*\s?(?:articles|tokens|docs|documents)/s\b"
    r"|\b\d+(?:\.\d+)?(?:\s?[–-]\s?\d+(?:\.\d+)?)?(?:\s?(?:ms|seconds|min|minutes)|\ss)\b(?!-)"
    r"|\b\d+(?:\.\d+)?\s?×"
    r"|\b\d+(?:\.\d+)?\s?%"
)


def _outside_generated(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    if page == ROOT / "README.md":
        text = re.sub(re.escape(figures.START) + ".*?" + re.escape(figures.END), "", text, flags=re.S)
    return re.sub(r"<!-- not a measurement: .*?-->.*?<!-- end -->", "", text, flags=re.S)


@pytest.mark.parametrize("page", [p for p in PAGES if "generated" not in p.parts and p not in _EXEMPT], ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_copies_a_figure_by_hand(page):
    found = [
        f"{page.relative_to(ROOT)}:{number}: {match.group()!r} in {line.strip()[:120]!r}"
        for number, line in enumerate(_outside_generated(page).splitlines(), start=1)
        for match in FIGURE.finditer(line)
    ]
    assert found == [], "figures belong in the generated block (make bench):\n" + "\n".join(found)


def test_the_figure_pattern_catches_what_drifted_before():
    for text in ("F1 0.596", "2.95 s to first output", "10.38 articles/s", "about 1.5 s", "0.92× of raw spaCy", "4% of the parse"):
        assert FIGURE.search(text), text
    for text in ("confidence 0.9", "Python 3.11", "spaCy 3.8", "a 200-character piece", "the '90s", "schema_version 1"):
        assert not FIGURE.search(text), text


def test_the_generated_files_are_what_figures_json_renders():
    measured = figures.load()
    for name, text in figures.rendered(measured).items():
        assert (figures.GENERATED / name).read_text(encoding="utf-8") == text, f"re-run python benchmarks/figures.py ({name})"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert figures.readme_with(readme, measured) == readme


def test_a_figure_not_measured_says_so():
    empty = figures.rendered({})
    assert all(figures.NOT_YET in text for text in empty.values())
    assert not any(FIGURE.search(line) for text in empty.values() for line in text.splitlines())


def test_every_docs_page_with_benchmark_figures_includes_the_generated_snippet():
    for page, snippet in (
        ("docs/plugins/quotes.md", "quotes.md"),
        ("docs/plugins/locations.md", "locations.md"),
        ("docs/plugins/organizations.md", "organizations.md"),
        ("docs/scaling.md", "speed.md"),
        ("docs/figures.md", "summary.md"),
    ):
        assert f'--8<-- "docs/generated/{snippet}"' in (ROOT / page).read_text(encoding="utf-8"), page
