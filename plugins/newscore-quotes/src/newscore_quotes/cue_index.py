"""The cues of one article, found once: which tokens report speech, belief or naming, and which
start ``according to``."""

from __future__ import annotations

from newscore import TokenTable
from newscore_quotes.parse import cue_strength, is_according, might_be_cue

__all__ = ["CueIndex"]


class CueIndex:
    """Token index → cue strength (``parse.cue_strength``), and
    the ``according`` tokens.

    A cheap test on the table's columns leaves only the few tokens that can be cues for the
    exact (Token-based) tests of ``parse``.
    """

    def __init__(self, table: TokenTable) -> None:
        self._table = table
        self.strengths: dict[int, str] = {}
        self.according: set[int] = set()
        tokens = table.tokens
        for i in might_be_cue(table):
            token = tokens[i]
            strength = cue_strength(token)
            if strength is not None:
                self.strengths[i] = strength
            if is_according(token):
                self.according.add(i)

    def is_speech_cue(self, i: int) -> bool:
        """Whether token ``i`` can attribute a quotation: a speech verb or ``according (to)``."""
        return self.strengths.get(i) in ("speech", "quotation") or i in self.according

    def reporting(self) -> list[int]:
        """The tokens that can introduce reported speech (speech and belief verbs, ``according``), in order."""
        return sorted({*self.according, *(i for i, s in self.strengths.items() if s in ("speech", "weak"))})

    def chars(self, i: int) -> tuple[int, int]:
        """Where the cue at token ``i`` is in the text: the word, or ``according to``."""
        last = i + 1 if i in self.according else i
        return self._table.idx[i], self._table.end[last]
