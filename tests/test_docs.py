"""The documentation: the site builds with warnings as errors, and the reference pages agree with the code."""

from __future__ import annotations

import importlib.util
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import newscore
from newscore import hookspecs
from newscore.cli import _parser
from newscore.exporters.relational import TABLES
from newscore.protocols import Exporter, Extractor, PathExporter, Reader

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# --- the site ---------------------------------------------------------------------------------


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
    reason="mkdocs and mkdocs-material are not installed (pip install -e '.[docs]')",
)
def test_the_site_builds_without_warnings(tmp_path):
    """`mkdocs build --strict`: a broken link, a missing page or snippet, or any warning fails it."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    tutorial = (tmp_path / "site" / "writing-a-plugin" / "index.html").read_text(encoding="utf-8")
    assert '<span class="nc">DatelineExtractor</span>' in tutorial  # the snippets were included
    assert "--8&lt;--" not in tutorial and "--8<--" not in tutorial


def test_every_page_is_in_the_nav():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = {
        str(path.relative_to(DOCS))
        for path in DOCS.rglob("*.md")
        if "examples" not in path.parts and "generated" not in path.parts  # snippets, not pages
    }
    assert pages and all(page in nav for page in pages), sorted(page for page in pages if page not in nav)


def test_the_tutorial_snippets_point_at_files_that_exist():
    for match in re.finditer(r'--8<-- "([^":]+)(?::(\w+))?"', _page("writing-a-plugin.md")):
        path, section = ROOT / match.group(1), match.group(2)
        assert path.is_file(), path
        if section:
            assert f"--8<-- [start:{section}]" in path.read_text(encoding="utf-8"), (path, section)


# --- hooks and protocols: docs/hooks.md against the code ----------------------------------------


def _signature(name: str, function) -> str:
    """``def name(params) -> return`` as written in the docs (annotations as in the source)."""
    signature = inspect.signature(function)
    parts, keyword_only = [], False

    def shown(annotation) -> str:
        return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)

    for parameter in signature.parameters.values():
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {shown(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    result = "" if signature.return_annotation is signature.empty else f" -> {shown(signature.return_annotation)}"
    return f"def {name}({', '.join(parts)}){result}"


def _hookspecs() -> dict[str, str]:
    return {
        name: _signature(name, function)
        for name, function in vars(hookspecs).items()
        if callable(function) and getattr(function, "newscore_spec", None) is not None
    }


def _documented_hooks() -> dict[str, str]:
    """Top-level ``def`` lines without a body (no trailing colon) in docs/hooks.md: one per documented hook."""
    return {m.group(1): m.group(0).strip() for m in re.finditer(r"^def (\w+)\(.*[^:\s]$", _page("hooks.md"), re.M)}


def test_every_hook_spec_is_documented_with_its_exact_signature():
    specs, documented = _hookspecs(), _documented_hooks()
    assert specs, "no hook specs found"
    for name, signature in specs.items():
        assert name in documented, f"hook {name!r} is not documented in docs/hooks.md"
        assert documented[name] == signature, f"docs/hooks.md says {documented[name]!r}, the code {signature!r}"
        assert f"### `{name}`" in _page("hooks.md"), f"hook {name!r} has no heading in docs/hooks.md"


def test_no_documented_hook_is_missing_from_the_code():
    missing = set(_documented_hooks()) - set(_hookspecs())
    assert not missing, f"docs/hooks.md documents hooks that hookspecs.py does not define: {sorted(missing)}"


@pytest.mark.parametrize(
    "protocol, method",
    [(Extractor, "extract"), (Reader, "read"), (Exporter, "write"), (PathExporter, "write_to_path"),
     (PathExporter, "completed_ids")],
)
def test_every_protocol_is_documented_with_its_exact_signature(protocol, method):
    page = _page("hooks.md")
    block = re.search(rf"^class {protocol.__name__}\(Protocol\):\n(.*?)^```", page, re.M | re.S)
    assert block, f"docs/hooks.md has no `class {protocol.__name__}(Protocol):` block"
    lines = [line.strip() for line in block.group(1).splitlines()]
    assert _signature(method, getattr(protocol, method)) in lines
    attributes = {line.split(":")[0] for line in lines if re.match(r"\w+: ", line)}
    assert attributes == set(protocol.__annotations__), (attributes, set(protocol.__annotations__))


# --- the data model and the command line -----------------------------------------------------------


@pytest.mark.parametrize(
    "cls",
    [newscore.Span, newscore.Mention, newscore.Article, newscore.Entity, newscore.Quote,
     newscore.ExtractorError, newscore.Analysis],
)
def test_every_field_of_the_data_model_is_documented(cls):
    page = _page("data-model.md")
    section = re.search(rf"^## `{cls.__name__}`\n(.*?)(?=^## )", page, re.M | re.S)
    assert section, f"docs/data-model.md has no section for {cls.__name__}"
    own = [f.name for f in attrs.fields(cls)]
    if cls is newscore.Mention:  # its Span fields are documented under Span
        own = [name for name in own if name not in {f.name for f in attrs.fields(newscore.Span)}]
    undocumented = [name for name in own if f"| `{name}` |" not in section.group(1)]
    assert not undocumented, f"{cls.__name__} fields missing from docs/data-model.md: {undocumented}"


def test_the_documented_schema_version_is_the_current_one():
    assert f'"schema_version": {newscore.SCHEMA_VERSION}' in _page("data-model.md")


def _subcommands():
    parser = _parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices


def test_every_command_and_option_is_documented():
    page = _page("cli.md")
    for command, parser in _subcommands().items():
        assert f"## `newscore {command}`" in page, f"docs/cli.md does not document `newscore {command}`"
        for action in parser._actions:
            for option in action.option_strings:
                if option in ("-h", "--help"):
                    continue
                assert f"`{option}" in page, f"docs/cli.md does not document {option} of `newscore {command}`"


def test_every_builtin_output_format_is_documented():
    from newscore import Plugins

    page = _page("formats.md")
    for exporter in Plugins(load_entry_points=False).exporters():
        assert f"| `{exporter.name}` |" in page, f"docs/formats.md does not list --format {exporter.name}"


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_every_column_of_the_corpus_tables_is_documented(table):
    page = _page("corpus.md")
    section = re.search(rf"^### `{table.name}`\n(.*?)(?=^##)", page, re.M | re.S)
    assert section, f"docs/corpus.md has no section for the table {table.name}"
    documented = re.findall(r"^\| `(\w+)` \| (\w+) \|", section.group(1), re.M)
    assert documented == [(column.name, column.type) for column in table.columns]
