"""Writing analyses out: newscore JSON, JSON Lines, and a table for people."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from typing import Any, Protocol, TextIO, runtime_checkable

from newscore.model import Analysis

__all__ = ["Exporter", "JsonExporter", "JsonLinesExporter", "TableExporter", "BUILTIN_EXPORTERS", "to_json", "write_json_lines"]


@runtime_checkable
class Exporter(Protocol):
    """Writes analyses to a text stream in one format; ``name`` is the ``--format`` value.

    ``write`` must consume ``analyses`` lazily and write each as it comes, so batches
    stream in bounded memory.
    """

    name: str
    description: str

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None: ...


def to_json(analysis: Analysis, *, indent: int | None = None) -> str:
    """The analysis as newscore JSON (the contract in ``docs/data-model.md``)."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent)


def write_json_lines(records: Iterable[Any], stream: TextIO) -> None:
    """Write each JSON-ready record on a line of its own, flushing as it goes (for exporters)."""
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()


class JsonLinesExporter:
    name = "jsonl"
    description = "newscore JSON, one analysis per line"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        write_json_lines((analysis.to_dict() for analysis in analyses), stream)


class JsonExporter:
    name = "json"
    description = "newscore JSON: one object for one article, a list for several"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        iterator = iter(analyses)
        first = next(iterator, None)
        if first is None:
            stream.write("[]\n")
            return
        second = next(iterator, None)
        if second is None:
            stream.write(to_json(first, indent=2) + "\n")
            return
        stream.write("[\n")
        stream.write(to_json(first, indent=2))
        for item in itertools.chain([second], iterator):
            stream.write(",\n" + to_json(item, indent=2))
        stream.write("\n]\n")


class TableExporter:
    name = "table"
    description = "a readable summary for people"

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        for number, analysis in enumerate(analyses):
            if number:
                stream.write("\n")
            stream.write(_table(analysis))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(analysis: Analysis) -> str:
    article = analysis.article
    lines = [f"== {article.title or article.id or '(untitled)'}"]
    for label, value in (("standfirst", article.standfirst), ("source", article.source)):
        if value:
            lines.append(f"   {label}: {value}")
    if article.subheadings:
        lines.append(f"   subheadings: {' | '.join(article.subheadings)}")
    for kind in sorted({entity.kind for entity in analysis.entities}):
        entities = analysis.entities_of(kind)
        lines.append(f"\n{kind.upper()} ({len(entities)})")
        for entity in entities:
            details = [f"{len(entity.mentions)}×"]
            if entity.country_code:
                details.append(entity.country_code)
            if entity.latitude is not None and entity.longitude is not None:
                details.append(f"{entity.latitude:.2f},{entity.longitude:.2f}")
            if entity.acronym:
                details.append(f"acronym {entity.acronym}")
            if entity.type:
                details.append(entity.type)
            lines.append(f"  {entity.id or '':>4}  {_clip(entity.name, 40):40}  {' '.join(details)}")
    lines.append(f"\nQUOTES ({len(analysis.quotes)})")
    for quote in analysis.quotes:
        speaker = quote.speaker_name or (quote.speaker.text if quote.speaker else "?")
        content = " … ".join(span.text for span in quote.content)
        lines.append(f"  {quote.id or '':>4}  {quote.kind:8}  {_clip(speaker, 24):24}  “{_clip(content, 70)}”")
    for error in analysis.errors:
        lines.append(f"\nERROR in {error.plugin}: {error.message}")
    return "\n".join(lines) + "\n"


BUILTIN_EXPORTERS: tuple[Exporter, ...] = (JsonExporter(), JsonLinesExporter(), TableExporter())
