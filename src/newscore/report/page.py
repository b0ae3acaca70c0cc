"""The corpus report: one self-contained HTML page of figures from a corpus database.

``newscore report corpus.db -o report.html``. Nothing is fetched when the page is opened:
the CSS is inline and every chart is inline SVG (the world map's outlines ship with
newscore), so the page can be mailed, archived or opened offline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newscore._version import VERSION
from newscore.exporters.marks import escaped
from newscore.exporters.sqlite import connect_read_only
from newscore.exporters.worldmap import MapPoint, world_map_svg
from newscore.report.charts import bar_chart, column_chart, share_bar
from newscore.report.figures import Figures, Place, read_figures

__all__ = ["render_report", "write_report"]

#: Places drawn on the map, most mentioned first: the rest would be specks under them.
_MAP_PLACES = 300
#: The largest circle's weight in the map helper's scale (radius grows with its square root).
_MAP_SCALE = 30


def _section(heading: str, body: str, note: str = "") -> str:
    caption = f'<p class="note">{note}</p>' if note else ""
    return f"<section><h2>{escaped(heading)}</h2>{body}{caption}</section>"


def _empty(message: str) -> str:
    return f'<p class="empty">{escaped(message)}</p>'


def _speakers(figures: Figures, top: int) -> str:
    if not figures.speakers:
        return _section("Who is quoted", _empty("No quote in this corpus names its speaker."))
    chart = bar_chart(figures.speakers, title=f"Quotes per speaker, top {top}", unit="quotes")
    return _section(f"Who is quoted: the {len(figures.speakers)} most quoted speakers", chart,
                    "People and organisations, by the canonical name of the speaker in each article.")


def _genders(figures: Figures) -> str:
    total = sum(count for _, count in figures.genders)
    if not total:
        return _section("Quotes by speaker gender (estimate)", _empty("No quote is attributed to a person."))
    unknown = dict(figures.genders)["unknown"]
    note = (
        "An <strong>estimate</strong> from the speakers' names (a title such as Mrs or Sir, else a common given "
        "name), never from the people themselves; <em>unknown</em> is the share of quotes whose speaker's name "
        f"does not say ({unknown:,} of {total:,}). Not counted: {figures.quotes_without_person:,} quotes whose "
        "speaker is an organisation or was not found."
    )
    chart = share_bar(figures.genders, title="Share of quotes by speaker gender, estimated from names", unit="quotes")
    return _section("Quotes by speaker gender (estimate)", chart, note)


def _map_points(places: tuple[Place, ...]) -> list[MapPoint]:
    shown = places[:_MAP_PLACES]
    largest = max((place.mentions for place in shown), default=1)
    return [
        MapPoint(
            latitude=place.latitude,
            longitude=place.longitude,
            weight=1 + round(_MAP_SCALE * place.mentions / largest),  # circle area grows with mentions
            label=f"{place.name}{f' ({place.country_code})' if place.country_code else ''}: {place.mentions:,} mentions",
        )
        for place in shown
    ]


def _places(figures: Figures, top: int) -> str:
    if not figures.places and not figures.countries:
        return _section("Places", _empty("No place in this corpus was resolved to coordinates."))
    world = f'<figure class="map">{world_map_svg(_map_points(figures.places), title="Places mentioned, sized by mentions")}</figure>'
    countries = bar_chart(figures.countries, title=f"Place mentions per country, top {top}", unit="mentions")
    shown = min(len(figures.places), _MAP_PLACES)
    note = f"{len(figures.places):,} resolved places; the {shown:,} most mentioned are drawn, circles sized by mentions."
    return _section("Places mentioned", world + f"<h3>Mentions per country (top {top})</h3>" + countries, note)


def _organizations(figures: Figures) -> str:
    if not figures.organization_types:
        return _section("Organisations by type", _empty("No organisation in this corpus."))
    chart = bar_chart(figures.organization_types, title="Organisations per type", unit="organisations")
    return _section("Organisations by type", chart, "Each organisation counted once per article it appears in.")


def _outlets(figures: Figures, top: int) -> str:
    if not figures.outlets:
        return _section("Quotes per outlet", _empty("No article in this corpus names its outlet (its source)."))
    chart = bar_chart(figures.outlets, title=f"Quotes per outlet, top {top}", unit="quotes")
    return _section("Quotes per outlet", chart)


def _over_time(figures: Figures) -> str:
    if not figures.months:
        return _section("Quotes over time", _empty("No article in this corpus carries a publication date."))
    chart = column_chart(figures.months, title="Quotes per month of publication", unit="quotes")
    note = f"By the publication month of {figures.dated_articles:,} dated articles of {figures.articles:,}."
    return _section("Quotes over time", chart, note)


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:980px;margin:0 auto;padding:24px}
header h1{margin:0 0 4px;font-size:26px}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.totals div{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:8px 16px}
.totals strong{display:block;font-size:22px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:16px 0}
h2{font-size:18px;margin:0 0 12px}h3{font-size:15px;margin:16px 0 8px}
.note,.empty,footer{color:#59636e;font-size:13px}
svg.chart{width:100%;height:auto;display:block}
svg.chart .bar{fill:#4c6ef5}
svg.chart .label{font-size:12px;fill:#1f2328}
svg.chart .value{font-size:11px;fill:#59636e}
svg.chart .axis{stroke:#8c959f;stroke-width:1}
svg.chart .share-0{fill:#c2255c}svg.chart .share-1{fill:#1971c2}svg.chart .share-2{fill:#adb5bd}
svg.world{width:100%;height:auto;display:block;border-radius:6px}
svg.world .sea{fill:#eaf2fa}
svg.world .land{fill:#d9dde3;stroke:#fff;stroke-width:.25;stroke-linejoin:round}
svg.world .graticule{fill:none;stroke:#d4e3f2;stroke-width:.2}
svg.world circle.place{fill:#d1242f;fill-opacity:.6;stroke:#fff;stroke-width:.3}
figure{margin:0}
"""


def render_report(figures: Figures, *, title: str, source: str, top: int = 20) -> str:
    """The report page for ``figures`` as one HTML string."""
    totals = "".join(
        f"<div><strong>{value:,}</strong>{escaped(label)}</div>"
        for label, value in (
            ("articles", figures.articles),
            ("quotes", figures.quotes),
            ("places", len(figures.places)),
            ("organisations", sum(count for _, count in figures.organization_types)),
        )
    )
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escaped(title)}</title><style>{_CSS}</style></head><body><main>"
        f"<header><h1>{escaped(title)}</h1><p class=\"note\">From {escaped(source)}</p></header>"
        f'<div class="totals">{totals}</div>'
        + _speakers(figures, top)
        + _genders(figures)
        + _places(figures, top)
        + _organizations(figures)
        + _outlets(figures, top)
        + _over_time(figures)
        + f"<footer>Made by newscore {escaped(VERSION)} on {made}. Figures are what newscore "
        "extracted automatically: they carry its errors.</footer></main></body></html>\n"
    )


def write_report(corpus: str | Path, output: str | Path, *, top: int = 20, title: str | None = None) -> Figures:
    """Read the corpus database ``corpus`` and write its report to ``output``; returns the figures shown."""
    connection = connect_read_only(corpus)
    try:
        figures = read_figures(connection, top=top)
    finally:
        connection.close()
    page = render_report(figures, title=title or f"Corpus report: {Path(corpus).name}", source=Path(corpus).name, top=top)
    Path(output).write_text(page, encoding="utf-8")
    return figures
