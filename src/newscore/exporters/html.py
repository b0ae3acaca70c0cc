"""The html format: one self-contained page per batch for people to look at.

Each article's text with its quotes, cues, speakers and entities marked (a tooltip names the
kind, the canonical name and the country), then a table of quotes per speaker and the
resolved places on a world map drawn inline. Nothing is fetched: the CSS is inline, there is
no script, font or tile. Articles are written as they come; only what the closing table and
map need (counts, places, one short example per speaker) is kept until the end.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from typing import TextIO

from attrs import define, field

from newscore.exporters.marks import Mark, escaped, marked_html
from newscore.exporters.worldmap import MapPoint, world_map_svg
from newscore.hookspecs import hookimpl
from newscore.model import Analysis, Entity, Quote

__all__ = ["HtmlExporter"]

_EXAMPLE_LENGTH = 160
_NO_SPEAKER = "(no speaker found)"


class HtmlExporter:
    name = "html"
    description = "one self-contained HTML page: marked text, quotes per speaker, a map of places"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        summary = _Summary()
        stream.write(_HEAD)
        for number, analysis in enumerate(analyses, start=1):
            stream.write(_article_html(number, analysis))
            stream.flush()
            summary.add(number, analysis)
        stream.write(summary.html())
        stream.write("</main></body></html>\n")
        stream.flush()


# --- one article ------------------------------------------------------------------------------


def _entity_title(entity: Entity) -> str:
    parts = [entity.kind, entity.name]
    if entity.acronym and entity.acronym != entity.name:
        parts.append(f"acronym {entity.acronym}")
    if entity.type:
        parts.append(entity.type)
    if entity.country_code:
        parts.append(f"country {entity.country_code}")
    if entity.latitude is not None and entity.longitude is not None:
        parts.append(f"{entity.latitude:.2f}, {entity.longitude:.2f}")
        if entity.geonames_id is not None:
            parts.append(f"GeoNames {entity.geonames_id}")
    elif entity.kind == "location":
        parts.append("not resolved to a place")
    return " · ".join(parts)


def _unresolved(entity: Entity) -> bool:
    return entity.kind == "location" and (entity.latitude is None or entity.longitude is None)


def _entity_class(entity: Entity) -> str:
    known = entity.kind if entity.kind in ("person", "organization", "location") else "other"
    return f"ent ent-{known}" + (" unresolved" if _unresolved(entity) else "")


def _speaker(quote: Quote) -> str:
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker.text if quote.speaker else _NO_SPEAKER


def _quote_title(quote: Quote) -> str:
    parts = [f"{quote.kind} quote", f"speaker: {_speaker(quote)}"]
    if quote.cue is not None:
        parts.append(f"cue: {quote.cue.text}")
    return " · ".join(parts)


def _marks(number: int, analysis: Analysis) -> Iterator[Mark]:
    for position, quote in enumerate(analysis.quotes, start=1):
        anchor = _quote_anchor(number, position)
        for index, span in enumerate(quote.content):
            attributes = [("class", f"quote quote-{quote.kind}"), ("title", _quote_title(quote))]
            if index == 0:
                attributes.insert(0, ("id", anchor))
            yield Mark(span.start, span.end, "span", attributes, depth=0)
        if quote.cue is not None:
            title = f"cue “{quote.cue.text}” of a {quote.kind} quote by {_speaker(quote)}"
            yield Mark(quote.cue.start, quote.cue.end, "span", [("class", "cue"), ("title", title)], depth=1)
        if quote.speaker is not None:
            title = f"speaker: {_speaker(quote)} ({quote.kind} quote)"
            yield Mark(quote.speaker.start, quote.speaker.end, "span", [("class", "speaker"), ("title", title)], depth=1)
    for entity in analysis.entities:
        attributes = [("class", _entity_class(entity)), ("title", _entity_title(entity))]
        if entity.id:
            attributes.append(("data-entity", entity.id))
        for mention in entity.mentions:
            yield Mark(mention.start, mention.end, "span", attributes, depth=2)


def _meta(analysis: Analysis) -> str:
    article = analysis.article
    items = [value for value in (article.source, article.id) if value]
    if article.published_at is not None:
        items.append(article.published_at.isoformat())
    if article.authors:
        items.append("by " + ", ".join(article.authors))
    return " · ".join(items)


def _entity_list(analysis: Analysis) -> str:
    items = []
    for entity in sorted(analysis.entities, key=lambda e: (e.kind, -len(e.mentions), e.name)):
        details = [entity.kind]
        if entity.country_code:
            details.append(entity.country_code)
        if _unresolved(entity):
            details.append("unresolved")
        items.append(
            f'<li class="{_entity_class(entity)}" title="{escaped(_entity_title(entity))}">{escaped(entity.name)} '
            f'<small>{escaped(" · ".join(details))} · {len(entity.mentions)}×</small></li>'
        )
    return f'<ul class="entities">{"".join(items)}</ul>' if items else '<p class="none">No entities found.</p>'


def _quote_anchor(number: int, position: int) -> str:
    """The id of a quote's first mark: by position, so it is unique and the same on every run."""
    return f"a{number}-q{position}"


