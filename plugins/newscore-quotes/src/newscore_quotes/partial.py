"""Partial quotes: quoted fragments a cue governs (``calls its "special military operation"``,
``downplayed the mutiny as an "internal affair"``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from newscore.text import NOMINAL_SUBJECT_DEPS
from newscore_quotes.found import FoundQuote
from newscore_quotes.layout import ArticleLayout, looks_like_title
from newscore_quotes.marks import QuotedRun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newscore_quotes.attribution import CueSpeakers
    from newscore_quotes.cue_index import CueIndex

__all__ = ["PartialQuotes"]

_FRAGMENT_CUES = frozenset(["naming", "characterising"])
_ANCESTORS = 8  # how far up the parse a fragment's cue is looked for


class PartialQuotes:
    """Finds the partial quotes of one article."""

    def __init__(self, layout: ArticleLayout, cues: CueIndex, speakers: CueSpeakers) -> None:
        self._layout = layout
        self._cues = cues
        self._speakers = speakers

    def find(self, direct_runs: Collection[int], reported: Sequence[FoundQuote]) -> list[FoundQuote]:
        """Quoted fragments outside the direct quotes that a cue governs, with a speaker; words
        quoted inside a reported clause are part of that mixed quote unless a naming or
        characterising verb of their own governs them."""
        layout = self._layout
        enclosing = {r: item for item in reported for r in item.runs}
        results = []
        for index, run in enumerate(layout.runs):
            if index in direct_runs or layout.in_headline(run.opening) or looks_like_title(layout.text, run):
                continue  # a title ("Good Morning America") is not said words, whatever governs it
            cue = self._governing_cue(run)
            if cue is None:
                continue
            outer = enclosing.get(index)
            if outer is not None and (outer.cue_token == cue.i or self._cues.strengths.get(cue.i) not in _FRAGMENT_CUES):
                continue
            speaker = self._speakers.of_cue(cue)
            if speaker is None:
                continue
            results.append(
                FoundQuote(
                    "partial", list(run.pieces), self._cues.chars(cue.i), speaker, min(0.6, speaker.confidence),
                    cue_token=cue.i, paragraph=layout.paragraph_of(run.opening), runs=[index],
                )
            )
        return results

    def _governing_cue(self, run: QuotedRun) -> Token | None:
        """The nearest cue among the ancestors of a quoted fragment, not reached through its subject."""
        layout = self._layout
        tokens, heads = layout.table.tokens, layout.table.head
        first, last = layout.token_at(run.start), layout.token_at(max(run.end - 1, run.start))
        root = next((i for i in range(first, last + 1) if not first <= heads[i] <= last), first)
        child, current = tokens[root], tokens[heads[root]]
        for _ in range(_ANCESTORS):
            if current.i == child.i:
                return None  # the root of the sentence: no cue above it
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                return None  # the quoted words are (in) the subject: "the film 'X' said"
            strength = self._cues.strengths.get(current.i) if not (first <= current.i <= last) else None
            if strength is not None and strength not in ("weak", "quotation"):
                return current
            child, current = current, tokens[heads[current.i]]
        return None
