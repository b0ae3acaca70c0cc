"""The faults an independent probe found (issue 15), each kept fixed at the level where a user meets it.

Most tests run the command line in this process with fake plugins standing in for the
installed ones (``importlib.metadata.entry_points`` patched); those that need a real
file descriptor (``/dev/full``, a closed pipe) run ``python -m newscore`` in a subprocess.
"""

from __future__ import annotations

import errno
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscore import Entity, Mention, hookimpl
from newscore.cli import main
from newscore.testing import PluginOf

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


class _Extractor:
    def __init__(self, name, run):
        self.name, self.version, self.needs, self.provides = name, "0", (), ("thing",)
        self._run = run

    def extract(self, *, article, doc, entities, quotes):
        return self._run(article=article, doc=doc)


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
    installed(odd=PluginOf(_Extractor("odd", _odd_values)))
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

    installed(meddler=PluginOf(_Extractor("meddler", meddle), _Extractor("paris", _paris)))
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
    installed(fake=PluginOf(readers=[_FakeReader()]))
    for name, text in (("a", "Ann Lee spoke."), ("b", "explode"), ("c", "Bo Chen spoke.")):
        (tmp_path / f"{name}.fake").write_text(text)
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a", "c"]
    assert f"newscore: {tmp_path / 'b.fake'}: reader 'fake' failed: RuntimeError: cannot parse this" in captured.err
    assert "Traceback" not in captured.err


# --- silent faults (probe cases 11-13) ---------------------------------------------------------


class _BrokenHooks:
    @hookimpl
    def configure_nlp(self, nlp):
        raise ValueError("[E002] Can't find factory for 'newscore_missing'")

    @hookimpl
    def register_readers(self):
        raise RuntimeError("reader data missing")

    @hookimpl
    def register_exporters(self):
        raise RuntimeError("exporter data missing")


def test_newscore_plugins_shows_a_raising_configure_nlp(installed, capsys):
    installed(broken=_BrokenHooks())
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "problem: plugin 'broken' failed in configure_nlp(): ValueError: [E002]" in out
    assert "problem: plugin 'broken' failed in register_readers(): RuntimeError: reader data missing" in out


def test_analyze_warns_about_every_failing_hook_and_still_analyzes(tmp_path, installed, capsys):
    installed(broken=_BrokenHooks())
    batch = _batch(tmp_path / "in.jsonl", "a")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a"]
    for hook in ("configure_nlp", "register_readers", "register_exporters"):
        assert f"newscore: warning: plugin 'broken' failed in {hook}(): " in captured.err


