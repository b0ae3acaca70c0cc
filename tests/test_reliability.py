"""The faults an independent probe found (issue 15), each kept fixed at the level where a user meets it.

Most tests run the command line in this process with fake plugins standing in for the
installed ones (``importlib.metadata.entry_points`` patched); those that need a real
file descriptor (``/dev/full``, a closed pipe) run ``python -m newscore`` in a subprocess.
"""

from __future__ import annotations

import errno
import importlib.metadata
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscore import Entity, Mention, hookimpl
from newscore.cli import main

ROOT = Path(__file__).resolve().parent.parent
#: Only the core's own plugin: the bundled plugins' data is not needed to test the plumbing.
NO_PLUGINS = {"NEWSCORE_DISABLE_PLUGINS": "quotes,locations,organizations"}


def _batch(path: Path, *ids: str) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": f"Ann Lee spoke in Paris ({i})."}) + "\n" for i in ids))
    return path


def _ids(text: str) -> list[str]:
    return [json.loads(line)["article"]["id"] for line in text.splitlines()]


def _newscore(*args: str, stdout=subprocess.PIPE, env: dict[str, str] | None = None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "newscore", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **NO_PLUGINS, **(env or {})},
        timeout=300,
        **kwargs,
    )


class _EntryPoint:
    def __init__(self, name, plugin):
        self.name, self._plugin, self.dist = name, plugin, None

    def load(self):
        return self._plugin


@pytest.fixture
def installed(monkeypatch):
    """Install fake plugins: ``installed(name=plugin, …)``; nothing else is installed."""

    real = importlib.metadata.entry_points

    def install(**plugins):
        fakes = [_EntryPoint(name, plugin) for name, plugin in plugins.items()]

        def entry_points(**selection):
            return fakes if selection.get("group") == "newscore.plugins" else real(**selection)

        monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
        monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", "")

    return install


class _Extractor:
    def __init__(self, name, run):
        self.name, self.version, self.needs, self.provides = name, "0", (), ("thing",)
        self._run = run

    def extract(self, *, article, doc, entities, quotes):
        return self._run(article=article, doc=doc)


class _Registers:
    def __init__(self, *extractors, readers=(), exporters=()):
        self._extractors, self._readers, self._exporters = extractors, readers, exporters

    @hookimpl
    def register_extractors(self):
        return list(self._extractors)

    @hookimpl
    def register_readers(self):
        return list(self._readers)

    @hookimpl
    def register_exporters(self):
        return list(self._exporters)


def _paris(article, **_):
    start = article.text.find("Paris")
    return [Entity("thing", "Paris", [Mention.from_text(article.text, start, start + 5)])] if start >= 0 else []


# --- output destinations (probe cases 1-4) ---------------------------------------------------


def test_a_missing_output_directory_is_one_line_and_exit_code_3(tmp_path, capsys):
    batch = _batch(tmp_path / "in.jsonl", "a")
    target = tmp_path / "no" / "such" / "out.jsonl"
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(target), str(batch)]) == 3
    err = capsys.readouterr().err
    assert f"newscore: cannot write {target}: no such directory: {target.parent}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_an_output_directory_without_write_permission_is_one_line_and_exit_code_3(tmp_path, capsys, monkeypatch):
    batch = _batch(tmp_path / "in.jsonl", "a")
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "out.jsonl"
    real_open = os.open

    def refusing_open(path, flags, *args):  # what a read-only directory does (root ignores chmod)
        if str(path) == str(target):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(target), str(batch)]) == 3
    err = capsys.readouterr().err
    assert f"newscore: cannot write {target}: Permission denied" in err and "Traceback" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_to_dev_full_is_one_line_and_exit_code_3(tmp_path):
    batch = _batch(tmp_path / "in.jsonl", "a", "b")
    result = _newscore("analyze", "-f", "jsonl", "--no-progress", "-o", "/dev/full", str(batch))
    assert result.returncode == 3
    assert result.stderr.strip() == "newscore: cannot write /dev/full: No space left on device"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("format_name", ["jsonl", "json", "table"])
