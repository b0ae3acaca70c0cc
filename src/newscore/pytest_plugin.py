"""newscore's pytest plugin: fixtures for the tests of newscore plugins.

pytest loads it by itself wherever newscore is installed (entry point ``pytest11``), so a
plugin's tests can ask for ``nlp`` without writing a ``conftest.py``. A fixture of the same
name in a project's own ``conftest.py`` takes precedence, as pytest's rules say. It imports
nothing heavy until a test asks for a fixture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["nlp"]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """newscore's default spaCy pipeline (``$NEWSCORE_MODEL``, else the installed default), loaded
    once per test session and shared: treat it as read-only."""
    from newscore.nlp import resolve_model_name, shared_model

    return shared_model(resolve_model_name())
