"""Every example in the README and the docs runs, or at least names options that exist.

Python blocks run in order, one namespace per page, in a scratch directory holding a copy of
``seeds/`` (a page's set-up below gives them what the surrounding prose assumes: an
``analysis``, a ``gold.jsonl``). A block marked ``<!-- docs-test: pytest -->`` is a test file
and runs under pytest, in a directory with no ``conftest.py``, as a plugin author would run it;
one marked ``<!-- docs-test: skip (reason) -->`` is a signature or needs what a test cannot
have (a Dask cluster), and says why. Shell blocks are checked, not run: every option of a
``newscore`` command, a benchmark or a script must exist, and every ``make`` target.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newscore.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    [ROOT / "README.md", *(path for path in (ROOT / "docs").rglob("*.md") if "examples" not in path.parts)]
)
_BLOCK = re.compile(
    r"^(?:<!-- docs-test: (?P<mode>[\w-]+)(?P<reason>[^>]*)-->\n)?```(?P<language>\w*)[^\n]*\n(?P<body>.*?)^```",
    re.M | re.S,
)
_SHELL = {"sh", "bash", "shell", "console"}

#: What the prose around a page's examples takes as given.
_SETUP = {
    "docs/evaluation.md": """
        import json
        from newscore import Analysis, Article
        text = "“We will win,” said Denys Shmyhal in Kyiv."
        with open("gold.jsonl", "w", encoding="utf-8") as stream:
            stream.write(json.dumps({"id": "d1", "text": text, "quotes": [{"start": 1, "end": 12,
                "speaker": "Denys Shmyhal", "kind": "direct"}], "entities": [{"start": 36, "end": 40,
                "kind": "location", "name": "Kyiv", "country_code": "UA"}]}) + "\\n")
        analyses = [Analysis(Article(text, id="d1"))]
    """,
    "docs/formats.md": """
        import io, json
        import newscore
        from newscore.exporters.spacy import SpacyJsonExporter
        analysis = newscore.analyze("“We will win,” Volodymyr Zelensky said in Kyiv.")
        stream = io.StringIO()
        SpacyJsonExporter().write([analysis], stream)
        line = stream.getvalue().splitlines()[0]
    """,
    "docs/hooks.md": """
        import newscore
        class DatelineExtractor: ...
        class NewsMLReader: ...
    """,
    "docs/writing-a-plugin.md": f"""
        import sys
        sys.path.insert(0, {str(ROOT / "docs" / "examples" / "newscore-dateline" / "src")!r})
        with open("story.txt", "w", encoding="utf-8") as stream:
            stream.write("Putin thanks allies\\n\\nMOSCOW, June 27 (Reuters) - Russian President Vladimir Putin thanked the leaders.\\n")
        import spacy
        doc = spacy.blank("en")("Officials in Moscow met Vladimir Putin.")
    """,
}

#: The made-up plugin testing.md's examples import, as a plugin author would have it.
_MY_PLUGIN = {
    "my_plugin/__init__.py": "",
    "my_plugin/extractor.py": """
        import re
        import newscore

        class MyExtractor:
            name, version = "hashtags", "1.0"
            needs, provides = (), ("hashtag",)

            def extract(self, *, article, doc, entities, quotes):
                return [
                    newscore.Entity("hashtag", m.group(), [newscore.Mention.from_text(article.text, m.start(), m.end())])
                    for m in re.finditer(r"#\\w+", article.text)
                ]
    """,
    "my_plugin/plugin.py": """
        import newscore
        from my_plugin.extractor import MyExtractor

        @newscore.hookimpl
        def register_extractors():
            return [MyExtractor()]
    """,
    "my_plugin/exporter.py": """
        class MyExporter:
            name, description = "mine", "one line per analysis"

            def write(self, analyses, stream):
                for analysis in analyses:
                    stream.write(f"{len(analysis.entities)}\\n")
    """,
}
_TEST_PRELUDE = "import io\nfrom my_plugin.extractor import MyExtractor\nfrom my_plugin.exporter import MyExporter\n"


def _relative(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def _blocks(page: Path, languages: set[str]) -> list[tuple[int, str, str]]:
    """(line, mode, body) of each block in one of ``languages``."""
    text = page.read_text(encoding="utf-8")
    return [
        (text[: match.start()].count("\n") + 1, match.group("mode") or "run", match.group("body"))
        for match in _BLOCK.finditer(text)
        if match.group("language") in languages and "--8<--" not in match.group("body")
    ]


def _pages_with(mode: str, languages: set[str]) -> list[str]:
    return [_relative(page) for page in PAGES if any(m == mode for _, m, _ in _blocks(page, languages))]


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_skipped_example_says_why():
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"<!-- docs-test: (\S+)([^>]*)-->", text):
            assert match.group(1) in {"skip", "pytest"}, (page, match.group(0))
            if match.group(1) == "skip":
                assert match.group(2).strip(" ()"), f"{_relative(page)}: {match.group(0)} gives no reason"


@pytest.mark.parametrize("page", _pages_with("run", {"python"}))
def test_python_examples_run(page, scratch, capsys):
    namespace: dict[str, object] = {"__name__": "docs_example"}
    exec(compile(textwrap.dedent(_SETUP.get(page, "")), f"{page} (set-up)", "exec"), namespace)
    for line, mode, body in _blocks(ROOT / page, {"python"}):
        if mode == "run":
            exec(compile(body, f"{page}:{line}", "exec"), namespace)


@pytest.mark.parametrize("page", _pages_with("pytest", {"python"}))
def test_test_examples_pass_under_pytest(page, tmp_path):
    """As a plugin's own test file: the `nlp` fixture must come from newscore's pytest plugin."""
    for name, source in _MY_PLUGIN.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(source), encoding="utf-8")
    for line, mode, body in _blocks(ROOT / page, {"python"}):
        if mode == "pytest":
            (tmp_path / f"test_example_line_{line}.py").write_text(_TEST_PRELUDE + body, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "error" not in result.stdout.lower()


# --- shell examples -------------------------------------------------------------------------


def _commands(body: str) -> list[list[str]]:
    """Each command line of a shell block as words, without comments, prompts or env assignments."""
    commands = []
    for line in body.replace("\\\n", " ").splitlines():
        line = line.split(" #", 1)[0].strip().removeprefix("$ ")
        if not line or line.startswith("#"):
            continue
        for part in re.split(r"\s*(?:\||&&|;)\s*", line):
            try:
                words = shlex.split(part)
            except ValueError:
                words = part.split()
            while words and re.match(r"^[A-Z_]+=", words[0]):
                words = words[1:]
            if words:
                commands.append(words)
    return commands


def _newscore_options() -> dict[str | None, set[str]]:
    parser = _parser()
    options: dict[str | None, set[str]] = {None: {o for a in parser._actions for o in a.option_strings}}
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in action.choices.items():
        options[name] = {o for a in command._actions for o in a.option_strings}
    return options


def _problems(words: list[str], options: dict[str | None, set[str]]) -> list[str]:
    program = words[0]
    if program.split("/")[-1] == "newscore" or words[:3] == ["python", "-m", "newscore"]:
        arguments = words[3:] if program == "python" else words[1:]
        command = next((word for word in arguments if not word.startswith("-")), None)
        if command is not None and command not in options:
            return [f"no command `newscore {command}`"]
        known = options[command] | options[None]
        flags = {flag.split("=")[0] for word in arguments for flag in re.split(r"[\[\]|]", word) if flag.startswith("-") and flag != "-"}
        return [f"`newscore {command}` has no option {flag}" for flag in sorted(flags - known)]
    if program in ("python", "python3", ".venv/bin/python") and len(words) > 1 and words[1].endswith(".py"):
        script = ROOT / words[1]
        if not script.is_file():
            return [f"no script {words[1]}"]
        source = script.read_text(encoding="utf-8")
        flags = {word.split("=")[0] for word in words[2:] if word.startswith("--")}
        return [f"{words[1]} has no option {flag}" for flag in sorted(flags) if f'"{flag}"' not in source]
    if program == "make":
        makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
        return [f"no make target {target}" for target in words[1:] if not re.search(rf"^{re.escape(target)}:", makefile, re.M)]
    return []


@pytest.mark.parametrize("page", [_relative(page) for page in PAGES if _blocks(page, _SHELL)])
def test_shell_examples_name_commands_and_options_that_exist(page):
    options = _newscore_options()
    problems = [
        f"{page}:{line}: {problem}"
        for line, _, body in _blocks(ROOT / page, _SHELL)
        for words in _commands(body)
        for problem in _problems(words, options)
    ]
    assert problems == []


def test_the_shell_check_catches_an_option_that_does_not_exist():
    options = _newscore_options()
    assert _problems(["newscore", "analyze", "--colour", "x.txt"], options) == ["`newscore analyze` has no option --colour"]
    assert _problems(["newscore", "analyse"], options) == ["no command `newscore analyse`"]
    assert _problems(["python", "benchmarks/quotes.py", "--no-such-flag"], options)
    assert _problems(["make", "bench-everything"], options)