def test_standard_output_to_dev_full_is_one_line_and_exit_code_3(tmp_path, format_name):
    batch = _batch(tmp_path / "in.jsonl", "a", "b")
    with open("/dev/full", "w") as full:
        result = _newscore("analyze", "-f", format_name, "--no-progress", str(batch), stdout=full)
    assert result.returncode == 3
    assert result.stderr.strip() == "newscore: cannot write <stdout>: No space left on device"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_newscore_plugins_to_dev_full_is_one_line_and_exit_code_3():
    with open("/dev/full", "w") as full:
        result = _newscore("plugins", stdout=full)
    assert result.returncode == 3
    assert result.stderr.strip() == "newscore: cannot write <stdout>: No space left on device"


def test_a_closed_pipe_is_one_line_and_exit_code_3(tmp_path):
    batch = _batch(tmp_path / "in.jsonl", *(f"a{n}" for n in range(40)))
    process = subprocess.Popen(
        [sys.executable, "-m", "newscore", "analyze", "-f", "jsonl", "--no-progress", str(batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **NO_PLUGINS},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the reader goes away, as `| head -1` does
    err = process.stderr.read().decode()
    assert process.wait(timeout=300) == 3
    assert err.strip() == "newscore: cannot write <stdout>: Broken pipe"


def test_a_full_disk_leaves_complete_lines_and_resume_finishes_the_batch(tmp_path, capsys, monkeypatch):
    batch = _batch(tmp_path / "in.jsonl", *(f"a{n}" for n in range(6)))
    out = tmp_path / "out.jsonl"
    real_write = os.write
    written = {"records": 0}

    def filling_write(fd, data):
        # the disk fills in the middle of the fourth record: part of it is written, then ENOSPC
        if fd > 2 and os.path.realpath(f"/proc/self/fd/{fd}") == str(out.resolve()):
            if written["records"] == 3:
                real_write(fd, bytes(data)[:30])
                raise OSError(errno.ENOSPC, "No space left on device")
            written["records"] += 1
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", filling_write)
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(out), str(batch)]) == 3
    assert f"cannot write {out}: No space left on device" in capsys.readouterr().err
    content = out.read_text()
    assert content.endswith("\n") and _ids(content) == ["a0", "a1", "a2"]  # the torn fourth record was taken back
    monkeypatch.setattr(os, "write", real_write)  # space again
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", str(out), "--resume", str(batch)]) == 0
    assert _ids(out.read_text()) == [f"a{n}" for n in range(6)]


def test_resume_refuses_a_device_rather_than_reading_it_forever(tmp_path, capsys):
    batch = _batch(tmp_path / "in.jsonl", "a")
    assert main(["analyze", "-f", "jsonl", "--no-progress", "-o", os.devnull, "--resume", str(batch)]) == 2
    assert "not a regular file" in capsys.readouterr().err


# --- records lost or corrupted (probe cases 5-6) -----------------------------------------------


class _Chatty:
    """A plugin that talks on standard output, through Python and through the file descriptor."""

    @hookimpl
    def register_extractors(self):
        def chatter(article, **_):
            print("chatty: looking at", article.id)
            os.write(1, b"chatty: straight to fd 1\n")
            return _paris(article)

        return [_Extractor("chatty", chatter)]


def test_a_plugin_printing_does_not_corrupt_json_lines_on_standard_output(tmp_path, installed, capfd):
    installed(chatty=_Chatty())
    batch = _batch(tmp_path / "in.jsonl", "a", "b", "c")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    captured = capfd.readouterr()
    assert _ids(captured.out) == ["a", "b", "c"]  # every line is a record
    assert captured.err.count("chatty: looking at") == 3 and captured.err.count("straight to fd 1") == 3
    print("stdout is standard output again")
    assert capfd.readouterr().out == "stdout is standard output again\n"


def test_a_plugin_printing_into_a_replaced_sys_stdout_goes_to_standard_error(tmp_path, installed, capsys):
    installed(chatty=_Chatty())
    batch = _batch(tmp_path / "in.jsonl", "a", "b")
    with pytest.MonkeyPatch.context() as patch:  # only Python-level: the fd write is not captured by capsys
        patch.setattr(os, "write", lambda fd, data: len(data) if fd == 1 else os.write(fd, data))
        assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a", "b"]
    assert captured.err.count("chatty: looking at") == 2


