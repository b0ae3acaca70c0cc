"""Small charts as inline SVG: horizontal bars, columns over time, and a share bar.

Every chart is an ``<svg>`` element with a ``viewBox`` (it scales to its column), a
``<title>`` for screen readers, and one ``<rect class="bar">`` per non-zero value,
each with a ``<title>`` tooltip giving the exact number. Colours come from the page's CSS.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscore.exporters.marks import escaped

__all__ = ["bar_chart", "column_chart", "share_bar"]

_WIDTH = 640
_ROW = 22
_LABEL = 200


def _svg(height: float, title: str, body: str, css_class: str) -> str:
    return (
        f'<svg class="chart {css_class}" viewBox="0 0 {_WIDTH} {height:g}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escaped(title)}</title>{body}</svg>'
    )


def _clip(label: str, characters: int = 30) -> str:
    return label if len(label) <= characters else label[: characters - 1] + "…"


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, unit: str) -> str:
    """One horizontal bar per ``(label, value)``, longest first as given, the value written beside it."""
    largest = max((value for _, value in items), default=0) or 1
    span = _WIDTH - _LABEL - 60
    parts = []
    for row, (label, value) in enumerate(items):
        y = row * _ROW
        width = max(value / largest * span, 1.5)
        parts.append(
            f'<text class="label" x="{_LABEL - 8}" y="{y + 15}" text-anchor="end">{escaped(_clip(label))}</text>'
            f'<rect class="bar" x="{_LABEL}" y="{y + 3}" width="{width:.1f}" height="{_ROW - 6}">'
            f"<title>{escaped(label)}: {value:,} {unit}</title></rect>"
            f'<text class="value" x="{_LABEL + width + 6:.1f}" y="{y + 15}">{value:,}</text>'
        )
    return _svg(max(len(items), 1) * _ROW + 4, title, "".join(parts), "bars")


def column_chart(items: Sequence[tuple[str, int]], *, title: str, unit: str) -> str:
    """One column per ``(label, value)`` left to right (months), with a few labels on the axis."""
    height, axis, top = 220, 24, 16
    largest = max((value for _, value in items), default=0) or 1
    step = (_WIDTH - 50) / max(len(items), 1)
    every = max(1, round(len(items) / 8))  # about eight axis labels, whatever the range
    parts = [
        f'<line class="axis" x1="40" y1="{height - axis}" x2="{_WIDTH - 10}" y2="{height - axis}"/>',
        f'<text class="value" x="36" y="{top + 4}" text-anchor="end">{largest:,}</text>',
    ]
    for position, (label, value) in enumerate(items):
        x = 40 + position * step
        if value:
            bar = value / largest * (height - axis - top)
            parts.append(
                f'<rect class="bar" x="{x + step * 0.1:.1f}" y="{height - axis - bar:.1f}" '
                f'width="{max(step * 0.8, 1):.1f}" height="{bar:.1f}"><title>{escaped(label)}: {value:,} {unit}</title></rect>'
            )
        if position % every == 0:
            parts.append(
                f'<text class="label" x="{x + step / 2:.1f}" y="{height - 6}" text-anchor="middle">{escaped(label)}</text>'
            )
    return _svg(height, title, "".join(parts), "columns")


def share_bar(items: Sequence[tuple[str, int]], *, title: str, unit: str) -> str:
    """One bar split into each ``(label, value)``'s share, with a legend of percentages below it."""
    total = sum(value for _, value in items) or 1
    parts, x = [], 0.0
    for index, (label, value) in enumerate(items):
        width = value / total * _WIDTH
        if value:
            parts.append(
                f'<rect class="bar share-{index}" x="{x:.1f}" y="0" width="{width:.1f}" height="34">'
                f"<title>{escaped(label)}: {value:,} {unit} ({value / total:.0%})</title></rect>"
            )
        legend_x = index * (_WIDTH / max(len(items), 1))
        parts.append(
            f'<rect class="swatch share-{index}" x="{legend_x:.1f}" y="46" width="12" height="12"/>'
            f'<text class="label" x="{legend_x + 18:.1f}" y="57">{escaped(label)} {value / total:.0%} ({value:,})</text>'
        )
        x += width
    return _svg(64, title, "".join(parts), "share")
