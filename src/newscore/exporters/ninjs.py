"""Analyses as IPTC ninjs 3.1 news items, and the ``ninjs`` output format (one item per line).

ninjs ("News in JSON", https://iptc.org/standards/ninjs/) has ``people``,
``organisations`` and ``places`` lists, which is where newscore's three entity kinds
go. Only properties of the ninjs 3.1 schema are written (it allows no others), so
mentions, quotes and offsets are not part of this format: use ``json`` or ``webanno``
for those.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any, TextIO
from urllib.parse import quote

from newscore.exporters.json import write_json_lines
from newscore.hookspecs import hookimpl
from newscore.model import Analysis, Article, Entity

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "NinjsExporter", "article_uri", "geonames_uri", "to_ninjs"]

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

#: An http(s) URL with a host and nothing a URI may not hold; other schemes (``javascript:``,
#: ``data:``, ``file:``) are never written where a consumer may follow or render them.
_WEB_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[^\s\"<>\\^`{|}/?#]+[^\s\"<>\\^`{|}]*")


def article_uri(article: Article) -> str:
    """A URI naming the article: its ``url`` when that is an http or https URL, else a ``urn:newscore:`` name.

    The URN is built from the article id, or (with no id) from a SHA-1 of the text, so the
    same article always gets the same URI.
    """
    if article.url and _WEB_URL.fullmatch(article.url):
        return article.url
    if article.id:
        return "urn:newscore:article:" + quote(article.id, safe="")
    return "urn:newscore:sha1:" + hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()


def geonames_uri(geonames_id: int) -> str:
    """The GeoNames Semantic Web URI of a place (``https://sws.geonames.org/524901/``)."""
    return f"https://sws.geonames.org/{geonames_id}/"


def _quoted_ids(analysis: Analysis) -> set[str]:
    return {quote.speaker_entity for quote in analysis.quotes if quote.speaker_entity is not None}


def _person(entity: Entity, quoted: set[str]) -> dict[str, Any]:
    return {"name": entity.name, "rel": "quoted" if entity.id in quoted else "mentioned"}


def _organisation(entity: Entity) -> dict[str, Any]:
    return {"name": entity.name, "rel": "mentioned"}


def _place(entity: Entity) -> dict[str, Any]:
    place: dict[str, Any] = {"name": entity.name, "rel": "mentioned"}
    if entity.geonames_id is not None:
        place["uri"] = geonames_uri(entity.geonames_id)
    if entity.country_code is not None:
        place["literal"] = entity.country_code  # ISO 3166-1 alpha-2: a free-text identifier in ninjs terms
    if entity.latitude is not None and entity.longitude is not None:
        # GeoJSON positions are [longitude, latitude]
        place["geoJSON"] = {"type": "Point", "coordinates": [entity.longitude, entity.latitude]}
    return place


def to_ninjs(analysis: Analysis) -> dict[str, Any]:
    """The analysis as a ninjs 3.1 ``text`` item: headline, body, people, organisations, places.

    A person who speaks a quote has ``rel: "quoted"``, everyone else ``"mentioned"``; a
    place carries its GeoNames URI, its country code as ``literal`` and a GeoJSON point
    when it is resolved. Entities of other kinds are not written.
    """
    article = analysis.article
    item: dict[str, Any] = {
        "uri": article_uri(article),
        "type": "text",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
    }
    if article.language:
        item["language"] = article.language
    if article.published_at is not None:
        item["firstCreated"] = article.published_at.isoformat()
    headlines = []
    if article.title:
        headlines.append({"role": "main", "value": article.title})
    if article.standfirst:
        headlines.append({"role": "sub", "value": article.standfirst})
    if headlines:
        item["headlines"] = headlines
    if article.authors:
        item["by"] = ", ".join(article.authors)
    if article.source:
        item["infoSources"] = [{"name": article.source, "role": "publisher"}]
    item["bodies"] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": len(article.text),
            "wordCount": len(article.text.split()),
            "value": article.text,
        }
    ]
    quoted = _quoted_ids(analysis)
    people = [_person(entity, quoted) for entity in analysis.entities_of("person")]
    organisations = [_organisation(entity) for entity in analysis.entities_of("organization")]
    places = [_place(entity) for entity in analysis.entities_of("location")]
    for key, values in (("people", people), ("organisations", organisations), ("places", places)):
        if values:
            item[key] = values
    return item


class NinjsExporter:
    """``--format ninjs``: one IPTC ninjs 3.1 item per line (JSON Lines)."""

    name = "ninjs"
    description = "IPTC ninjs 3.1 news items, one per line: people, organisations, places"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        write_json_lines(map(to_ninjs, analyses), stream)


@hookimpl
def register_exporters() -> list[NinjsExporter]:
    return [NinjsExporter()]
