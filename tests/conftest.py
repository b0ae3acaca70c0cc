from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """One loaded spaCy pipeline for the whole test session."""
    from newscore.nlp import resolve_model_name, shared_model

    return shared_model(resolve_model_name())
