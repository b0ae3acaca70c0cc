"""newscore.testing's helpers for plugin authors do what their docstrings say."""

from __future__ import annotations

import pytest

from newscore.testing import doc_with_entities


def test_doc_with_entities_sets_exactly_the_entities_asked_for(nlp):
    text = "Villa beat City. Villa manager Unai Emery said Villa Park was full."
    doc = doc_with_entities(nlp, text, [("Villa", "ORG", 1), ("Unai Emery", "PERSON", 0)])
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [
        ("Villa", "ORG", text.index("Villa manager")),
        ("Unai Emery", "PERSON", text.index("Unai")),
    ]


def test_doc_with_entities_names_a_surface_the_text_lacks(nlp):
    with pytest.raises(ValueError, match="'Chelsea'"):
        doc_with_entities(nlp, "Villa beat City.", [("Chelsea", "ORG", 0)])
    with pytest.raises(ValueError, match="'Villa'"):
        doc_with_entities(nlp, "Villa beat City.", [("Villa", "ORG", 1)])
