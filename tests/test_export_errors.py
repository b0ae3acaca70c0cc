"""An exporter that raises: one error naming the exporter, its module and the article, never a bare traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newscore import Analysis, Article, hookimpl
from newscore.cli import main
from newscore.errors import ExportError, OutputError
from newscore.exporters.writing import export, export_to_path


def _analyses(*ids):
    return [Analysis(article=Article(text=f"Text of {name}.", id=name)) for name in ids]


class _FailsOn:
    """A stream exporter that writes each article's id and raises KeyError on the one named ``bad``."""

    name = "brittle"
    description = "fails on one article"

    def __init__(self, bad=None):
        self.bad = bad

    def write(self, analyses, stream):
        for analysis in analyses:
            if analysis.article.id == self.bad:
                raise KeyError("speaker")
            stream.write(f"{analysis.article.id}\n")


class _FailsAtTheEnd:
    name = "closing"
    description = "fails once every article is written"

    def write(self, analyses, stream):
        for analysis in analyses:
            stream.write(f"{analysis.article.id}\n")
        raise ValueError("footer template missing")


class _PathFailsOnFirst:
    name = "db"
    description = "a path exporter with a bug"
    writes_path = True

    def write_to_path(self, analyses, path):
        for analysis in analyses:
            raise TypeError(f"cannot store {analysis.article.id}")

    def completed_ids(self, path):
        raise NotImplementedError


def test_the_error_names_the_exporter_its_module_and_the_article_it_was_given():
    stream = io.StringIO()
    with pytest.raises(ExportError) as caught:
        export(_FailsOn("b"), _analyses("a", "b", "c"), stream)
    error = caught.value
    assert (error.exporter, error.module) == ("brittle", __name__)
    assert str(error) == f"the 'brittle' exporter ({__name__}) failed at article 'b' (the 2nd it was given): KeyError: 'speaker'"
    assert isinstance(error.__cause__, KeyError)  # the exporter's own error is kept for whoever debugs it
    assert stream.getvalue() == "a\n"


def test_an_exporter_failing_after_the_last_article_says_so():
    with pytest.raises(ExportError, match=r"failed after its last article \(article 'c', 3 in all\): ValueError: footer"):
        export(_FailsAtTheEnd(), _analyses("a", "b", "c"), io.StringIO())
    with pytest.raises(ExportError, match=r"failed with no article to write: ValueError"):
        export(_FailsAtTheEnd(), [], io.StringIO())


def test_an_article_without_id_is_described_by_its_place():
    analyses = [Analysis(article=Article(text="One.")), Analysis(article=Article(text="Two."))]
    with pytest.raises(ExportError, match=r"at an article without id \(the 1st it was given\)"):
        export(_FailsOn(None), analyses, io.StringIO())


def test_a_path_exporter_is_named_the_same_way(tmp_path):
    with pytest.raises(ExportError, match=r"the 'db' exporter \(.*\) failed at article 'x' \(the 1st it was given\): TypeError: cannot store x"):
        export_to_path(_PathFailsOnFirst(), _analyses("x"), tmp_path / "out.db")


def test_a_failure_producing_the_analyses_is_not_blamed_on_the_exporter():
    def analyses():
        yield from _analyses("a")
        raise RuntimeError("the reader broke")

    with pytest.raises(RuntimeError, match="the reader broke"):
        export(_FailsOn(), analyses(), io.StringIO())


def test_an_output_error_passes_through_unchanged():
    class _FullDisk(_FailsOn):
        def write(self, analyses, stream):
            raise OutputError("out.jsonl", "No space left on device")

    with pytest.raises(OutputError, match=r"cannot write out\.jsonl: No space left on device"):
        export(_FullDisk(), _analyses("a"), io.StringIO())


class _ExporterPlugin:
    @hookimpl
    def register_exporters(self):
        return [_FailsOn("second")]


def test_newscore_analyze_reports_a_failing_exporter_in_one_line(installed, tmp_path: Path, capsys):
    installed(brittle=_ExporterPlugin())
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "first", "text": "Rain fell."}\n{"id": "second", "text": "Sun shone."}\n', encoding="utf-8")
    output = tmp_path / "out.txt"
    assert main(["analyze", "-f", "brittle", "--no-progress", "-o", str(output), str(source)]) == 3
    err = capsys.readouterr().err
    assert f"newscore: error: the 'brittle' exporter ({__name__}) failed at article 'second' (the 2nd it was given): KeyError: 'speaker'" in err
    assert "Traceback" not in err
    assert output.read_text(encoding="utf-8") == "first\n"  # what was written before the failure is kept
