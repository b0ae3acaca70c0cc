"""An example newscore plugin: finds the dateline that opens a news story."""

from newscore_dateline.extractor import DatelineExtractor, find_dateline

__all__ = ["DatelineExtractor", "find_dateline"]
