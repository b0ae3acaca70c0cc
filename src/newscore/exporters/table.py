"""The table format: a readable summary of each analysis for people at a terminal.

Lines wrap to the terminal's width (nothing is cut off), each quote shows its kind and cue,
and a place that could not be resolved says so. Article text is untrusted: control
characters and terminal escape sequences in it are removed, so an article cannot move the
cursor, recolour or retitle the terminal it is shown in.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Iterable
from typing import TextIO

from newscore.hookspecs import hookimpl
from newscore.model import Analysis, Entity, Quote
from newscore.text.unicode import valid_text

__all__ = ["TableExporter", "terminal_safe"]

#: ESC sequences: CSI (``ESC [ … final``), OSC/DCS/PM/APC strings (up to BEL or ``ESC \``), and
#: two-character escapes; then any C0/C1 control character left over.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erasing
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS …: titles, links
    r"|\x1b[ -/]*[0-~]?"  # any other escape
    r"|[\x00-\x1f\x7f-\x9f]"
)
_MIN_WIDTH = 40
_INDENT = " " * 8


def terminal_safe(text: str) -> str:
    """``text`` on one line with terminal escape sequences and control characters removed
    (and lone surrogates replaced, so it can be encoded)."""
    return " ".join(valid_text(_ESCAPES.sub(lambda match: " " if match.group() in "\t\n\r\v\f" else "", text)).split())


class TableExporter:
    name = "table"
    description = "a readable summary for people, wrapped to the terminal"

    def __init__(self, width: int | None = None) -> None:
        self.width = width

    def write(self, analyses: Iterable[Analysis], stream: TextIO) -> None:
        width = max(self.width or shutil.get_terminal_size((100, 24)).columns, _MIN_WIDTH)
        for number, analysis in enumerate(analyses):
            if number:
                stream.write("\n")
            stream.write(_table(analysis, width))


def _wrapped(text: str, width: int, indent: str = "", hanging: str = _INDENT) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=hanging, break_on_hyphens=False) or [indent]


def _entity_details(entity: Entity) -> list[str]:
    details = [f"{len(entity.mentions)}×"]
    if entity.country_code:
        details.append(entity.country_code)
    if entity.latitude is not None and entity.longitude is not None:
        details.append(f"{entity.latitude:.2f},{entity.longitude:.2f}")
    elif entity.kind == "location":
        details.append("(unresolved)")
    if entity.acronym:
        details.append(f"acronym {entity.acronym}")
    if entity.type:
        details.append(entity.type)
    return [terminal_safe(detail) for detail in details]


def _quote_lines(quote: Quote, width: int) -> list[str]:
    speaker = terminal_safe(quote.speaker_name or (quote.speaker.text if quote.speaker else "(no speaker)"))
    cue = f"  cue: {terminal_safe(quote.cue.text)}" if quote.cue is not None else "  (no cue)"
    heading = f"  {terminal_safe(quote.id or ''):>4}  {quote.kind:8}  {speaker}{cue}"
    content = "“" + " … ".join(terminal_safe(span.text) for span in quote.content) + "”"
    return _wrapped(heading, width) + _wrapped(content, width, _INDENT, _INDENT)


def _table(analysis: Analysis, width: int) -> str:
    article = analysis.article
    lines = _wrapped("== " + terminal_safe(article.title or article.id or "(untitled)"), width, hanging="   ")
    for label, value in (("standfirst", article.standfirst), ("source", article.source)):
        if value:
            lines += _wrapped(f"   {label}: {terminal_safe(value)}", width, hanging="      ")
    if article.subheadings:
        subheadings = " | ".join(terminal_safe(heading) for heading in article.subheadings)
        lines += _wrapped(f"   subheadings: {subheadings}", width, hanging="      ")
    name_width = min(40, max(16, width // 3))
    for kind in sorted({entity.kind for entity in analysis.entities}):
        entities = analysis.entities_of(kind)
        lines.append(f"\n{kind.upper()} ({len(entities)})")
        for entity in entities:
            name = terminal_safe(entity.name)
            row = f"  {terminal_safe(entity.id or ''):>4}  {name:{name_width}}  {' '.join(_entity_details(entity))}"
            lines += _wrapped(row, width)
    lines.append(f"\nQUOTES ({len(analysis.quotes)})")
    for quote in analysis.quotes:
        lines += _quote_lines(quote, width)
    for error in analysis.errors:
        lines.append("")
        lines += _wrapped(f"ERROR in {terminal_safe(error.plugin)}: {terminal_safe(error.message)}", width)
    return "\n".join(lines) + "\n"


@hookimpl
def register_exporters() -> list[TableExporter]:
    return [TableExporter()]
