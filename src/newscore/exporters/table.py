"""The table format: a readable summary of each analysis for people at a terminal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from newscore.hookspecs import hookimpl
from newscore.model import Analysis

__all__ = ["TableExporter"]


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


@hookimpl
def register_exporters() -> list[TableExporter]:
    return [TableExporter()]
