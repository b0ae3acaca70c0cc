"""The corpus report: right numbers, one self-contained page, and charts a real browser draws."""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newscore.cli import main
from newscore.exporters.sqlite import write_corpus
from newscore.report import write_report
from newscore.text.names import name_gender

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(corpus_analyses, tmp_path_factory) -> tuple[Path, object]:
    directory = tmp_path_factory.mktemp("report")
    write_corpus(corpus_analyses, directory / "corpus.db")
    figures = write_report(directory / "corpus.db", directory / "report.html", top=10)
    return directory / "report.html", figures


def test_the_figures_count_what_the_analyses_hold(corpus_analyses, report):
    _, figures = report
    assert figures.articles == len(corpus_analyses)
    assert figures.quotes == sum(len(a.quotes) for a in corpus_analyses)
    speakers: collections.Counter[str] = collections.Counter()
    genders: collections.Counter[str] = collections.Counter()
    for analysis in corpus_analyses:
        for quote in analysis.quotes:
            entity = analysis.entity(quote.speaker_entity) if quote.speaker_entity else None
            name = entity.name if entity else quote.speaker_name
            if name:
                speakers[name] += 1
            if entity is not None and entity.kind == "person":
                genders[name_gender(entity.name) or "unknown"] += 1
    assert figures.speakers[0][1] == max(speakers.values())
    assert dict(figures.speakers) == {name: speakers[name] for name, _ in figures.speakers}
    assert dict(figures.genders) == {gender: genders[gender] for gender in ("female", "male", "unknown")}
    assert figures.quotes_without_person == figures.quotes - sum(genders.values())
    months = collections.Counter(a.article.published_at.strftime("%Y-%m") for a in corpus_analyses for _ in a.quotes)
    assert {month: count for month, count in figures.months if count} == dict(months)
    assert figures.places and all(place.mentions > 0 for place in figures.places)
    assert figures.organization_types
    outlets = collections.Counter(a.article.source for a in corpus_analyses for _ in a.quotes)
    assert dict(figures.outlets) == dict(outlets)


def test_the_page_is_self_contained(report):
    page = report[0].read_text(encoding="utf-8")
    assert "<script" not in page and " src=" not in page and "href=" not in page and "@import" not in page
    assert "url(" not in page
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}  # a namespace, not a fetch
    assert "estimate" in page and "unknown" in page


def test_the_report_command_writes_the_page_and_refuses_a_missing_corpus(report, tmp_path, capsys):
    corpus = report[0].parent / "corpus.db"
    assert main(["report", str(corpus), "-o", str(tmp_path / "out.html"), "--top", "5"]) == 0
    assert (tmp_path / "out.html").read_text(encoding="utf-8").count('class="chart bars"') == 4
    assert main(["report", str(tmp_path / "missing.db"), "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert "missing.db does not exist" in err and not (tmp_path / "x.html").exists()


def test_a_corpus_without_dates_or_quotes_says_so(tmp_path):
    from newscore import Analysis, Article

    write_corpus([Analysis(article=Article(text="Nothing happened.", id="a"))], tmp_path / "empty.db")
    figures = write_report(tmp_path / "empty.db", tmp_path / "empty.html")
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert figures.articles == 1 and figures.quotes == 0
    assert "No article in this corpus carries a publication date." in page
    assert "No quote is attributed to a person." in page


# --- in a real browser ----------------------------------------------------------------------------

#: Appended to a copy of the report (the report itself has no script): measures what the browser
#: laid out for each chart and writes it into the DOM that --dump-dom prints.
_MEASURE = """<script>
const charts = [...document.querySelectorAll("svg.chart, svg.world")].map(svg => {
  const box = svg.getBoundingClientRect();
  const marks = [...svg.querySelectorAll("rect.bar, circle.place")].map(mark => mark.getBBox());
  return {kind: svg.getAttribute("class"), width: box.width, height: box.height,
          marks: marks.length, drawn: marks.filter(b => b.width > 0 && b.height > 0).length,
          land: svg.querySelector("path.land") ? svg.querySelector("path.land").getBBox().width : null};
});
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify(charts);
document.body.appendChild(out);
</script>"""


def _chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", *arguments],
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed (apt-get install chromium); in CI its absence fails this test",
)
def test_every_chart_is_drawn_in_headless_chromium(report, tmp_path):
    assert CHROMIUM is not None, "chromium is needed in CI to check the report renders"
    page = report[0].read_text(encoding="utf-8")
    harness = tmp_path / "measure.html"
    harness.write_text(page.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    result = _chromium("--dump-dom", harness.as_uri(), profile=tmp_path / "profile")
    match = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stderr[-2000:]
    charts = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    kinds = collections.Counter(chart["kind"] for chart in charts)
    assert kinds == {"chart bars": 4, "chart share": 1, "chart columns": 1, "world": 1}, kinds
    for chart in charts:
        assert chart["width"] > 300 and chart["height"] > 20, chart
        assert chart["marks"] > 0 and chart["drawn"] == chart["marks"], chart
    world = next(chart for chart in charts if chart["kind"] == "world")
    assert world["land"] > 300  # the country outlines span the map

    screenshot = tmp_path / "report.png"
    _chromium("--window-size=1000,2400", "--hide-scrollbars", f"--screenshot={screenshot}", report[0].as_uri(),
              profile=tmp_path / "profile")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