# --- values that are not JSON (probe cases 7-9) -------------------------------------------------


def _strict_json(line: str):
    """Parse as JSON proper: ``NaN`` and ``Infinity`` are not JSON."""

    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(line, parse_constant=refuse)


def _odd_values(article, **_):
    start = article.text.find("Paris")
    mention = [Mention.from_text(article.text, start, start + 5)]
    if article.id == "object":
        return [Entity("thing", "Paris", mention, attributes={"handle": object()})]
    if article.id == "numbers":
        return [Entity("thing", "Paris", mention, attributes={"nan": math.nan, "inf": [math.inf, -math.inf], "ok": 1.5})]
    if article.id == "surrogates":
        return [Entity("thing", "Par\udcffis", mention, aliases=["P\ud800"], attributes={"k\udcff": "v\udcff"})]
    return _paris(article)


def test_non_json_values_from_an_extractor_never_stop_the_batch(tmp_path, installed, capsys):
    installed(odd=_Registers(_Extractor("odd", _odd_values)))
    batch = _batch(tmp_path / "in.jsonl", "object", "numbers", "surrogates", "after")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    captured = capsys.readouterr()
    records = [_strict_json(line) for line in captured.out.splitlines()]
    assert [record["article"]["id"] for record in records] == ["object", "numbers", "surrogates", "after"]
    by_id = {record["article"]["id"]: record for record in records}
    (error,) = by_id["object"]["errors"]
    assert error["plugin"] == "odd" and "attributes['handle'] holds a object, which is not a JSON value" in error["message"]
    assert "Traceback" not in captured.err
    (numbers,) = [e for e in by_id["numbers"]["entities"] if e["extractor"] == "odd"]
    assert numbers["attributes"] == {"nan": None, "inf": [None, None], "ok": 1.5}
    (odd,) = [e for e in by_id["surrogates"]["entities"] if e["extractor"] == "odd"]
    assert (odd["name"], odd["aliases"], odd["attributes"]) == ("Par\ufffdis", ["P\ufffd"], {"k\ufffd": "v\ufffd"})
    assert [e["name"] for e in by_id["after"]["entities"] if e["extractor"] == "odd"] == ["Paris"]


def test_an_extractor_cannot_change_the_article_it_is_given(tmp_path, installed, capsys):
    def meddle(article, **_):
        article.extras["mine"] = object()  # the article is shared by every extractor: frozen
        return []

    installed(meddler=_Registers(_Extractor("meddler", meddle), _Extractor("paris", _paris)))
    batch = _batch(tmp_path / "in.jsonl", "a", "b")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    records = [_strict_json(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["article"]["extras"] for record in records] == [{}, {}]
    assert all(record["errors"][0]["plugin"] == "meddler" for record in records)
    assert all("frozen" in record["errors"][0]["message"] for record in records)
    assert all([e["name"] for e in record["entities"] if e["extractor"] == "paris"] == ["Paris"] for record in records)


def test_nan_and_infinity_in_an_input_record_are_written_as_null(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "Ann Lee spoke.", "score": NaN, "rank": -Infinity}\n')
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    (record,) = [_strict_json(line) for line in capsys.readouterr().out.splitlines()]
    assert record["article"]["extras"] == {"record": {"score": None, "rank": None}}


# --- a plugin reader that raises (probe case 10) ---------------------------------------------


class _FakeReader:
    name = "fake"
    suffixes = (".fake",)

    def read(self, *, text, source):
        from newscore import Article

        if "explode" in text:
            raise RuntimeError("cannot parse this")
        yield Article(text=text, id=Path(source).stem)


def test_a_plugin_reader_that_raises_is_a_read_failure_naming_file_and_reader(tmp_path, installed, capsys):
    installed(fake=_Registers(readers=[_FakeReader()]))
    for name, text in (("a", "Ann Lee spoke."), ("b", "explode"), ("c", "Bo Chen spoke.")):
        (tmp_path / f"{name}.fake").write_text(text)
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a", "c"]
    assert f"newscore: {tmp_path / 'b.fake'}: reader 'fake' failed: RuntimeError: cannot parse this" in captured.err
    assert "Traceback" not in captured.err
