"""newscore hook implementations: registers the ``locations`` extractor."""

from __future__ import annotations

from newscore import hookimpl
from newscore_locations.extractor import LocationExtractor


@hookimpl
def register_extractors() -> list[LocationExtractor]:
    """The locations extractor, demonyms reported as mentions (``form="demonym"``; see its docstring)."""
    return [LocationExtractor()]
