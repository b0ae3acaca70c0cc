"""Analyses as W3C Web Annotations (JSON-LD), and the ``webanno`` output format.

One annotation per entity mention and one per quote, each targeting the article (its
URI from :func:`newscore.export_ninjs.article_uri`) with a ``TextPositionSelector``
(newscore's own offsets) and a ``TextQuoteSelector`` (the exact text, with up to 32
characters of context either side), so a consumer can re-anchor an annotation even in
a copy of the text whose offsets differ.

Offsets count Unicode code points, as the Web Annotation model says and as newscore
does; JavaScript strings count UTF-16 units, which differ beyond the Basic Multilingual
Plane (emoji, some CJK).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from newscore.exporters.json import write_json_lines
from newscore.exporters.ninjs import article_uri, geonames_uri
from newscore.hookspecs import hookimpl
from newscore.model import Analysis, Entity, Quote, Span

__all__ = ["ANNOTATION_CONTEXT", "WebAnnotationExporter", "annotation_page", "to_web_annotations"]

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_CONTEXT_CHARS = 32


def _target(source: str, text: str, span: Span) -> dict[str, Any]:
    return {
        "source": source,
        "selector": [
            {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            {
                "type": "TextQuoteSelector",
                "exact": span.text,
                "prefix": text[max(0, span.start - _CONTEXT_CHARS) : span.start],
                "suffix": text[span.end : span.end + _CONTEXT_CHARS],
            },
        ],
    }


def _mention_annotation(
    base: str, source: str, text: str, entity: Entity, local_id: str, number: int, mention: Span
) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": entity.kind},
        {"type": "TextualBody", "purpose": "describing", "value": entity.name},
    ]
    if entity.geonames_id is not None:
        body.append({"id": geonames_uri(entity.geonames_id), "purpose": "identifying"})
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{base}#{local_id}.{number}",
        "type": "Annotation",
        "motivation": "identifying" if entity.geonames_id is not None else "tagging",
        "body": body,
        "target": _target(source, text, mention),
    }


def _quote_annotation(base: str, source: str, text: str, quote: Quote, local_id: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "classifying", "value": f"{quote.kind} quote"}]
    speaker = quote.speaker_name or (quote.speaker.text if quote.speaker is not None else None)
    if speaker:
        body.append({"type": "TextualBody", "purpose": "describing", "value": f"said by {speaker}"})
    targets = [_target(source, text, span) for span in quote.content]
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{base}#{local_id}",
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": targets[0] if len(targets) == 1 else targets,
    }


def to_web_annotations(analysis: Analysis) -> list[dict[str, Any]]:
    """One Web Annotation per entity mention (``tagging`` the kind, ``describing`` the name,
    ``identifying`` the GeoNames place when known) and per quote (one target per content span).

    Annotation ids are the article URI with a fragment: ``#e3.1`` for the first mention of
    entity ``e3``, ``#q2`` for quote ``q2``.
    """
    text = analysis.article.text
    source = article_uri(analysis.article)
    base = source.split("#", 1)[0]
    annotations = [
        _mention_annotation(base, source, text, entity, entity.id or f"e{index}", number, mention)
        for index, entity in enumerate(analysis.entities, start=1)
        for number, mention in enumerate(entity.mentions, start=1)
    ]
    annotations.extend(
        _quote_annotation(base, source, text, quote, quote.id or f"q{index}")
        for index, quote in enumerate(analysis.quotes, start=1)
    )
    return annotations


def annotation_page(analysis: Analysis) -> dict[str, Any]:
    """The analysis' annotations as one JSON-LD ``AnnotationPage`` (context given once)."""
    base = article_uri(analysis.article).split("#", 1)[0]
    items: Sequence[dict[str, Any]] = [
        {key: value for key, value in annotation.items() if key != "@context"}
        for annotation in to_web_annotations(analysis)
    ]
    return {"@context": ANNOTATION_CONTEXT, "id": f"{base}#annotations", "type": "AnnotationPage", "items": items}


class WebAnnotationExporter:
    """``--format webanno``: one W3C Web Annotation ``AnnotationPage`` (JSON-LD) per article, one per line."""

    name = "webanno"
    description = "W3C Web Annotation JSON-LD: an AnnotationPage per line, one annotation per mention and quote"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        write_json_lines(map(annotation_page, analyses), stream)


@hookimpl
def register_exporters() -> list[WebAnnotationExporter]:
    return [WebAnnotationExporter()]
