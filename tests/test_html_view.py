"""The html format: escaped, well-nested, streamed, self-contained, and what a browser renders."""

from __future__ import annotations

import html
import html.parser
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscore import Analysis, Article, Entity, Mention, Plugins, Quote, Span
from newscore.exporters.html import HtmlExporter
from newscore.exporters.marks import Mark, marked_html, safe_text
from newscore.testing import analyses

_VOID = {"meta", "br", "img", "input", "link", "hr", "rect", "path"}
HOSTILE = (
    'Mayor <script>alert("x")</script> O\'Neil said “we <b>will</b> fight” in Paris\udcff.\n'
    "Bell\x07 and \x1b[31mred\x1b[0m in Atlantis & Co."
)


class _Page(html.parser.HTMLParser):
    """Checks that every element is closed in order; collects the text, tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parsed(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


def _at(text: str, word: str, **keywords) -> Mention:
    start = text.index(word)
    return Mention.from_text(text, start, start + len(word), **keywords)


def _hostile_analysis() -> Analysis:
    text = HOSTILE
    mayor = Entity("person", 'O\'Neil <img src=x onerror="alert(1)">', [_at(text, "O'Neil")], id="e1")
    paris = Entity(
        "location", "Paris", [_at(text, "Paris")], id="e2", country_code="FR", latitude=48.85, longitude=2.35
    )
    atlantis = Entity("location", "Atlantis", [_at(text, "Atlantis")], id="e3")
    quote = Quote(
        "direct",
        [Span.from_text(text, text.index("we <b>"), text.index("” in"))],
        id="q1",
        cue=_at(text, "said"),
        speaker=_at(text, "O'Neil"),
        speaker_entity="e1",
        speaker_name=mayor.name,
    )
    article = Article(text=text, id="hostile", title="<script>alert(2)</script> & “title”")
    return Analysis(article=article, entities=[mayor, paris, atlantis], quotes=[quote])


def _page(*items: Analysis) -> str:
    stream = io.StringIO()
    HtmlExporter().write(items, stream)
    return stream.getvalue()


# --- escaping and nesting ----------------------------------------------------------------------


def test_hostile_text_is_escaped_and_the_page_encodes_as_utf8():
    markup = _page(_hostile_analysis())
    markup.encode("utf-8")  # a lone surrogate would raise here
    assert "<script" not in markup and "<img" not in markup and "<b>will" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert "\x1b" not in markup and "\x07" not in markup
    page = _parsed(markup)
    assert page.problems == [] and page.stack == []
    titles = [attributes.get("title") or "" for _, attributes in page.tags]
    assert any('O\'Neil <img src=x onerror="alert(1)">' in title for title in titles)  # escaped in, read back whole


def test_the_page_fetches_nothing_and_runs_no_script():
    markup = _page(_hostile_analysis())
    page = _parsed(markup)
    assert not [tag for tag, _ in page.tags if tag in ("script", "link", "img", "iframe", "object", "image")]
    assert "http://" not in markup.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in markup and "url(" not in markup
    assert "default-src 'none'" in markup  # and a browser would refuse anything else anyway


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=60),
    extents=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 2)), max_size=8),
)
def test_any_marks_nest_properly_and_keep_the_text(text, extents):
    marks = [Mark(min(a, b), max(a, b), "span", [("class", f"m{n}"), ("id", f"x{n}")], depth) for n, (a, b, depth) in enumerate(extents)]
    markup = marked_html(text, marks)
    page = _parsed(f"<div>{markup}</div>")
    assert page.problems == [] and page.stack == []
    expected = safe_text(text).replace("\r\n", "\n").replace("\r", "\n")
    assert "".join(page.text).replace("\r\n", "\n").replace("\r", "\n") == expected
    ids = [attributes["id"] for _, attributes in page.tags if "id" in attributes]
    assert len(ids) == len(set(ids))  # a mark split around another keeps its id on one piece only


@settings(max_examples=30, deadline=None)
@given(analyses())
def test_any_analysis_makes_a_well_formed_page(analysis):
    markup = _page(analysis, analysis)
    markup.encode("utf-8")
    page = _parsed(markup)
    assert page.problems == [] and page.stack == []
    assert markup.count('<article class="analysis"') == 2


def test_articles_are_written_as_they_come():
    stream = io.StringIO()
    seen_before_second: list[bool] = []

    def batch():
        yield _hostile_analysis()
        seen_before_second.append('id="article-1"' in stream.getvalue())
        yield _hostile_analysis()

    HtmlExporter().write(batch(), stream)
    assert seen_before_second == [True]
    assert stream.getvalue().rstrip().endswith("</html>")


def test_an_empty_batch_is_a_page_that_says_so():
    page = _parsed(_page())
    assert page.problems == [] and "No articles." in "".join(page.text)


def test_the_core_registers_the_html_format():
    assert "html" in {exporter.name for exporter in Plugins(load_entry_points=False).exporters()}


# --- in a browser ------------------------------------------------------------------------------


def _chromium() -> str | None:
    return next((path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None)


def _browser_page() -> str:
    text = (
        "“We will rebuild the port,” Mayor Ana Silva told reporters in Lisbon on Monday. "
        "The Harbour Authority said repairs in Porto would follow. "
        "Officials in Lisbon and Madrid, and a spokesman in Ruritania, said nothing."
    )
    silva = Entity("person", "Ana Silva", [_at(text, "Ana Silva")], id="e1")
    authority = Entity("organization", "Harbour Authority", [_at(text, "Harbour Authority")], id="e2")
    lisbon = Entity(
        "location", "Lisbon", [_at(text, "Lisbon"), Mention.from_text(text, text.rindex("Lisbon"), text.rindex("Lisbon") + 6)],
        id="e3", country_code="PT", latitude=38.72, longitude=-9.14, geonames_id=2267057,
    )
    porto = Entity("location", "Porto", [_at(text, "Porto")], id="e4", country_code="PT", latitude=41.15, longitude=-8.61)
    madrid = Entity("location", "Madrid", [_at(text, "Madrid")], id="e5", country_code="ES", latitude=40.42, longitude=-3.70)
    ruritania = Entity("location", "Ruritania", [_at(text, "Ruritania")], id="e6")
    quotes = [
        Quote("direct", [_at(text, "We will rebuild the port")], id="q1", cue=_at(text, "told"),
              speaker=_at(text, "Ana Silva"), speaker_entity="e1", speaker_name="Ana Silva"),
        Quote("indirect", [_at(text, "repairs in Porto would follow")], id="q2", cue=_at(text, "said"),
              speaker=_at(text, "Harbour Authority"), speaker_entity="e2", speaker_name="Harbour Authority"),
    ]
    first = Analysis(
        article=Article(text=text, id="port", title="Lisbon port <rebuilt>"),
        entities=[silva, authority, lisbon, porto, madrid, ruritania], quotes=quotes,
    )
    return _page(first, _hostile_analysis())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The page as Chromium renders it: (dumped DOM, screenshot path)."""
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, and in CI this test must run (.ci/run installs it)")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it and runs this test")
    folder = tmp_path_factory.mktemp("html-view")
    page = folder / "page.html"
    page.write_text(_browser_page(), encoding="utf-8")
    flags = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={folder / 'profile'}",
    ]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    screenshot = folder / "page.png"
    subprocess.run(
        [*flags, f"--screenshot={screenshot}", "--window-size=1200,1600", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    return dom, screenshot


def test_the_browser_shows_the_marks(rendered):
    dom, _ = rendered
    page = _parsed(dom)
    classes = [attributes.get("class") or "" for _, attributes in page.tags]
    assert "quote quote-direct" in classes and "quote quote-indirect" in classes
    assert "cue" in classes and "speaker" in classes
    assert {"ent ent-person", "ent ent-organization", "ent ent-location", "ent ent-location unresolved"} <= set(classes)
    titles = {attributes.get("title") for _, attributes in page.tags}
    assert "location · Lisbon · country PT · 38.72, -9.14 · GeoNames 2267057" in titles
    assert "location · Ruritania · not resolved to a place" in titles
    assert not [tag for tag, _ in page.tags if tag == "script"]  # the hostile article's <script> stayed text
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in dom


def test_the_browser_shows_the_speaker_table_and_the_map(rendered):
    dom, _ = rendered
    page = _parsed(dom)
    speakers = dom[dom.index('<table class="speakers"') : dom.index("</table>", dom.index('<table class="speakers"'))]
    assert "<th scope=\"row\">Ana Silva</th>" in speakers and "<th scope=\"row\">Harbour Authority</th>" in speakers
    circles = [attributes for tag, attributes in page.tags if tag == "circle"]
    assert sorted(circle["data-name"] for circle in circles) == ["Lisbon", "Madrid", "Paris", "Porto"]
    lisbon = next(circle for circle in circles if circle["data-name"] == "Lisbon")
    assert (float(lisbon["cx"]), float(lisbon["cy"])) == (-9.14, -38.7)  # x = longitude, y = -latitude
    assert float(lisbon["r"]) > float(next(c for c in circles if c["data-name"] == "Porto")["r"])  # 2 mentions > 1
    assert any(tag == "path" and attributes.get("class") == "land" for tag, attributes in page.tags)


def test_the_browser_takes_a_screenshot(rendered):
    _, screenshot = rendered
    data = Path(screenshot).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 20_000  # a blank page compresses to a few hundred bytes


@settings(max_examples=20, deadline=None)
@given(analyses())
def test_every_link_on_the_page_leads_somewhere_and_ids_are_unique(analysis):
    page = _parsed(_page(analysis, _hostile_analysis(), analysis))
    ids = [attributes["id"] for _, attributes in page.tags if attributes.get("id")]
    links = {attributes["href"][1:] for tag, attributes in page.tags if tag == "a" and (attributes.get("href") or "").startswith("#")}
    assert len(ids) == len(set(ids))
    assert links <= set(ids)


def test_the_command_line_writes_the_page(tmp_path, monkeypatch):
    from importlib.metadata import entry_points

    from newscore.cli import main

    installed = ",".join(ep.name for ep in entry_points(group="newscore.plugins"))
    monkeypatch.setenv("NEWSCORE_DISABLE_PLUGINS", installed)  # the core alone: fast and predictable
    story = tmp_path / "story.txt"
    story.write_text("Storm <warning>\n\n“We will rebuild,” Mayor Ana Silva said on Monday.\n", encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["analyze", "--format", "html", "--output", str(page), "--no-progress", str(story)]) == 0
    markup = page.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>") and markup.rstrip().endswith("</html>")
    assert "Storm &lt;warning&gt;" in markup and '<span class="ent ent-person"' in markup