def _quote_list(number: int, analysis: Analysis) -> str:
    items = []
    for position, quote in enumerate(analysis.quotes, start=1):
        cue = f' <span class="cue">{escaped(quote.cue.text)}</span>' if quote.cue is not None else ""
        content = " … ".join(span.text for span in quote.content)
        items.append(
            f'<li><a href="#{_quote_anchor(number, position)}" class="badge quote-{quote.kind}">'
            f"{quote.kind}</a> <b>{escaped(_speaker(quote))}</b>{cue}: “{escaped(content)}”</li>"
        )
    return f'<ol class="quotes">{"".join(items)}</ol>' if items else '<p class="none">No quotes found.</p>'


def _article_html(number: int, analysis: Analysis) -> str:
    article = analysis.article
    title = article.title or article.id or f"Article {number}"
    errors = "".join(
        f'<p class="error">{escaped(error.plugin)} failed: {escaped(error.message)}</p>' for error in analysis.errors
    )
    meta = _meta(analysis)
    return (
        f'<article class="analysis" id="article-{number}">'
        f'<h2><span class="number">{number}</span> {escaped(title)}</h2>'
        + (f'<p class="meta">{escaped(meta)}</p>' if meta else "")
        + errors
        + '<div class="columns">'
        f'<div class="text">{marked_html(article.text, _marks(number, analysis))}</div>'
        f'<aside><h3>Entities ({len(analysis.entities)})</h3>{_entity_list(analysis)}</aside></div>'
        f"<details open><summary>Quotes ({len(analysis.quotes)})</summary>{_quote_list(number, analysis)}</details>"
        "</article>\n"
    )


# --- the batch: quotes per speaker, places ----------------------------------------------------


@define
class _SpeakerRow:
    kind: str
    quotes: collections.Counter[str] = field(factory=collections.Counter)
    articles: dict[int, None] = field(factory=dict)  # ordered set
    example: str = ""


@define
class _Place:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    mentions: int = 0
    articles: dict[int, None] = field(factory=dict)


