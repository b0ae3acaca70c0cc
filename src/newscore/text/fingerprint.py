"""A cheap fingerprint of a parsed Doc, to catch an extractor that changes the Doc every extractor shares.

Extractors must only read the Doc (see :class:`newscore.Extractor`). One that sets
``doc.ents = ()`` or rewrites tags would silently change what every extractor after it
finds, so the pipeline takes a fingerprint before the extractors run (one
``Doc.to_array`` of the token annotations: linear, about 0.2 ms for a 460-token
article) and compares it after each one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DocFingerprint", "doc_fingerprint"]

#: The token annotations extractors read: tags, lemmas, the parse (sentences follow from it) and the
#: entities. Each costs about 40 microseconds per 460 tokens, so rarer ones (morphology) are left out.
_ATTRIBUTES = ("TAG", "POS", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE")


class DocFingerprint:
    """The token annotations of a Doc at one moment, to compare with later and to put back."""

    def __init__(self, doc: Doc) -> None:
        self._length = len(doc)
        self._annotations: Any = doc.to_array(list(_ATTRIBUTES))
        self._span_groups = tuple(sorted(doc.spans))

    def matches(self, doc: Doc) -> bool:
        """Whether ``doc`` still has the annotations it had when this fingerprint was taken."""
        return (
            len(doc) == self._length
            and numpy.array_equal(doc.to_array(list(_ATTRIBUTES)), self._annotations)
            and tuple(sorted(doc.spans)) == self._span_groups
        )

    def restore(self, doc: Doc) -> bool:
        """Put the fingerprinted annotations back; False when that cannot be done (the tokens changed)."""
        if len(doc) != self._length:
            return False
        try:
            doc.from_array(list(_ATTRIBUTES), self._annotations)
        except Exception:  # spaCy refused the arrays: report, do not fail the article
            return False
        for name in set(doc.spans) - set(self._span_groups):
            del doc.spans[name]
        return self.matches(doc)


def doc_fingerprint(doc: Doc) -> DocFingerprint:
    """A fingerprint of ``doc``'s token annotations as they are now."""
    return DocFingerprint(doc)
