"""The plugin module named by the ``newscore.plugins`` entry point ``organizations``."""

from __future__ import annotations

from newscore import Extractor, hookimpl
from newscore_organizations.extractor import OrganizationExtractor


@hookimpl
def register_extractors() -> list[Extractor]:
    """The organisations extractor."""
    return [OrganizationExtractor()]