def _clipped(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@define
class _Summary:
    """What the closing sections need from the whole batch: counts and one example per speaker."""

    articles: int = 0
    titles: list[str] = field(factory=list)
    speakers: dict[str, _SpeakerRow] = field(factory=dict)
    places: dict[tuple[object, ...], _Place] = field(factory=dict)

    def add(self, number: int, analysis: Analysis) -> None:
        self.articles = number
        self.titles.append(_clipped(analysis.article.title or analysis.article.id or f"Article {number}", 80))
        kinds = {entity.id: entity.kind for entity in analysis.entities if entity.id}
        for quote in analysis.quotes:
            name = _speaker(quote)
            kind = kinds.get(quote.speaker_entity or "", "")
            row = self.speakers.setdefault(name, _SpeakerRow(kind))
            row.quotes[quote.kind] += 1
            row.articles[number] = None
            if not row.example:
                cue = f"({quote.cue.text}) " if quote.cue is not None else ""
                row.example = cue + "“" + _clipped(" … ".join(span.text for span in quote.content), _EXAMPLE_LENGTH) + "”"
        for entity in analysis.entities_of("location"):
            coordinates = None if _unresolved(entity) else (round(entity.latitude or 0, 3), round(entity.longitude or 0, 3))
            key = (entity.name, entity.country_code, coordinates)
            place = self.places.setdefault(
                key, _Place(entity.name, entity.country_code, entity.latitude, entity.longitude)
            )
            place.mentions += len(entity.mentions)
            place.articles[number] = None

    def html(self) -> str:
        return (
            f'<section id="speakers"><h2>Quotes per speaker</h2>{self._speaker_table()}</section>\n'
            f'<section id="places"><h2>Places</h2>{self._places()}</section>\n'
            f'<section id="contents"><h2>Articles ({self.articles})</h2>{self._contents()}</section>\n'
        )

    def _speaker_table(self) -> str:
        if not self.speakers:
            return '<p class="none">No quotes found.</p>'
        rows = []
        ordered = sorted(self.speakers.items(), key=lambda item: (item[0] == _NO_SPEAKER, -item[1].quotes.total(), item[0]))
        for name, row in ordered:
            kinds = ", ".join(f'<span class="nowrap">{count} {escaped(kind)}</span>' for kind, count in sorted(row.quotes.items()))
            rows.append(
                f'<tr><th scope="row">{escaped(name)}</th><td>{escaped(row.kind)}</td>'
                f'<td class="count">{row.quotes.total()}</td><td>{kinds}</td>'
                f"<td>{_article_links(row.articles)}</td><td>{escaped(row.example)}</td></tr>"
            )
        return (
            '<table class="speakers"><thead><tr><th>Speaker</th><th>Kind</th><th class="count">Quotes</th><th>By kind</th>'
            f"<th>Articles</th><th>First quote</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _places(self) -> str:
        resolved = [place for place in self.places.values() if place.latitude is not None and place.longitude is not None]
        unresolved = [place for place in self.places.values() if place not in resolved]
        points = [
            MapPoint(
                latitude=place.latitude,
                longitude=place.longitude,
                weight=place.mentions,
                label=f"{place.name}{f' ({place.country})' if place.country else ''}: {place.mentions} mention"
                f"{'s' if place.mentions != 1 else ''} in {len(place.articles)} article{'s' if len(place.articles) != 1 else ''}",
                attributes=(("data-name", place.name),),
            )
            for place in resolved
            if place.latitude is not None and place.longitude is not None
        ]
        rows = "".join(
            f'<tr><th scope="row">{escaped(place.name)}</th><td>{escaped(place.country or "")}</td>'
            f"<td>{_coordinates(place)}</td><td class=\"count\">{place.mentions}</td>"
            f"<td>{_article_links(place.articles)}</td></tr>"
            for place in sorted(self.places.values(), key=lambda place: (place in unresolved, -place.mentions, place.name))
        )
        table = (
            '<table class="places"><thead><tr><th>Place</th><th>Country</th><th>Coordinates</th><th class="count">Mentions</th>'
            f"<th>Articles</th></tr></thead><tbody>{rows}</tbody></table>"
            if rows
            else '<p class="none">No places found.</p>'
        )
        caption = (
            f'<p class="caption">{len(resolved)} resolved place{"s" if len(resolved) != 1 else ""} '
            f"(circle size: mentions), {len(unresolved)} not resolved. Outlines: Natural Earth (public domain).</p>"
        )
        return f'<figure class="map">{world_map_svg(points)}{caption}</figure>{table}'

    def _contents(self) -> str:
        items = "".join(
            f'<li><a href="#article-{number}">{escaped(title)}</a></li>' for number, title in enumerate(self.titles, 1)
        )
        return f'<ol class="contents">{items}</ol>' if items else '<p class="none">No articles.</p>'


def _coordinates(place: _Place) -> str:
    if place.latitude is None or place.longitude is None:
        return '<span class="unresolved-note">not resolved</span>'
    return f"{place.latitude:.2f}, {place.longitude:.2f}"


def _article_links(numbers: dict[int, None]) -> str:
    return " ".join(f'<a href="#article-{number}">{number}</a>' for number in numbers)


_LEGEND = (
    '<div class="legend" aria-label="legend">'
    '<span class="ent ent-person">person</span> <span class="ent ent-organization">organisation</span> '
    '<span class="ent ent-location">place</span> <span class="ent ent-location unresolved">unresolved place</span> '
    '<span class="ent ent-other">other</span> '
    '<span class="quote quote-direct">direct quote</span> <span class="quote quote-indirect">indirect</span> '
    '<span class="quote quote-partial">partial</span> <span class="quote quote-mixed">mixed</span> '
    '<span class="cue">cue</span> <span class="speaker">speaker</span>'
    "<small>Hover over a mark for its kind, canonical name and country.</small></div>"
)

_CSS = """
:root{--ink:#1d2330;--muted:#5d6675;--line:#e3e6ec;--paper:#fff;--bg:#f5f6f8;
--person:#1f6feb;--org:#8250df;--loc:#1a7f37;--other:#6e7781;--quote:#fff3b0;--indirect:#e6f0ff;
--partial:#ffe4c4;--mixed:#f3e0ff;--cue:#b35900}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
header.page{position:sticky;top:0;z-index:2;background:var(--paper);border-bottom:1px solid var(--line);
padding:.6rem 1.5rem;display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:center}
header.page h1{font-size:1.1rem;margin:0}
header.page nav a{margin-right:1rem;color:var(--person);text-decoration:none}
.legend{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;font-size:.85rem}
.legend small{color:var(--muted);margin-left:.4rem}
main{max-width:1080px;margin:0 auto;padding:1rem 1.5rem 3rem}
article.analysis,section{background:var(--paper);border:1px solid var(--line);border-radius:10px;
padding:1.2rem 1.5rem;margin:1.2rem 0;box-shadow:0 1px 2px rgba(0,0,0,.04)}
h2{font-size:1.3rem;margin:0 0 .3rem;line-height:1.3}
h2 .number{display:inline-block;min-width:1.8rem;color:var(--muted);font-weight:400}
.meta{color:var(--muted);margin:0 0 .8rem;font-size:.9rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;
line-height:1.7;max-width:80ch}
.ent{border-bottom:2px solid var(--other);padding:0 1px;cursor:help}
.ent-person{border-color:var(--person);background:rgba(31,111,235,.07)}
.ent-organization{border-color:var(--org);background:rgba(130,80,223,.07)}
.ent-location{border-color:var(--loc);background:rgba(26,127,55,.08)}
.ent-location.unresolved{border-bottom-style:dashed;background:repeating-linear-gradient(135deg,
rgba(26,127,55,.10) 0 4px,transparent 4px 8px)}
.badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:9px;color:var(--ink);
text-decoration:none;border:1px solid var(--line);background:var(--quote)}
.quote{background:var(--quote);border-radius:2px;cursor:help}
.quote-indirect{background:var(--indirect)}
.quote-partial{background:var(--partial)}
.quote-mixed{background:var(--mixed)}
.cue{color:var(--cue);font-weight:600;font-style:italic}
.speaker{font-weight:700;outline:1px solid rgba(31,111,235,.35);border-radius:2px}
.legend .ent,.legend .quote,.legend .cue,.legend .speaker{padding:.05rem .35rem;border-radius:3px}
details{margin-top:.9rem}
summary{cursor:pointer;font-weight:600;color:var(--muted)}
ol.quotes{margin:.4rem 0;padding-left:1.4rem}
ol.quotes li{margin:.25rem 0}
.columns{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
@media (min-width:900px){.columns{grid-template-columns:minmax(0,1fr) 260px}}
aside h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.2rem 0 .4rem}
ul.entities{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem;font-size:.85rem}
ul.entities li{padding:.05rem .45rem;border-radius:4px;border-bottom-width:2px;line-height:1.45}
ul.entities small{color:var(--muted)}
.error{color:#a40e26;background:#ffebe9;padding:.3rem .6rem;border-radius:4px}
.none{color:var(--muted);font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
thead th{color:var(--muted);font-weight:600;border-bottom:2px solid var(--line)}
td.count,th.count{text-align:right;font-variant-numeric:tabular-nums}
.nowrap{white-space:nowrap}
figure.map{margin:.5rem 0 1rem}
svg.world{width:100%;height:auto;display:block;border-radius:6px}
svg.world .sea{fill:#eaf2fa}
svg.world .land{fill:#d9dde3;stroke:#fff;stroke-width:.25;stroke-linejoin:round}
svg.world .graticule{fill:none;stroke:#d4e3f2;stroke-width:.2}
svg.world circle.place{fill:#d1242f;fill-opacity:.72;stroke:#fff;stroke-width:.35}
.caption{color:var(--muted);font-size:.85rem;margin:.3rem 0 0}
.unresolved-note{color:var(--muted);font-style:italic}
"""

_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    "<title>newscore analysis</title>"
    f"<style>{_CSS}</style></head><body>"
    '<header class="page"><h1>newscore</h1><nav><a href="#speakers">Quotes per speaker</a>'
    f'<a href="#places">Places</a><a href="#contents">Articles</a></nav>{_LEGEND}</header><main>\n'
)


@hookimpl
def register_exporters() -> list[HtmlExporter]:
    return [HtmlExporter()]