def test_the_language_field_never_names_a_module_for_spacy(tmp_path, capsys):
    assert "spacy.lang.fr.examples" not in sys.modules
    batch = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "Ann Lee spoke.", "language": "fr.examples"},
        {"id": "b", "text": "Bo Chen spoke.", "language": "../../../etc"},
        {"id": "c", "text": "Cy Doe spoke.", "language": "de-DE"},
    ]
    batch.write_text("".join(json.dumps(record) + "\n" for record in records))
    assert main(["analyze", "-f", "spacy", "--no-progress", str(batch)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert "spacy.lang.fr.examples" not in sys.modules  # only a plain language code reaches spaCy


def test_a_hanging_extractor_is_switched_off_after_three_overruns_in_a_row(tmp_path, installed, capsys):
    def hangs(article, **_):
        time.sleep(600)

    installed(slow=PluginOf(_Extractor("hangs", hangs), _Extractor("paris", _paris)))
    batch = _batch(tmp_path / "in.jsonl", *(f"a{n}" for n in range(8)))
    started = time.monotonic()
    assert main(["analyze", "-f", "jsonl", "--no-progress", "--time-budget", "0.2", str(batch)]) == 0
    assert time.monotonic() - started < 60  # eight articles cost three budgets, not eight hangs
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    messages = [[e["message"] for e in record["errors"] if e["plugin"] == "hangs"] for record in records]
    assert messages[:3] == [["exceeded its time budget of 0.2 s"]] * 3
    assert all(len(m) == 1 and m[0].startswith("skipped: it overran its time budget on 3 articles in a row") for m in messages[3:])
    assert all([e["name"] for e in record["entities"] if e["extractor"] == "paris"] == ["Paris"] for record in records)


def test_an_extractor_that_recovers_is_not_switched_off(tmp_path, installed, capsys):
    def hangs_on_odd(article, **_):
        if int(article.id[1:]) % 2:
            time.sleep(600)
        return _paris(article)

    installed(slow=PluginOf(_Extractor("flaky", hangs_on_odd)))
    batch = _batch(tmp_path / "in.jsonl", *(f"a{n}" for n in range(6)))
    assert main(["analyze", "-f", "jsonl", "--no-progress", "--time-budget", "0.2", str(batch)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [bool(record["errors"]) for record in records] == [False, True] * 3  # never three in a row


@pytest.mark.parametrize("value", ["-1", "soon", "inf", "nan"])
def test_a_bad_time_budget_is_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--time-budget", value, "x.txt"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --time-budget" in err and "number of seconds" in err


# --- also fixed: links, a Doc changed by a plugin, URLs that are scripts -----------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_looping_and_broken_symbolic_links_are_reported(tmp_path, capsys):
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text("Ann Lee spoke in Paris.")
    (root / "self.txt").symlink_to("self.txt")
    (root / "ping.txt").symlink_to("pong.txt")
    (root / "pong.txt").symlink_to("ping.txt")
    (root / "gone.txt").symlink_to("nowhere.txt")
    (root / "sub" / "up").symlink_to("..")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(root), str(root / "self.txt")]) == 1
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["good"]
    for name in ("self.txt", "ping.txt", "pong.txt"):
        assert f"newscore: {root / name}: a symbolic link that loops" in captured.err
    assert captured.err.count(f"{root / 'self.txt'}: a symbolic link that loops") == 2  # in the directory and named
    assert f"newscore: {root / 'gone.txt'}: a broken symbolic link" in captured.err
    assert f"newscore: {root / 'sub' / 'up'}: a symbolic link to a directory above it (a loop)" in captured.err


def test_a_plugin_changing_the_shared_doc_is_named_and_the_others_see_the_original(tmp_path, installed, capsys):
    def vandal(doc, **_):
        doc.ents = ()
        return []

    def from_ents(article, doc):
        return [
            Entity("thing", ent.text, [Mention.from_text(article.text, ent.start_char, ent.end_char)]) for ent in doc.ents
        ]

    installed(bad=PluginOf(_Extractor("vandal", vandal)), good=PluginOf(_Extractor("ents", from_ents)))
    batch = _batch(tmp_path / "in.jsonl", "a")
    assert main(["analyze", "-f", "jsonl", "--no-progress", str(batch)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (error,) = record["errors"]
    assert error["plugin"] == "vandal" and error["message"].startswith("changed the shared spaCy Doc")
    assert "Paris" in [e["name"] for e in record["entities"] if e["extractor"] == "ents"]  # the entities were put back


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="])
@pytest.mark.parametrize("format_name", ["ninjs", "webanno"])
def test_a_script_url_never_becomes_a_uri(tmp_path, capsys, url, format_name):
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "Ann Lee spoke in Paris.", "url": url}) + "\n")
    assert main(["analyze", "-f", format_name, "--no-progress", str(batch)]) == 0
    out = capsys.readouterr().out
    assert url.split(":")[0].lower() + ":" not in out.lower() and "urn:newscore:article:a" in out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_output_at_a_terminal_shows_each_line_as_it_is_written():
    import pty

    from newscore.exporters.output import OutputStream

    reader, writer = pty.openpty()
    stream = OutputStream(writer, "<stdout>", close_fd=False)
    stream.write("first line\n")  # no flush: a person at a terminal still sees it at once
    assert os.read(reader, 100).replace(b"\r", b"") == b"first line\n"
    stream.close()
    os.close(writer)
    os.close(reader)
