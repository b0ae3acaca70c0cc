"""Dependency-label sets (spaCy's English ClearNLP labels) that extractors ask about again and again.

One place for them, as textacy keeps its own: a plugin that asks "is this token a subject?"
uses :data:`NOMINAL_SUBJECT_DEPS`, not a tuple of its own that drifts from the others.
"""

from __future__ import annotations

__all__ = ["CLAUSE_DEPS", "NOMINAL_SUBJECT_DEPS", "OBJECT_DEPS"]

#: The nominal subject of a verb, active or passive ("Putin said", "it was announced").
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Objects and object-like complements of a verb ("told reporters", "called him a liar").
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
#: Clauses a reporting verb takes as what was said ("said that …", "said: …").
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
