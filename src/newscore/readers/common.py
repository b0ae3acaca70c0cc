"""What every built-in reader shares: input size limits and the id a source gives its articles."""

from __future__ import annotations

from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "MAX_JSON_DEPTH", "MAX_RECORD_BYTES", "source_stem"]

#: The most bytes newscore reads from one file (or standard input) read whole.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: The most bytes in one JSON Lines record (one line); JSON Lines files are streamed.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: How deeply JSON arrays and objects may nest (an article record needs 3 levels).
MAX_JSON_DEPTH = 32


def source_stem(source: str) -> str:
    """The default article id for a source: its file name without suffix (``stdin`` for ``<stdin>``)."""
    return "stdin" if source == "<stdin>" else Path(source).stem
