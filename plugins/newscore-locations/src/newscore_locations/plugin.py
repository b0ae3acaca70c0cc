"""newscore hook implementations: registers the ``locations`` extractor."""

from __future__ import annotations

from newscore import hookimpl
from newscore_locations.extractor import LocationExtractor


@hookimpl
def register_extractors() -> list[LocationExtractor]:
    """The locations extractor, with demonyms kept out of the mentions (see its docstring)."""
    return [LocationExtractor()]
