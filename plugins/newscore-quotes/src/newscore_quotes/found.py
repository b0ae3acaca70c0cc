"""A quote under construction: what the finders of direct, reported and partial quotes hand on."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from newscore import Quote, Span
from newscore_quotes.speakers import Speaker

__all__ = ["FoundQuote"]


@define
class FoundQuote:
    """A quote being found: its kind, content pieces and cue as character ranges, its speaker.

    ``cue_token`` is the cue's token, ``paragraph`` the paragraph the quote starts in and
    ``runs`` the quotation runs (by number) it holds; the speaker of a quote with no cue may
    still be taken from the one before it.
    """

    kind: str
    pieces: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: Speaker | None
    confidence: float
    cue_token: int | None = None
    paragraph: int = 0
    runs: list[int] = field(factory=list)

    def to_quote(self, text: str) -> Quote:
        speaker = self.speaker
        # Any: mypy cannot bind the type variable of the model's ``converter=tuple``
        content: Any = tuple(Span.from_text(text, start, end) for start, end in self.pieces)
        return Quote(
            kind=self.kind,
            content=content,
            cue=None if self.cue is None else Span.from_text(text, *self.cue),
            speaker=None if speaker is None else speaker.span,
            speaker_entity=None if speaker is None else speaker.entity_id,
            speaker_name=None if speaker is None else speaker.name,
            confidence=round(self.confidence, 3),
        )
