"""The corpus report: figures from a corpus database on one self-contained HTML page."""

from newscore.report.page import render_report, write_report

__all__ = ["render_report", "write_report"]
